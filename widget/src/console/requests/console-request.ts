// <kutse-console-request>: one owner's request, a body's or the registry's — the certificate it is
// about (as its card shows it), the owner's contact, the fee of a print or duplicate, the thread in order with who wrote
// when, the answer form, and the state actions, each confirmed in a dialog. An answer that fails
// keeps its text, with the reason next to the field.
import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { OwnerRequestFile } from '../../../../contract/owner-requests.ts';
import type { Language } from '../../shared/i18n.ts';
import { buttons } from '../../shared/styles/buttons.ts';
import { fields } from '../../shared/styles/fields.ts';
import { tokens } from '../../shared/tokens.ts';
import { handles } from '../shared/boot.ts';
import { dialogStyles } from '../shared/dialog-styles.ts';
import { failureOf, renderFailure } from '../shared/failure.ts';
import { formatMoment } from '../shared/format.ts';
import { ConsoleTitleEvent, type RequestsScope, scopeKey, scopeRequestsHref } from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { consoleStyles } from '../shared/styles.ts';
import { requestStyles } from './console-requests.styles.ts';
import { certificateCard, feeCard, ownerCard } from './request-facts.ts';
import { type RequestStrings, requestStrings } from './requests.strings.ts';
import { type RequestsClient, requestsClient } from './requests-client.ts';

/** What a state button opens a dialog for. */
type Action = 'take' | 'finish' | 'decline' | 'markFee';

const OPEN_STATES: readonly string[] = ['open', 'in_progress'];

/**
 * The actions the request's state allows, in the order they are usually taken: a print's or
 * duplicate's fee received (by the body, or by the registry into its own account), then the state.
 */
export function actionsOf(file: OwnerRequestFile): Action[] {
  const open = OPEN_STATES.includes(file.state);
  const feeAwaited = file.fee !== null && file.feeReceivedAt === null;
  return [
    ...(feeAwaited ? (['markFee'] as const) : []),
    ...(file.state === 'open' ? (['take'] as const) : []),
    ...(open ? (['finish', 'decline'] as const) : []),
  ];
}

export class KutseConsoleRequest extends LitElement {
  static override properties = {
    csrfToken: { attribute: false },
    strings: { attribute: false },
    language: { attribute: false },
    scope: { attribute: false },
    requestId: { attribute: false },
    from: { attribute: false },
    _file: { state: true },
    _answerError: { state: true },
    _sending: { state: true },
    _status: { state: true },
    _action: { state: true },
    _actionError: { state: true },
    _reasonError: { state: true },
  };

  static override styles = [tokens, buttons, fields, consoleStyles, dialogStyles, requestStyles];

  declare csrfToken: string;
  declare strings: ConsoleStrings;
  declare language: Language;
  /** A body's request or the registry's. */
  declare scope: RequestsScope;
  declare requestId: string;
  /** The list this page was opened from, with its filters: the "back" link. */
  declare from: string | undefined;
  /** The request as the last change answered it; the loaded one until then. */
  declare _file: OwnerRequestFile | undefined;
  declare _answerError: string | undefined;
  declare _sending: boolean;
  /** What the last change did, said in the live region. */
  declare _status: string;
  declare _action: Action | undefined;
  declare _actionError: string | undefined;
  declare _reasonError: string | undefined;
  #client: RequestsClient | undefined;
  /** The button that opened the dialog, to return the focus to. */
  #opener: HTMLElement | undefined;

  constructor() {
    super();
    this._sending = false;
    this._status = '';
  }

  get #t(): RequestStrings {
    return requestStrings[this.language ?? 'et'];
  }

  readonly #request = new Task(this, {
    task: async ([client, scope, id], { signal }) => {
      if (!client || !scope) return undefined;
      const file = await client.get(this.scope, id, signal);
      this._file = file;
      return file;
    },
    args: () => [this.#client, scopeKey(this.scope), this.requestId] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('csrfToken') || changed.has('language')) && this.csrfToken)
      this.#client = requestsClient({ csrfToken: this.csrfToken, language: this.language ?? 'et' });
    if (changed.has('requestId')) {
      this._file = undefined;
      this._status = '';
      this._answerError = undefined;
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    const file = this._file;
    if (changed.has('_file') && file && changed.get('_file') === undefined)
      this.dispatchEvent(
        new ConsoleTitleEvent(this.#t.requestTitle(this.#t.kinds[file.kind], file.certificate.number)),
      );
    const dialog = this.renderRoot.querySelector('dialog');
    if (this._action && dialog && !dialog.open) dialog.showModal();
  }

  async #answer(form: HTMLFormElement): Promise<void> {
    const client = this.#client;
    const file = this._file;
    if (!client || !file || this._sending) return;
    const textarea = form.elements.namedItem('body') as HTMLTextAreaElement;
    const text = textarea.value.trim();
    if (!text) {
      this._answerError = this.#t.answerRequired;
      textarea.focus();
      return;
    }
    this._sending = true;
    this._answerError = undefined;
    this._status = '';
    try {
      this._file = await client.answer(this.scope, file.id, text);
      textarea.value = '';
      this._status = this.#t.sent;
    } catch (error) {
      const failure = failureOf(error);
      // The text stays where it was typed: nothing is lost to a refusal or a dropped connection.
      this._answerError = failure.fields.body ?? failure.message(this.strings);
      textarea.focus();
    } finally {
      this._sending = false;
    }
  }

  #open(action: Action, event: Event): void {
    this.#opener = event.currentTarget as HTMLElement;
    this._actionError = undefined;
    this._reasonError = undefined;
    this._action = action;
  }

  #close(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this._action = undefined;
    this.#opener?.focus();
  }

  async #confirm(form: HTMLFormElement): Promise<void> {
    const client = this.#client;
    const file = this._file;
    const action = this._action;
    if (!client || !file || !action || this._sending) return;
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    if (action === 'decline' && !reason) {
      this._reasonError = this.#t.reasonRequired;
      form.querySelector('textarea')?.focus();
      return;
    }
    this._sending = true;
    try {
      this._file =
        action === 'markFee'
          ? await client.feeReceived(this.scope, file.id)
          : await client.changeState(
              this.scope,
              file.id,
              action === 'decline'
                ? { state: 'declined', reason }
                : { state: action === 'take' ? 'in_progress' : 'done' },
            );
      this._status = this.#t.changed;
      this.#close();
    } catch (error) {
      const failure = failureOf(error);
      this._reasonError = failure.fields.reason;
      this._actionError = failure.fields.reason ? undefined : failure.message(this.strings);
    } finally {
      this._sending = false;
    }
  }

  override render() {
    if (!this.scope || !this.strings) return nothing;
    const t = this.#t;
    const back = this.from ?? scopeRequestsHref(this.scope, new URLSearchParams(), this.language);
    return html`<a class="back" href=${back}>${t.toList}</a>
      ${this.#request.render({
        pending: () =>
          this._file ? this.#renderFile(this._file) : html`<p class="muted" role="status">${t.loading}</p>`,
        error: (error) => html`<h1 tabindex="-1">${t.view}</h1>
          ${renderFailure(this.strings, failureOf(error), () => this.#request.run(), t.requestFailed, t.requestFailed)}`,
        complete: () => (this._file ? this.#renderFile(this._file) : nothing),
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this._status}</div>`;
  }

  #renderFile(file: OwnerRequestFile) {
    const t = this.#t;
    return html`<h1 tabindex="-1">${t.requestTitle(t.kinds[file.kind], file.certificate.number)}</h1>
      <p>
        <span class="badge state-${file.state}">${t.states[file.state]}</span>
        <span class="muted">${t.created} ${formatMoment(file.createdAt, this.language)}</span>
      </p>
      <div class="columns">
        <div>
          ${
            file.question
              ? html`<section class="card" aria-labelledby="question-title">
                <h2 id="question-title">${t.question}</h2>
                <blockquote class="question">${file.question}</blockquote>
              </section>`
              : nothing
          }
          ${this.#renderThread(file)} ${this.#renderActions(file)}
        </div>
        <div>
          ${certificateCard(file, t, this.language, this.scope.kind === 'registry')} ${ownerCard(file, t)}
          ${feeCard(file, t, this.language)}
        </div>
      </div>
      ${this.#renderDialog(file)}`;
  }

  /** Who may answer and move requests on: a body's handlers, and every registry admin. */
  #handles(): boolean {
    return this.scope.kind === 'registry' || handles(this.scope.body);
  }

  /** Who wrote what the owner did not: in the registry's requests, the body (before it ceased) or the registry. */
  #fromStaff(): string {
    return this.scope.kind === 'registry' ? this.#t.fromHandler : this.#t.fromBody;
  }

  #renderThread(file: OwnerRequestFile) {
    const t = this.#t;
    const canWrite = this.#handles() && OPEN_STATES.includes(file.state);
    return html`<section class="card" aria-labelledby="thread-title">
      <h2 id="thread-title">${t.thread}</h2>
      ${
        file.messages.length === 0
          ? html`<p class="muted">${t.noMessages}</p>`
          : html`<ol class="thread">
            ${file.messages.map(
              (m) => html`<li class=${m.fromBody ? 'from-body' : 'from-owner'}>
                <p class="meta">
                  <strong>${m.author}</strong>
                  <span class="muted">(${m.fromBody ? this.#fromStaff() : t.fromOwner})</span>
                  <span class="muted">${formatMoment(m.sentAt, this.language)}</span>
                </p>
                <p class="text">${m.text}</p>
              </li>`,
            )}
          </ol>`
      }
      ${
        canWrite
          ? html`<form
            class="answer"
            novalidate
            @submit=${(event: SubmitEvent) => {
              event.preventDefault();
              void this.#answer(event.target as HTMLFormElement);
            }}
          >
            <div class="field">
              <label for="answer">${t.answer}</label>
              <span id="answer-hint" class="muted">${t.answerHint}</span>
              <textarea
                id="answer"
                name="body"
                rows="4"
                maxlength="5000"
                aria-invalid=${this._answerError ? 'true' : 'false'}
                aria-describedby="answer-hint answer-error"
              ></textarea>
              <span id="answer-error" class="field-error" aria-live="polite">${this._answerError ?? ''}</span>
            </div>
            <button type="submit" ?disabled=${this._sending}>${t.send}</button>
          </form>`
          : OPEN_STATES.includes(file.state)
            ? nothing
            : html`<p class="note">${t.closed}</p>`
      }
    </section>`;
  }

  #renderActions(file: OwnerRequestFile) {
    const t = this.#t;
    const actions = actionsOf(file);
    if (!this.#handles())
      return html`<section class="card" aria-labelledby="actions-title">
        <h2 id="actions-title">${t.actions}</h2>
        <p class="muted">${t.readOnly}</p>
      </section>`;
    if (actions.length === 0) return nothing;
    return html`<section class="card" aria-labelledby="actions-title">
      <h2 id="actions-title">${t.actions}</h2>
      <div class="buttons">
        ${actions.map(
          (action) => html`<button
            type="button"
            class=${action === 'decline' ? 'secondary danger' : 'secondary'}
            aria-haspopup="dialog"
            @click=${(event: Event) => this.#open(action, event)}
          >
            ${t[action]}
          </button>`,
        )}
      </div>
    </section>`;
  }

  #renderDialog(file: OwnerRequestFile) {
    const t = this.#t;
    const action = this._action;
    const explanation = { take: t.confirmTake, finish: t.confirmFinish, markFee: t.confirmFee, decline: '' };
    return html`<dialog aria-labelledby="dialog-title" @close=${() => (this._action = undefined)}>
      ${
        action
          ? html`<form
            method="dialog"
            novalidate
            @submit=${(event: SubmitEvent) => {
              event.preventDefault();
              void this.#confirm(event.target as HTMLFormElement);
            }}
          >
            <h2 id="dialog-title">${t[action]}</h2>
            <p class="muted">
              ${t.requestTitle(t.kinds[file.kind], file.certificate.number)} · ${file.owner.givenName}
              ${file.owner.familyName}
            </p>
            ${
              action === 'decline'
                ? html`<div class="field">
                  <label for="reason">${t.reason}</label>
                  <textarea
                    id="reason"
                    name="reason"
                    rows="3"
                    maxlength="1000"
                    aria-invalid=${this._reasonError ? 'true' : 'false'}
                    aria-describedby="reason-error"
                  ></textarea>
                  <span id="reason-error" class="field-error">${this._reasonError ?? ''}</span>
                </div>`
                : html`<p>${explanation[action]}</p>`
            }
            ${this._actionError ? html`<p class="note error" role="alert">${this._actionError}</p>` : nothing}
            <div class="buttons">
              <button type="submit" class=${action === 'decline' ? 'danger' : ''} ?disabled=${this._sending}>
                ${t.confirm}
              </button>
              <button type="button" class="secondary" @click=${() => this.#close()}>${t.cancel}</button>
            </div>
          </form>`
          : nothing
      }
    </dialog>`;
  }
}
