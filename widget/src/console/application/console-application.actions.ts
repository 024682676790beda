// The actions on an application: a button for each step its state allows, a dialog asking what the
// step needs (a reason, a session), and the 409's note when someone else changed it first.
import { html, nothing } from 'lit';
import type { Language } from '../../shared/i18n.ts';
import type {
  ApplicationFileData,
  QualificationData,
  VersionConflictData,
} from '../shared/console-client.ts';
import { sessionLabel } from '../shared/format.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { renderStep } from './console-application.sections.ts';

/** What a button opens: the steps, with waiving the fee apart from recording it. */
export type ActionChoice =
  | 'markFeeReceived'
  | 'waive'
  | 'acceptDocuments'
  | 'return'
  | 'admit'
  | 'moveSession'
  | 'reject';

const awaitingAdmission = ['submitted', 'resubmitted'];
const feePayable = ['submitted', 'returned', 'resubmitted', 'admitted', 'exam_booked'];
const inASession = ['admitted', 'exam_booked'];

/** The steps the application's state allows (api/applications/lifecycle.ts TRANSITIONS), in the order a processor takes them. */
export function availableActions(file: ApplicationFileData): ActionChoice[] {
  const { state } = file;
  const fee = feePayable.includes(state) && !file.feeReceived && !file.feeWaivedReason;
  return [
    ...(fee ? (['markFeeReceived', 'waive'] as const) : []),
    ...(awaitingAdmission.includes(state) && !file.documentsAccepted ? (['acceptDocuments'] as const) : []),
    ...(awaitingAdmission.includes(state) ? (['return', 'admit'] as const) : []),
    ...(inASession.includes(state) ? (['moveSession'] as const) : []),
    ...([...awaitingAdmission, 'returned'].includes(state) ? (['reject'] as const) : []),
  ];
}

export function renderActionButtons(
  t: ConsoleStrings,
  actions: ActionChoice[],
  canAct: boolean,
  onOpen: (choice: ActionChoice) => void,
) {
  const s = t.actions;
  return html`<section class="card actions" aria-labelledby="actions-title">
    <h2 id="actions-title">${s.title}</h2>
    ${
      !canAct
        ? html`<p class="muted">${s.readOnly}</p>`
        : actions.length === 0
          ? html`<p class="muted">${s.none}</p>`
          : html`<div class="buttons">
            ${actions.map(
              (choice) =>
                html`<button
                  type="button"
                  class=${choice === 'reject' ? 'secondary danger' : choice === 'admit' ? '' : 'secondary'}
                  aria-haspopup="dialog"
                  @click=${() => onOpen(choice)}
                >
                  ${s[choice]}
                </button>`,
            )}
          </div>`
    }
  </section>`;
}

export interface DialogContext {
  strings: ConsoleStrings;
  language: Language;
  choice: ActionChoice | undefined;
  file: ApplicationFileData;
  qualification: QualificationData | undefined;
  busy: boolean;
  /** The API's or the form's sentence per field (`reason`, `waivedBecause`, `session`). */
  errors: Record<string, string>;
  /** A refusal not about one field. */
  error: string | undefined;
  onSubmit: (form: FormData) => void;
  onClose: () => void;
}

export function renderDialog(context: DialogContext) {
  const { strings: t, choice } = context;
  const s = t.actions;
  return html`<dialog aria-labelledby="dialog-title" @close=${context.onClose}>
    ${
      choice
        ? html`<form
          method="dialog"
          novalidate
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            context.onSubmit(new FormData(event.target as HTMLFormElement));
          }}
        >
          <h2 id="dialog-title">${s[choice]}</h2>
          <p class="muted">
            ${context.file.applicant.givenName} ${context.file.applicant.familyName} · ${context.file.qualification.name}
          </p>
          ${renderFields(context, choice)}
          ${context.error ? html`<p class="note error" role="alert">${context.error}</p>` : nothing}
          <div class="buttons">
            <button type="submit" class=${choice === 'reject' ? 'danger' : ''} ?disabled=${context.busy}>
              ${s.confirm}
            </button>
            <button type="button" class="secondary" @click=${context.onClose}>${s.cancel}</button>
          </div>
        </form>`
        : nothing
    }
  </dialog>`;
}

function textField(context: DialogContext, name: string, label: string) {
  const error = context.errors[name];
  return html`<div class="field">
    <label for="action-${name}">${label}</label>
    <textarea
      id="action-${name}"
      name=${name}
      rows="4"
      maxlength="2000"
      required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="action-${name}-error"
    ></textarea>
    <span id="action-${name}-error" class="field-error">${error ?? ''}</span>
  </div>`;
}

function sessionField(context: DialogContext, optional: boolean) {
  const { strings: t, qualification, file, language } = context;
  const error = context.errors.session;
  const sessions = (qualification?.examSessions ?? []).filter(
    (s) => s.id !== (optional ? -1 : file.session?.id),
  );
  return html`<div class="field">
    <label for="action-session">${t.actions.session}</label>
    <select
      id="action-session"
      name="session"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby="action-session-error"
    >
      ${optional ? html`<option value="">${t.bulk.chosenSession}</option>` : nothing}
      ${sessions.map(
        (s) =>
          html`<option value=${s.id}>${sessionLabel(s, language)} (${t.actions.freePlaces(s.freePlaces)})</option>`,
      )}
    </select>
    ${sessions.length === 0 && !optional ? html`<p class="muted">${t.actions.noSessions}</p>` : nothing}
    <span id="action-session-error" class="field-error">${error ?? ''}</span>
  </div>`;
}

function renderFields(context: DialogContext, choice: ActionChoice) {
  const s = context.strings.actions;
  switch (choice) {
    case 'waive':
      return textField(context, 'waivedBecause', s.waiveReason);
    case 'return':
      return textField(context, 'reason', s.missing);
    case 'reject':
      return textField(context, 'reason', s.reason);
    case 'admit':
      return sessionField(context, true);
    case 'moveSession':
      return html`${sessionField(context, false)} ${textField(context, 'reason', s.reason)}`;
    default:
      return nothing;
  }
}

/** The 409: the action was not taken; what others did since the page was loaded; the page now shows it. */
export function renderConflict(t: ConsoleStrings, language: Language, conflict: VersionConflictData) {
  const s = t.actions;
  return html`<div class="note error conflict" role="alert">
    <h2>${s.conflictTitle}</h2>
    <p>${s.conflict}</p>
    <ol class="timeline">
      ${conflict.since.map((step) => renderStep(t, language, step))}
    </ol>
    <p>${s.conflictState(t.states[conflict.state])} ${s.conflictReloaded}</p>
  </div>`;
}
