// The bar above the list once applications are selected: one action for all of them (mark the fee
// received, admit, send a message), each done or refused on its own, and what came of it.
import { html, nothing } from 'lit';
import type { Language } from '../../shared/i18n.ts';
import type { BulkResultData, QualificationData } from '../shared/console-client.ts';
import { sessionLabel } from '../shared/format.ts';
import type { ConsoleStrings } from '../shared/strings.ts';

export type BulkKind = 'markFeeReceived' | 'admit' | 'message';

export interface BulkContext {
  strings: ConsoleStrings;
  language: Language;
  count: number;
  kind: BulkKind;
  /** The filtered qualification's sessions, when the list is filtered to one. */
  qualification: QualificationData | undefined;
  busy: boolean;
  result: BulkResultData | undefined;
  /** The names of the listed applications, to say which were refused. */
  nameOf: (id: string) => string;
  error: string | undefined;
  textError: string | undefined;
  onKind: (kind: BulkKind) => void;
  onRun: (form: FormData) => void;
  onClear: () => void;
}

export function renderBulk(context: BulkContext) {
  const { strings: t, count, kind } = context;
  const b = t.bulk;
  return html`${
    count > 0
      ? html`<form
          class="bulk card"
          aria-labelledby="bulk-title"
          @submit=${(event: SubmitEvent) => {
            event.preventDefault();
            context.onRun(new FormData(event.target as HTMLFormElement));
          }}
        >
          <h2 id="bulk-title" class="visually-hidden">${b.title}</h2>
          <p class="count"><strong>${b.selected(count)}</strong></p>
          <div class="field">
            <label for="bulk-kind">${b.action}</label>
            <select
              id="bulk-kind"
              name="kind"
              @change=${(event: Event) => context.onKind((event.target as HTMLSelectElement).value as BulkKind)}
            >
              ${(['markFeeReceived', 'admit', 'message'] as const).map(
                (k) => html`<option value=${k} ?selected=${k === kind}>${b[k]}</option>`,
              )}
            </select>
          </div>
          ${kind === 'admit' ? renderSessions(context) : nothing}
          ${
            kind === 'message'
              ? html`<div class="field wide">
                <label for="bulk-text">${b.text}</label>
                <textarea
                  id="bulk-text"
                  name="text"
                  rows="3"
                  maxlength="5000"
                  aria-invalid=${context.textError ? 'true' : 'false'}
                  aria-describedby="bulk-text-error"
                ></textarea>
                <span id="bulk-text-error" class="field-error">${context.textError ?? ''}</span>
              </div>`
              : nothing
          }
          <div class="buttons">
            <button type="submit" ?disabled=${context.busy}>${b.run}</button>
            <button type="button" class="secondary" @click=${context.onClear}>${b.clearSelection}</button>
          </div>
        </form>`
      : nothing
  }
    <div role="status" aria-live="polite">
      ${context.error ? html`<p class="note error">${b.failed} ${context.error}</p>` : nothing}
      ${context.result ? renderResult(context, context.result) : nothing}
    </div>`;
}

function renderSessions(context: BulkContext) {
  const { strings: t, qualification } = context;
  return html`<div class="field">
    <label for="bulk-session">${t.bulk.session}</label>
    <select id="bulk-session" name="session">
      <option value="">${t.bulk.chosenSession}</option>
      ${qualification?.examSessions.map(
        (s) => html`<option value=${s.id}>${sessionLabel(s, context.language)}</option>`,
      )}
    </select>
    ${qualification ? nothing : html`<span class="muted">${t.bulk.sessionsNeedQualification}</span>`}
  </div>`;
}

function renderResult(context: BulkContext, result: BulkResultData) {
  const { strings: t } = context;
  return html`<div class="note ${result.refused.length ? 'error' : 'success'}">
    <p>${t.bulk.done(result.done.length)} ${result.refused.length ? t.bulk.refused(result.refused.length) : ''}</p>
    ${
      result.refused.length
        ? html`<ul>
          ${result.refused.map((r) => html`<li>${context.nameOf(r.id)}: ${r.title}</li>`)}
        </ul>`
        : nothing
    }
  </div>`;
}
