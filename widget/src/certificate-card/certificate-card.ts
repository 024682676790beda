// <kutse-certificate-card>: one professional certificate as anyone may see it, for an awarding
// body's site, the owner's own page or an employer's staff page. The tag is registered in define.ts.
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type SVGTemplateResult, svg } from 'lit';
import type { CertificateStatus } from '../../../contract/certificates.ts';
import { defaultApiBase } from '../shared/api-client.ts';
import { formatDate } from '../shared/format.ts';
import { type Language, LanguageController } from '../shared/i18n.ts';
import { ApiProblem } from '../shared/problem.ts';
import { tokens } from '../shared/tokens.ts';
import { type CertificateView, fetchCard } from './certificate-card.client.ts';
import { type CertificateCardStrings, strings } from './certificate-card.strings.ts';
import { styles } from './certificate-card.styles.ts';

type Strings = CertificateCardStrings;

/** Each status's symbol beside its word and colour: the status never rests on colour alone. */
const ICONS: Record<CertificateStatus, SVGTemplateResult> = {
  valid: svg`<path d="M3 8.5l3.2 3.2L13 4.8" />`,
  expired: svg`<circle cx="8" cy="8" r="6" /><path d="M8 4.5V8l2.5 1.8" />`,
  revoked: svg`<circle cx="8" cy="8" r="6" /><path d="M5.5 5.5l5 5m0-5l-5 5" />`,
  replaced: svg`<path d="M3 5.5h9M9.5 3l2.5 2.5L9.5 8M13 10.5H4M6.5 8L4 10.5 6.5 13" />`,
};

/**
 * Shows one certificate its owner has made public: holder, qualification and EQF level, awarding
 * body, number, issue date, validity and status (valid, expired, revoked, replaced), with a link
 * to the register's verification page. A certificate that is not public shows only that. Keeps
 * the same height while loading, so the page around it does not move.
 *
 * @summary A professional certificate's card with its status and a verification link.
 * @tagname kutse-certificate-card
 *
 * @attr {string} certificate - The certificate's number, e.g. `ETEL-T3-0001`.
 * @attr {string} api - The Kutse API's base URL; by default the origin the widget script came from.
 * @attr {'et' | 'en'} lang - The language; without it the closest ancestor's or the page's, else Estonian.
 *
 * @csspart base - The card (an article), in every state.
 * @csspart header - The qualification's name and level.
 * @csspart status - The status: its symbol and word.
 * @csspart details - The list of holder, body, number and dates.
 * @csspart verify-link - The link to the register's verification page.
 * @csspart message - The text of a card that is not public, could not load or is misconfigured.
 * @csspart retry-button - The button that loads again after a failure.
 *
 * @cssproperty [--kutse-color-primary=#0b5394] - Links, focus rings.
 * @cssproperty [--kutse-color-text=#1b2530] - Text.
 * @cssproperty [--kutse-color-muted=#56616d] - Labels; a replaced certificate.
 * @cssproperty [--kutse-color-surface=#ffffff] - Background.
 * @cssproperty [--kutse-color-border=#d3d9df] - The card's border.
 * @cssproperty [--kutse-color-success=#17743a] - A valid certificate.
 * @cssproperty [--kutse-color-warning=#8a4b00] - An expired certificate.
 * @cssproperty [--kutse-color-danger=#b42318] - A revoked certificate; errors.
 * @cssproperty [--kutse-radius=0.5rem] - Corner radius.
 * @cssproperty [--kutse-font-family=inherit] - Font; the host page's by default.
 * @cssproperty [--kutse-spacing=1rem] - The base spacing unit.
 * @cssproperty [--kutse-certificate-card-height=21em] - The height the card keeps in every state.
 * @cssproperty [--kutse-certificate-card-narrow-height=26.5em] - The same on a card at most 30em wide.
 */
export class KutseCertificateCard extends LitElement {
  static override properties = { certificate: {}, api: {} };

  static override styles = [tokens, styles];

  /** The certificate's number, e.g. `ETEL-T3-0001`. */
  declare certificate: string;
  /** The Kutse API's base URL; by default the origin the widget script came from. */
  declare api: string | undefined;

  readonly #language = new LanguageController(this);

  readonly #task = new Task(this, {
    task: async ([apiBase, number, language], { signal }) => {
      if (!number) return initialState;
      return fetchCard({ apiBase, number, language, signal });
    },
    // A removed attribute makes the property null.
    args: () =>
      [this.api || defaultApiBase(), (this.certificate ?? '').trim(), this.#language.value] as const,
  });

  constructor() {
    super();
    this.certificate = '';
  }

  override render() {
    const language = this.#language.value;
    const s = strings[language];
    const shown = this.#task.value;
    const busy = this.#task.status === TaskStatus.PENDING;
    const status = shown?.public ? shown.certificate.status : undefined;
    return html`
      <article part="base" class=${status ?? ''} aria-busy=${busy ? 'true' : 'false'} aria-labelledby="title">
        ${this.#task.render({
          initial: () => this.#renderMessage(s.misconfigured, undefined, 'error'),
          // A refresh (another language) keeps the card on screen rather than flashing the skeleton.
          pending: () => (shown ? this.#renderCard(shown, s, language) : this.#renderSkeleton(s)),
          complete: (card) => this.#renderCard(card, s, language),
          error: (error) => this.#renderError(error, s),
        })}
      </article>
    `;
  }

  #renderCard(card: Awaited<ReturnType<typeof fetchCard>>, s: Strings, language: Language) {
    return card.public ? this.#renderCertificate(card.certificate, s, language) : this.#renderHidden(s);
  }

  #renderCertificate(c: CertificateView, s: Strings, language: Language) {
    const level = c.qualification.eqfLevel;
    return html`
      <header part="header">
        <div class="heading">
          <p class="eyebrow">${s.certificate}</p>
          <h2 id="title">${c.qualification.name}</h2>
          ${level === null ? nothing : html`<p class="level">${s.eqfLevel(level)}</p>`}
        </div>
        <p part="status" class="status">
          <span class="visually-hidden">${s.statusLabel}: </span>
          <svg viewBox="0 0 16 16" aria-hidden="true">${ICONS[c.status]}</svg>
          <span>${s.status[c.status]}</span>
        </p>
      </header>
      <dl part="details">
        <div class="long"><dt>${s.holder}</dt><dd class="holder">${c.holder.givenName} ${c.holder.familyName}</dd></div>
        <div class="long"><dt>${s.body}</dt><dd>${c.body.name}</dd></div>
        <div><dt>${s.number}</dt><dd>${c.number}</dd></div>
        <div><dt>${s.issuedOn}</dt><dd>${formatDate(c.issuedOn, language)}</dd></div>
        <div>
          <dt>${s.validUntil}</dt>
          <dd>${c.validUntil ? formatDate(c.validUntil, language) : s.indefinite}</dd>
        </div>
      </dl>
      <a part="verify-link" href=${c.verifyUrl} target="_blank" rel="noopener"
        >${s.verify}<span class="visually-hidden">${s.verifyWhat(c.number)}</span> →</a
      >
    `;
  }

  /** The same boxes as a loaded card, its words but no data: the card keeps its height. */
  #renderSkeleton(s: Strings) {
    // Widths by class: a style attribute would need 'unsafe-inline' in the host page's CSP.
    const bone = (width: 'long' | 'medium' | 'short') => html`<span class="bone ${width}"></span>`;
    const row = (label: string, long = false) =>
      html`<div class=${long ? 'long' : ''}><dt>${label}</dt><dd>${bone('medium')}</dd></div>`;
    return html`
      <p class="visually-hidden" role="status">${s.loading}</p>
      <div class="skeleton" aria-hidden="true">
        <header part="header">
          <div class="heading">
            <p class="eyebrow">${s.certificate}</p>
            <p class="title-bone">${bone('long')}</p>
            <p class="level">${bone('short')}</p>
          </div>
          <p class="status">${bone('short')}</p>
        </header>
        <dl part="details">
          ${row(s.holder, true)} ${row(s.body, true)} ${row(s.number)} ${row(s.issuedOn)} ${row(s.validUntil)}
        </dl>
        <p>${bone('short')}</p>
      </div>
    `;
  }

  #renderHidden(s: Strings) {
    return this.#renderMessage(s.hidden, s.hiddenDetail);
  }

  #renderError(error: unknown, s: Strings) {
    // 400: the number in the page is malformed; trying again will not help.
    if (error instanceof ApiProblem && error.status === 400)
      return this.#renderMessage(s.invalidNumber, s.invalidNumberDetail(this.certificate), 'error');
    return html`
      ${this.#renderMessage(s.loadFailed, error instanceof ApiProblem ? s.serverTrouble : s.offline, 'error')}
      <button part="retry-button" type="button" @click=${this.#retry}>${s.retry}</button>
    `;
  }

  #renderMessage(title: string, detail: string | undefined, kind?: 'error') {
    return html`
      <div part="message" class="message ${kind ?? ''}" role=${kind === 'error' ? 'alert' : nothing}>
        <h2 id="title" tabindex="-1">${title}</h2>
        ${detail ? html`<p>${detail}</p>` : nothing}
      </div>
    `;
  }

  #retry = async () => {
    await this.#task.run().catch(() => {});
    await this.updateComplete;
    // The button is gone once it worked: keep keyboard users on the card's heading.
    this.renderRoot.querySelector<HTMLElement>('[part="retry-button"], h2')?.focus();
  };
}
