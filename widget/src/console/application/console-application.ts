// <kutse-console-application>: one application's page — the applicant, documents with previews, the
// payment, the timeline, the messages and the e-mails sent — and the actions on it. Every action
// names the version shown; a 409 says what changed since and shows the application as it is now.
import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { Language } from '../../shared/i18n.ts';
import { ApiProblem } from '../../shared/problem.ts';
import { buttons } from '../../shared/styles/buttons.ts';
import { fields } from '../../shared/styles/fields.ts';
import { tokens } from '../../shared/tokens.ts';
import { type ConsoleBody, handles } from '../shared/boot.ts';
import {
  type ApplicationAction,
  type ApplicationFileData,
  type ConsoleClient,
  type MessageData,
  type VersionConflictData,
  VersionConflictProblem,
} from '../shared/console-client.ts';
import { failureOf, renderFailure } from '../shared/failure.ts';
import { ConsoleTitleEvent, listHref } from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { consoleStyles } from '../shared/styles.ts';
import {
  type ActionChoice,
  availableActions,
  renderActionButtons,
  renderConflict,
  renderDialog,
} from './console-application.actions.ts';
import { renderMessages } from './console-application.messages.ts';
import {
  renderApplicant,
  renderDocuments,
  renderEmails,
  renderPayment,
  renderTimeline,
} from './console-application.sections.ts';
import { applicationStyles } from './console-application.styles.ts';

export class KutseConsoleApplication extends LitElement {
  static override properties = {
    client: { attribute: false },
    strings: { attribute: false },
    language: { attribute: false },
    body: { attribute: false },
    applicationId: { attribute: false },
    from: { attribute: false },
    _file: { state: true },
    _choice: { state: true },
    _busy: { state: true },
    _errors: { state: true },
    _error: { state: true },
    _conflict: { state: true },
    _done: { state: true },
    _previewed: { state: true },
    _messageError: { state: true },
    _messageBusy: { state: true },
    _messageSent: { state: true },
  };

  static override styles = [tokens, buttons, fields, consoleStyles, applicationStyles];

  declare client: ConsoleClient;
  declare strings: ConsoleStrings;
  declare language: Language;
  declare body: ConsoleBody;
  declare applicationId: string;
  /** The list this page was opened from, for "back"; the plain list otherwise. */
  declare from: string | undefined;
  /** The application as last read or changed (an action answers it anew). */
  declare _file: ApplicationFileData | undefined;
  declare _choice: ActionChoice | undefined;
  declare _busy: boolean;
  declare _errors: Record<string, string>;
  declare _error: string | undefined;
  declare _conflict: VersionConflictData | undefined;
  declare _done: string | undefined;
  declare _previewed: ReadonlySet<string>;
  declare _messageError: string | undefined;
  declare _messageBusy: boolean;
  declare _messageSent: boolean;

  constructor() {
    super();
    this._busy = false;
    this._errors = {};
    this._previewed = new Set();
    this._messageBusy = false;
    this._messageSent = false;
  }

  readonly #load = new Task(this, {
    task: async ([client, body, id], { signal }) => {
      this._file = undefined;
      this._file = await client.file(body, id, signal);
      return this._file;
    },
    args: () => [this.client, this.body?.slug, this.applicationId] as const,
  });

  readonly #messages = new Task(this, {
    task: ([client, body, id]) => client.messages(body, id),
    args: () => [this.client, this.body?.slug, this.applicationId] as const,
  });

  readonly #emails = new Task(this, {
    task: ([client, body, id]) => client.emails(body, id),
    args: () => [this.client, this.body?.slug, this.applicationId] as const,
  });

  /** The application's qualification, for its exam sessions (admitting, moving). */
  readonly #qualification = new Task(this, {
    task: ([client, body, qualification]) =>
      qualification ? client.qualification(body, qualification) : Promise.resolve(undefined),
    args: () => [this.client, this.body?.slug, this._file?.qualification.slug] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('applicationId') && changed.get('applicationId') !== undefined) {
      this._conflict = undefined;
      this._done = undefined;
      this._previewed = new Set();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('_file') && this._file && changed.get('_file') === undefined) {
      const { givenName, familyName } = this._file.applicant;
      this.dispatchEvent(
        new ConsoleTitleEvent(`${givenName} ${familyName}: ${this._file.qualification.name}`),
      );
    }
    if (changed.has('_choice') && this._choice) {
      const dialog = this.renderRoot.querySelector('dialog');
      if (dialog && !dialog.open) dialog.showModal();
    }
  }

  override render() {
    if (!this.strings || !this.body) return nothing;
    const t = this.strings;
    const file = this._file;
    const back = this.from ?? listHref(this.body.slug, new URLSearchParams(), this.language);
    return html`<p><a class="back" href=${back}>← ${t.application.back}</a></p>
      ${file ? this.#renderFile(file) : this.#renderLoading()}`;
  }

  #renderLoading() {
    const t = this.strings;
    const error = this.#load.error;
    if (error === undefined) {
      return html`<h1 tabindex="-1">${t.application.loading}</h1>
        <div class="placeholder" aria-busy="true"></div>`;
    }
    const failure = failureOf(error);
    return html`<h1 tabindex="-1">${t.application.failed}</h1>
      ${
        failure.status === 404
          ? html`<p class="note error" role="alert">${t.application.notFound}</p>`
          : renderFailure(t, failure, () => this.#load.run(), t.application.failed, t.application.failed)
      }`;
  }

  #renderFile(file: ApplicationFileData) {
    const t = this.strings;
    const language = this.language;
    const canAct = handles(this.body);
    return html`
      <header class="title">
        <h1 tabindex="-1">${file.applicant.givenName} ${file.applicant.familyName}</h1>
        <p><span class="badge state">${t.states[file.state]}</span> ${file.qualification.name}</p>
      </header>
      ${this._conflict ? renderConflict(t, language, this._conflict) : nothing}
      <div role="status" aria-live="polite">${this._done ? html`<p class="note success">${this._done}</p>` : nothing}</div>
      <div class="columns">
        <div class="actions-area">${renderActionButtons(t, availableActions(file), canAct, (choice) => this.#open(choice))}</div>
        <div class="main-column">
          ${renderApplicant(t, language, file)}
          ${renderDocuments({
            strings: t,
            language,
            file,
            href: (document, inline) => this.client.documentHref(this.body.slug, file.id, document, inline),
            previewed: this._previewed,
            onToggle: (document) => {
              const next = new Set(this._previewed);
              if (!next.delete(document)) next.add(document);
              this._previewed = next;
            },
          })}
          ${renderPayment(t, language, file, (document) =>
            this.client.documentHref(this.body.slug, file.id, document, false),
          )}
          ${renderMessages({
            strings: t,
            language,
            messages: this.#messages.value as MessageData[] | undefined,
            failed: this.#messages.error !== undefined,
            canWrite: canAct,
            busy: this._messageBusy,
            error: this._messageError,
            sent: this._messageSent,
            onSend: (form) => this.#send(form),
          })}
        </div>
        <div class="side-column">
          ${renderTimeline(t, language, file)}
          ${renderEmails(t, language, this.#emails.value, this.#emails.error !== undefined)}
        </div>
      </div>
      ${renderDialog({
        strings: t,
        language,
        choice: this._choice,
        file,
        qualification: this.#qualification.value,
        busy: this._busy,
        errors: this._errors,
        error: this._error,
        onSubmit: (form) => this.#act(form),
        onClose: () => this.#close(),
      })}
    `;
  }

  #open(choice: ActionChoice): void {
    this._errors = {};
    this._error = undefined;
    this._done = undefined;
    this._choice = choice;
  }

  #close(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog?.open) dialog.close();
    const choice = this._choice;
    this._choice = undefined;
    // Back to the button that opened the dialog (the browser would, but the dialog's form is gone).
    if (choice) {
      void this.updateComplete.then(() => {
        const label = this.strings.actions[choice];
        const button = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('.actions button')].find(
          (b) => b.textContent?.trim() === label,
        );
        (button ?? this.renderRoot.querySelector<HTMLElement>('h1'))?.focus();
      });
    }
  }

  /** The step the dialog's form asks for, or the sentences of the fields it still needs. */
  #actionOf(
    choice: ActionChoice,
    form: FormData,
    version: number,
  ): ApplicationAction | Record<string, string> {
    const text = (name: string) => String(form.get(name) ?? '').trim();
    const session = Number(form.get('session') || Number.NaN);
    const required = this.strings.actions.required;
    switch (choice) {
      case 'markFeeReceived':
        return { step: 'markFeeReceived', version };
      case 'waive':
        return text('waivedBecause')
          ? { step: 'markFeeReceived', version, waivedBecause: text('waivedBecause') }
          : { waivedBecause: required };
      case 'acceptDocuments':
        return { step: 'acceptDocuments', version };
      case 'return':
        return text('reason') ? { step: 'return', version, reason: text('reason') } : { reason: required };
      case 'reject':
        return text('reason') ? { step: 'reject', version, reason: text('reason') } : { reason: required };
      case 'admit':
        return Number.isInteger(session) ? { step: 'admit', version, session } : { step: 'admit', version };
      case 'moveSession': {
        const missing = {
          ...(Number.isInteger(session) ? {} : { session: required }),
          ...(text('reason') ? {} : { reason: required }),
        };
        return Object.keys(missing).length
          ? missing
          : { step: 'moveSession', version, session, reason: text('reason') };
      }
    }
  }

  async #act(form: FormData): Promise<void> {
    const file = this._file;
    const choice = this._choice;
    if (!file || !choice) return;
    const asked = this.#actionOf(choice, form, file.version);
    if (!('step' in asked) || typeof asked.step !== 'string') {
      this._errors = asked as Record<string, string>;
      this.#focusFirstInvalid();
      return;
    }
    const action = asked as ApplicationAction;
    this._busy = true;
    this._errors = {};
    this._error = undefined;
    try {
      this._file = await this.client.act(this.body.slug, file.id, action);
      this._conflict = undefined;
      this._done = this.strings.actions.done(this.strings.actions[choice]);
      this.#close();
      this.#emails.run();
      this.#messages.run();
    } catch (error) {
      if (error instanceof VersionConflictProblem) {
        // Never overwrite: say what happened meanwhile, and show the application as it is now.
        this._conflict = error.conflict;
        this.#close();
        await this.#load.run();
        this.#messages.run();
        this.#emails.run();
        return;
      }
      const failure = failureOf(error);
      this._errors = failure.fields;
      this._error = Object.keys(failure.fields).length ? undefined : failure.message(this.strings);
      this.#focusFirstInvalid();
    } finally {
      this._busy = false;
    }
  }

  #focusFirstInvalid(): void {
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('dialog [aria-invalid="true"]')?.focus(),
    );
  }

  async #send(form: HTMLFormElement): Promise<void> {
    const text = String(new FormData(form).get('text') ?? '').trim();
    this._messageSent = false;
    if (!text) {
      this._messageError = this.strings.actions.required;
      return;
    }
    this._messageBusy = true;
    this._messageError = undefined;
    try {
      await this.client.sendMessage(this.body.slug, this.applicationId, text);
      form.reset();
      this._messageSent = true;
      this.#messages.run();
      this.#emails.run();
    } catch (error) {
      const failure = failureOf(error);
      this._messageError =
        error instanceof ApiProblem && failure.fields.text
          ? failure.fields.text
          : failure.message(this.strings);
    } finally {
      this._messageBusy = false;
    }
  }
}
