// <kutse-console-bodies>: the registry's awarding bodies — each acting or ceased on which day —
// where a registry admin records that one has ceased (issue 13). The day is confirmed in a dialog
// that says what follows: the body's open owners' requests move to the registry and their owners
// are told. A refused day stays in its field, with the reason next to it.
import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { AwardingBodyRow } from '../../../../contract/body-cease.ts';
import { formatDay, tallinnDay } from '../../../../contract/calendar.ts';
import type { Language } from '../../shared/i18n.ts';
import { buttons } from '../../shared/styles/buttons.ts';
import { fields } from '../../shared/styles/fields.ts';
import { tokens } from '../../shared/tokens.ts';
import { dialogStyles } from '../shared/dialog-styles.ts';
import { failureOf, renderFailure } from '../shared/failure.ts';
import { ConsoleTitleEvent } from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { consoleStyles } from '../shared/styles.ts';
import { type BodiesClient, bodiesClient } from './bodies-client.ts';
import { bodiesStyles } from './console-bodies.styles.ts';

export class KutseConsoleBodies extends LitElement {
  static override properties = {
    csrfToken: { attribute: false },
    strings: { attribute: false },
    language: { attribute: false },
    _bodies: { state: true },
    _ceasing: { state: true },
    _dayError: { state: true },
    _dialogError: { state: true },
    _sending: { state: true },
    _status: { state: true },
  };

  static override styles = [tokens, buttons, fields, consoleStyles, dialogStyles, bodiesStyles];

  /** The console session's CSRF token (the page's boot data), for the cease. */
  declare csrfToken: string;
  declare strings: ConsoleStrings;
  declare language: Language;
  /** The bodies as loaded, with the days recorded here since. */
  declare _bodies: AwardingBodyRow[] | undefined;
  /** The body whose dialog is open. */
  declare _ceasing: AwardingBodyRow | undefined;
  declare _dayError: string | undefined;
  declare _dialogError: string | undefined;
  declare _sending: boolean;
  /** What the last cease did, said in the live region. */
  declare _status: string;
  #client: BodiesClient | undefined;
  /** The button that opened the dialog, to return the focus to on Cancel. */
  #opener: HTMLElement | undefined;

  constructor() {
    super();
    this._sending = false;
    this._status = '';
  }

  get #t(): ConsoleStrings['bodies'] {
    return this.strings.bodies;
  }

  readonly #list = new Task(this, {
    task: async ([client], { signal }) => {
      if (!client) return undefined;
      this._bodies = (await client.list(signal)).bodies;
      return this._bodies;
    },
    args: () => [this.#client] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('csrfToken') || changed.has('language')) && this.csrfToken)
      this.#client = bodiesClient({ csrfToken: this.csrfToken, language: this.language ?? 'et' });
  }

  protected override firstUpdated(): void {
    this.dispatchEvent(new ConsoleTitleEvent(this.#t.view));
  }

  protected override updated(): void {
    const dialog = this.renderRoot.querySelector('dialog');
    if (this._ceasing && dialog && !dialog.open) dialog.showModal();
  }

  #open(body: AwardingBodyRow, event: Event): void {
    this.#opener = event.currentTarget as HTMLElement;
    this._dayError = undefined;
    this._dialogError = undefined;
    this._ceasing = body;
  }

  #close(focus: HTMLElement | undefined = this.#opener): void {
    this.renderRoot.querySelector('dialog')?.close();
    this._ceasing = undefined;
    focus?.focus();
  }

  async #confirm(form: HTMLFormElement): Promise<void> {
    const client = this.#client;
    const body = this._ceasing;
    if (!client || !body || this._sending) return;
    const input = form.elements.namedItem('ceasedOn') as HTMLInputElement;
    if (!input.value) {
      this._dayError = this.#t.dayRequired;
      input.focus();
      return;
    }
    this._sending = true;
    this._dayError = undefined;
    this._dialogError = undefined;
    try {
      const ceased = await client.cease(body.slug, input.value);
      this._bodies = this._bodies?.map((b) =>
        b.slug === ceased.body ? { ...b, ceasedOn: ceased.ceasedOn } : b,
      );
      this._status = this.#t.moved(body.name, ceased.requestsMoved);
      await this.updateComplete;
      // The button is gone with the body's acting: the focus goes to its row, which says the day.
      this.#close(this.renderRoot.querySelector<HTMLElement>(`#body-${body.slug}`) ?? undefined);
    } catch (error) {
      // The typed day stays in its field; the reason goes next to it (422) or in the dialog (409).
      const failure = failureOf(error);
      this._dayError = failure.fields.ceasedOn;
      this._dialogError = failure.fields.ceasedOn ? undefined : failure.message(this.strings);
      if (this._dayError) input.focus();
    } finally {
      this._sending = false;
    }
  }

  override render() {
    if (!this.strings) return nothing;
    const t = this.#t;
    return html`<h1 tabindex="-1">${t.title}</h1>
      <p class="lead muted">${t.lead}</p>
      ${this.#list.render({
        pending: () =>
          this._bodies
            ? this.#renderList(this._bodies)
            : html`<p class="muted" role="status">${t.loading}</p>`,
        error: (error) =>
          renderFailure(this.strings, failureOf(error), () => this.#list.run(), t.failed, t.failed),
        complete: () => (this._bodies ? this.#renderList(this._bodies) : nothing),
      })}
      ${this.#renderDialog()}
      <div class="visually-hidden" role="status" aria-live="polite">${this._status}</div>`;
  }

  #renderList(bodies: AwardingBodyRow[]) {
    const t = this.#t;
    return html`<h2>${t.count(bodies.length)}</h2>
      <ul class="bodies">
        ${bodies.map((b) => this.#renderBody(b))}
      </ul>`;
  }

  #renderBody(b: AwardingBodyRow) {
    const t = this.#t;
    return html`<li class="card body">
      <h3 id=${`body-${b.slug}`} tabindex="-1">
        ${b.name} ${b.fictional ? html`<span class="badge">${t.fictional}</span>` : nothing}
      </h3>
      <div class="state">
        ${
          b.ceasedOn
            ? html`<span class="badge ceased">${t.ceasedOn(formatDay(b.ceasedOn, this.language))}</span>`
            : html`<span class="badge acting">${t.acting}</span>
                <button
                  type="button"
                  class="secondary small"
                  aria-haspopup="dialog"
                  aria-label=${t.ceaseLabel(b.name)}
                  @click=${(event: Event) => this.#open(b, event)}
                >
                  ${t.cease}
                </button>`
        }
      </div>
    </li>`;
  }

  #renderDialog() {
    const t = this.#t;
    const body = this._ceasing;
    const today = tallinnDay(new Date());
    return html`<dialog aria-labelledby="dialog-title" @close=${() => (this._ceasing = undefined)}>
      ${
        body
          ? html`<form
            method="dialog"
            novalidate
            @submit=${(event: SubmitEvent) => {
              event.preventDefault();
              void this.#confirm(event.target as HTMLFormElement);
            }}
          >
            <h2 id="dialog-title">${t.dialogTitle}</h2>
            <p><strong>${body.name}</strong></p>
            <p>${t.explanation}</p>
            <div class="field">
              <label for="ceased-on">${t.day}</label>
              <span id="ceased-on-hint" class="muted">${t.dayHint}</span>
              <input
                id="ceased-on"
                name="ceasedOn"
                type="date"
                required
                value=${today}
                max=${today}
                aria-invalid=${this._dayError ? 'true' : 'false'}
                aria-describedby="ceased-on-hint ceased-on-error"
              />
              <span id="ceased-on-error" class="field-error" aria-live="polite">${this._dayError ?? ''}</span>
            </div>
            ${this._dialogError ? html`<p class="note error" role="alert">${this._dialogError}</p>` : nothing}
            <div class="buttons">
              <button type="submit" ?disabled=${this._sending}>${t.confirm}</button>
              <button type="button" class="secondary" @click=${() => this.#close()}>${t.cancel}</button>
            </div>
          </form>`
          : nothing
      }
    </dialog>`;
  }
}
