// One certificate of <kutse-my-certificates> as the screen shows it: its facts and status, the
// publish switch, downloads, notices, what may be ordered, and the holder's requests with their
// threads. Functions of what they show and the element's callbacks; no state of their own.
import { html, nothing } from 'lit';
import { formatReference } from '../../../contract/payment-reference.ts';
import { formatDate, formatMoney, formatPercent } from '../shared/format.ts';
import type { Language } from '../shared/i18n.ts';
import type { OwnCertificate, OwnerRequestThread, OwnerRequestView } from './my-certificates.client.ts';
import type { MyCertificatesStrings } from './my-certificates.strings.ts';

type Strings = MyCertificatesStrings;

/** What a certificate's buttons do: the element's own handlers. */
export interface CertificateActions {
  togglePublic(certificate: OwnCertificate): void;
  downloadPdf(certificate: OwnCertificate): void;
  openCredential(certificate: OwnCertificate): void;
  openDialog(
    kind: 'print' | 'duplicate' | 'question',
    certificate: OwnCertificate,
    opener: HTMLElement,
  ): void;
  toggleThread(request: OwnerRequestView, open: boolean): void;
  reply(request: OwnerRequestView, form: HTMLFormElement): void;
}

/** What the element keeps about a certificate between renders. */
export interface CertificateState {
  busy: boolean;
  credential?: { linkedIn: string; publicUrl: string } | undefined;
  threads: Map<string, OwnerRequestThread | 'loading'>;
  replyError?: { request: string; text: string } | undefined;
}

export function renderCertificate(
  c: OwnCertificate,
  state: CertificateState,
  actions: CertificateActions,
  s: Strings,
  language: Language,
) {
  const id = `certificate-${c.number}`;
  return html`
    <li part="certificate" class="certificate status-${c.status}" aria-labelledby=${id}>
      <div class="head">
        <h3 id=${id}>${c.qualification.name}</h3>
        <p part="status" class="status"><span class="visually-hidden">${s.statusLabel}: </span>${s.status[c.status]}</p>
      </div>
      <dl class="facts">
        <div><dt>${s.number}</dt><dd>${c.number}</dd></div>
        ${c.qualification.eqfLevel === null ? nothing : html`<div><dt>${s.level}</dt><dd>${c.qualification.eqfLevel}</dd></div>`}
        <div><dt>${s.issuedBy}</dt><dd>${c.body.name}</dd></div>
        <div><dt>${s.issuedOn}</dt><dd>${formatDate(c.issuedOn, language)}</dd></div>
        <div><dt>${s.validUntil}</dt><dd>${c.validUntil ? formatDate(c.validUntil, language) : s.indefinite}</dd></div>
      </dl>
      ${renderSwitch(c, state, actions, s)}
      <div class="actions">
        <button type="button" class="secondary" part="pdf" ?disabled=${state.busy} @click=${() => actions.downloadPdf(c)}>
          ${s.sealedPdf}
        </button>
        <button type="button" class="secondary" part="credential" @click=${() => actions.openCredential(c)}>
          ${s.credential}
        </button>
        <a href=${c.verifyUrl} target="_blank" rel="noopener">${s.verify}</a>
      </div>
      ${
        state.credential
          ? html`<p class="credential" data-credential=${c.number}>
              <a href=${state.credential.publicUrl} target="_blank" rel="noopener">${s.credentialOpen}</a>
              <a href=${state.credential.linkedIn} target="_blank" rel="noopener">${s.addToLinkedIn}</a>
            </p>`
          : nothing
      }
      <div class="actions">
        <button type="button" class="secondary" @click=${(e: Event) => actions.openDialog('print', c, e.currentTarget as HTMLElement)}>
          ${s.orderPrint}
        </button>
        ${
          c.canOrderDuplicate
            ? html`<button type="button" class="secondary" @click=${(e: Event) => actions.openDialog('duplicate', c, e.currentTarget as HTMLElement)}>
                ${s.orderDuplicate}
              </button>`
            : nothing
        }
        <button type="button" class="secondary" @click=${(e: Event) => actions.openDialog('question', c, e.currentTarget as HTMLElement)}>
          ${s.ask}
        </button>
      </div>
      ${c.canOrderDuplicate ? nothing : html`<p class="hint">${s.duplicateOnlyValid}</p>`}
      ${renderNotices(c, s, language)}
      ${renderRequests(c, state, actions, s, language)}
    </li>
  `;
}

function renderSwitch(c: OwnCertificate, state: CertificateState, actions: CertificateActions, s: Strings) {
  const hint = `public-hint-${c.number}`;
  return html`
    <div class="switch-row">
      <button
        type="button"
        role="switch"
        part="public-switch"
        class="switch"
        aria-checked=${c.public ? 'true' : 'false'}
        aria-describedby=${hint}
        ?disabled=${state.busy}
        @click=${() => actions.togglePublic(c)}
      >
        <span class="track" aria-hidden="true"><span class="thumb"></span></span>
        <span>${s.publicSwitch}</span>
      </button>
      <p id=${hint} class="hint">${s.publicHint}</p>
    </div>
  `;
}

function renderNotices(c: OwnCertificate, s: Strings, language: Language) {
  if (!c.notices.length) return nothing;
  return html`
    <section class="notices" aria-label=${s.notices}>
      <h4>${s.notices}</h4>
      <ul>
        ${c.notices.map(
          (n) =>
            html`<li><time datetime=${n.createdAt}>${formatDate(n.createdAt, language)}</time> ${n.text}</li>`,
        )}
      </ul>
    </section>
  `;
}

function renderRequests(
  c: OwnCertificate,
  state: CertificateState,
  actions: CertificateActions,
  s: Strings,
  language: Language,
) {
  if (!c.requests.length) return nothing;
  return html`
    <section class="requests" aria-label=${`${s.requests}: ${c.number}`}>
      <h4>${s.requests}</h4>
      <ul>
        ${c.requests.map((r) => renderRequest(r, state, actions, s, language))}
      </ul>
    </section>
  `;
}

function renderRequest(
  r: OwnerRequestView,
  state: CertificateState,
  actions: CertificateActions,
  s: Strings,
  language: Language,
) {
  const thread = state.threads.get(r.id);
  return html`
    <li class="request">
      <p>
        <strong>${s.kind[r.kind]}</strong>
        <span class="badge state-${r.state}">${s.state[r.state]}</span>
        <time datetime=${r.createdAt}>${formatDate(r.createdAt, language)}</time>
      </p>
      ${r.question ? html`<p class="question">${r.question}</p>` : nothing}
      ${r.delivery ? html`<p class="muted">${s.delivery}: ${r.delivery}</p>` : nothing}
      <p class="muted">${s.handledBy}: ${r.handledBy}</p>
      ${r.payment ? renderPayment(r, s, language) : nothing}
      <details @toggle=${(e: Event) => actions.toggleThread(r, (e.currentTarget as HTMLDetailsElement).open)}>
        <summary>${s.showThread}${r.messageCount ? ` (${r.messageCount})` : ''}</summary>
        ${
          thread === undefined || thread === 'loading'
            ? html`<p class="muted" aria-busy="true">…</p>`
            : renderThread(thread, r, state, actions, s, language)
        }
      </details>
    </li>
  `;
}

/** How to pay for an order, as an application's payment step says it. */
export function renderPayment(r: OwnerRequestView, s: Strings, language: Language) {
  const p = r.payment;
  if (!p) return nothing;
  const { amount } = p;
  return html`
    <dl class="payment">
      <div>
        <dt>${s.amount}</dt>
        <dd>
          <strong>${formatMoney(amount.grossCents, amount.currency, language)}</strong>
          <span class="muted">(${s.vatIncluded(`${formatPercent(amount.vatRatePercent, language)} ${formatMoney(amount.vatCents, amount.currency, language)}`)})</span>
        </dd>
      </div>
      <div><dt>${s.recipient}</dt><dd>${p.recipient}</dd></div>
      <div><dt>${s.account}</dt><dd>${p.iban}${p.bankName ? ` (${p.bankName})` : ''}</dd></div>
      <div><dt>${s.reference}</dt><dd><strong>${formatReference(p.reference)}</strong></dd></div>
      <div><dt>${s.explanation}</dt><dd>${p.explanation}</dd></div>
    </dl>
    ${p.receivedAt ? html`<p class="message success">${s.paid}</p>` : nothing}
  `;
}

function renderThread(
  thread: OwnerRequestThread,
  r: OwnerRequestView,
  state: CertificateState,
  actions: CertificateActions,
  s: Strings,
  language: Language,
) {
  const field = `reply-${r.id}`;
  const error = state.replyError?.request === r.id ? state.replyError.text : undefined;
  return html`
    ${
      thread.messages.length
        ? html`<ol class="thread">
            ${thread.messages.map(
              (m) => html`<li class=${m.fromOwner ? 'mine' : 'theirs'}>
                <p class="muted">${m.fromOwner ? s.you : m.author}, <time datetime=${m.sentAt}>${formatDate(m.sentAt, language)}</time></p>
                <p>${m.text}</p>
              </li>`,
            )}
          </ol>`
        : html`<p class="muted">${s.noMessages}</p>`
    }
    <form class="reply" novalidate @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      actions.reply(r, e.currentTarget as HTMLFormElement);
    }}>
      <label for=${field}>${s.reply}</label>
      <textarea id=${field} name="body" rows="2" maxlength="2000"
        aria-invalid=${error ? 'true' : 'false'}
        aria-describedby=${error ? `${field}-error` : nothing}></textarea>
      ${error ? html`<p id=${`${field}-error`} class="field-error">${error}</p>` : nothing}
      <button type="submit" class="small">${s.send}</button>
    </form>
  `;
}
