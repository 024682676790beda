// <kutse-console-certificates>: find one of the body's certificates by its number, see it as the
// register knows it (status, publication, revocation), and — the body's manager — revoke it with a
// reason, confirmed in a dialog. The number is in the URL (`?number=`), so a certificate shown is a
// link of its own and back and forward work.
import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { StaffCertificate } from '../../../../contract/staff-certificates.ts';
import { formatDate } from '../../shared/format.ts';
import type { Language } from '../../shared/i18n.ts';
import { ApiProblem } from '../../shared/problem.ts';
import { buttons } from '../../shared/styles/buttons.ts';
import { fields } from '../../shared/styles/fields.ts';
import { tokens } from '../../shared/tokens.ts';
import { requestStyles } from '../requests/console-requests.styles.ts';
import type { ConsoleBody } from '../shared/boot.ts';
import { failureOf, renderFailure } from '../shared/failure.ts';
import { formatMoment } from '../shared/format.ts';
import { ConsoleNavigateEvent, ConsoleTitleEvent, certificatesHref } from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { consoleStyles } from '../shared/styles.ts';
import { type CertificateStrings, certificateStrings } from './certificates.strings.ts';
import { type CertificatesClient, certificatesClient } from './certificates-client.ts';

export class KutseConsoleCertificates extends LitElement {
  static override properties = {
    csrfToken: { attribute: false },
    strings: { attribute: false },
    language: { attribute: false },
    body: { attribute: false },
    query: { attribute: false },
    _numberError: { state: true },
    _revoking: { state: true },
    _reasonError: { state: true },
    _revokeError: { state: true },
    _busy: { state: true },
    _status: { state: true },
  };

  static override styles = [tokens, buttons, fields, consoleStyles, requestStyles];

  declare csrfToken: string;
  declare strings: ConsoleStrings;
  declare language: Language;
  declare body: ConsoleBody;
  declare query: URLSearchParams;
  declare _numberError: string | undefined;
  declare _revoking: boolean;
  declare _reasonError: string | undefined;
  declare _revokeError: string | undefined;
  declare _busy: boolean;
  declare _status: string;
  #client: CertificatesClient | undefined;
  #opener: HTMLElement | undefined;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this._revoking = false;
    this._busy = false;
    this._status = '';
  }

  get #t(): CertificateStrings {
    return certificateStrings[this.language ?? 'et'];
  }

  #number(): string {
    return (this.query?.get('number') ?? '').trim().toUpperCase();
  }

  readonly #certificate = new Task(this, {
    task: async ([client, body, number], { signal }) =>
      client && number ? client.get(body, number, signal) : undefined,
    args: () => [this.#client, this.body?.slug, this.#number()] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('csrfToken') || changed.has('language')) && this.csrfToken)
      this.#client = certificatesClient({ csrfToken: this.csrfToken, language: this.language ?? 'et' });
    if (changed.has('query')) this._status = '';
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('body') && this.body)
      this.dispatchEvent(new ConsoleTitleEvent(`${this.#t.view}: ${this.body.name}`));
    const dialog = this.renderRoot.querySelector('dialog');
    if (this._revoking && dialog && !dialog.open) dialog.showModal();
  }

  #find(event: SubmitEvent): void {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('number') as HTMLInputElement;
    const number = input.value.trim();
    if (!number) {
      this._numberError = this.#t.numberRequired;
      input.focus();
      return;
    }
    this._numberError = undefined;
    const query = new URLSearchParams({ number: number.toUpperCase() });
    this.dispatchEvent(new ConsoleNavigateEvent(certificatesHref(this.body.slug, query, this.language)));
  }

  #open(event: Event): void {
    this.#opener = event.currentTarget as HTMLElement;
    this._reasonError = undefined;
    this._revokeError = undefined;
    this._revoking = true;
  }

  #close(): void {
    this.renderRoot.querySelector('dialog')?.close();
    this._revoking = false;
    this.#opener?.focus();
  }

  async #revoke(form: HTMLFormElement, certificate: StaffCertificate): Promise<void> {
    if (!this.#client || this._busy) return;
    const reason = String(new FormData(form).get('reason') ?? '').trim();
    if (reason.length < 3) {
      this._reasonError = this.#t.revokeReasonRequired;
      form.querySelector('textarea')?.focus();
      return;
    }
    this._busy = true;
    try {
      await this.#client.revoke(this.body.slug, certificate.number, reason);
      this._status = this.#t.revoked(certificate.number);
      this.#close();
      void this.#certificate.run();
    } catch (error) {
      const failure = failureOf(error);
      this._reasonError = failure.fields.reason;
      this._revokeError = failure.fields.reason ? undefined : failure.message(this.strings);
    } finally {
      this._busy = false;
    }
  }

  override render() {
    if (!this.body || !this.strings) return nothing;
    const t = this.#t;
    const number = this.#number();
    return html`<h1 tabindex="-1">${t.title} <span class="muted body">${this.body.name}</span></h1>
      ${this.#renderFind(number)}
      <div class="visually-hidden" role="status" aria-live="polite">${this._status}</div>
      ${
        number
          ? this.#certificate.render({
              pending: () => html`<p class="muted" role="status">${t.loading}</p>`,
              error: (error) =>
                error instanceof ApiProblem && error.status === 404
                  ? html`<p class="note">${t.notFound(number)}</p>`
                  : renderFailure(
                      this.strings,
                      failureOf(error),
                      () => this.#certificate.run(),
                      t.failed,
                      t.failed,
                    ),
              complete: (certificate) => (certificate ? this.#renderCertificate(certificate) : nothing),
            })
          : nothing
      }`;
  }

  #renderFind(number: string) {
    const t = this.#t;
    return html`<form class="filters card" role="search" aria-label=${t.find} novalidate @submit=${this.#find}>
      <div class="field">
        <label for="number">${t.number}</label>
        <input
          id="number"
          name="number"
          autocomplete="off"
          spellcheck="false"
          .value=${number}
          aria-invalid=${this._numberError ? 'true' : 'false'}
          aria-describedby="number-hint number-error"
        />
        <span id="number-hint" class="muted">${t.numberHint}</span>
        <span id="number-error" class="field-error">${this._numberError ?? ''}</span>
      </div>
      <button type="submit" class="secondary">${t.show}</button>
    </form>`;
  }

  #renderCertificate(c: StaffCertificate) {
    const t = this.#t;
    const revocable = c.status === 'valid' || c.status === 'expired';
    return html`<section class="card" aria-labelledby="certificate-title">
        <h2 id="certificate-title">${c.number}</h2>
        <dl class="facts">
          <dt>${t.holder}</dt>
          <dd>${c.holder.givenName} ${c.holder.familyName}</dd>
          <dt>${t.qualification}</dt>
          <dd>${c.qualification.name}</dd>
          <dt>${t.issuedOn}</dt>
          <dd>${formatDate(c.issuedOn, this.language)}</dd>
          <dt>${t.validUntil}</dt>
          <dd>${c.validUntil ? formatDate(c.validUntil, this.language) : t.indefinite}</dd>
          <dt>${t.status}</dt>
          <dd><span class="badge ${c.status === 'revoked' ? 'state-declined' : ''}">${t.statuses[c.status]}</span></dd>
          <dt>${t.register}</dt>
          <dd>${c.public ? t.published : t.hidden}</dd>
          ${
            c.revokedAt
              ? html`<dt>${t.revokedAt}</dt>
                <dd>${formatMoment(c.revokedAt, this.language)}</dd>
                <dt>${t.reason}</dt>
                <dd>${c.revokedReason}</dd>`
              : nothing
          }
        </dl>
        <p><a href=${c.verifyUrl} target="_blank" rel="noopener">${t.verify}</a></p>
        ${
          revocable
            ? this.body.role === 'manager'
              ? html`<button type="button" class="secondary danger" aria-haspopup="dialog" @click=${this.#open}>
                  ${t.revoke}
                </button>`
              : html`<p class="muted">${t.managersOnly}</p>`
            : nothing
        }
      </section>
      ${this.#renderDialog(c)}`;
  }

  #renderDialog(c: StaffCertificate) {
    const t = this.#t;
    return html`<dialog aria-labelledby="dialog-title" @close=${() => (this._revoking = false)}>
      ${
        this._revoking
          ? html`<form
            method="dialog"
            novalidate
            @submit=${(event: SubmitEvent) => {
              event.preventDefault();
              void this.#revoke(event.target as HTMLFormElement, c);
            }}
          >
            <h2 id="dialog-title">${t.revoke}: ${c.number}</h2>
            <p>${t.revokeExplained}</p>
            <div class="field">
              <label for="reason">${t.revokeReason}</label>
              <textarea
                id="reason"
                name="reason"
                rows="3"
                maxlength="1000"
                aria-invalid=${this._reasonError ? 'true' : 'false'}
                aria-describedby="reason-error"
              ></textarea>
              <span id="reason-error" class="field-error">${this._reasonError ?? ''}</span>
            </div>
            ${this._revokeError ? html`<p class="note error" role="alert">${this._revokeError}</p>` : nothing}
            <div class="buttons">
              <button type="submit" class="danger" ?disabled=${this._busy}>${t.confirm}</button>
              <button type="button" class="secondary" @click=${() => this.#close()}>${t.cancel}</button>
            </div>
          </form>`
          : nothing
      }
    </dialog>`;
  }
}
