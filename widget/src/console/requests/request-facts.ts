// The facts beside a request's thread (console-request.ts): the certificate it is about, as its card
// shows it; the owner's contact; and the fee of a print or duplicate with its payment state.
import { html, nothing } from 'lit';
import type { OwnerRequestFile } from '../../../../contract/owner-requests.ts';
import { formatDate, formatMoney } from '../../shared/format.ts';
import type { Language } from '../../shared/i18n.ts';
import { formatMoment } from '../shared/format.ts';
import type { RequestStrings } from './requests.strings.ts';

/** The certificate; `registry`: the registry answers for every body that is gone, so which one issued it matters there. */
export function certificateCard(
  file: OwnerRequestFile,
  t: RequestStrings,
  language: Language,
  registry: boolean,
) {
  const c = file.certificate;
  return html`<section class="card" aria-labelledby="certificate-title">
    <h2 id="certificate-title">${t.certificate}</h2>
    <dl class="facts">
      <dt>${t.number}</dt>
      <dd>${c.number}</dd>
      <dt>${t.holder}</dt>
      <dd>${c.holder.givenName} ${c.holder.familyName}</dd>
      <dt>${t.qualification}</dt>
      <dd>${c.qualification.name}</dd>
      ${
        registry
          ? html`<dt>${t.issuedBy}</dt>
              <dd>${c.body.name}</dd>`
          : nothing
      }
      <dt>${t.issuedOn}</dt>
      <dd>${formatDate(c.issuedOn, language)}</dd>
      <dt>${t.validUntil}</dt>
      <dd>${c.validUntil ? formatDate(c.validUntil, language) : t.indefinite}</dd>
      <dt>${t.status}</dt>
      <dd><span class="badge">${t.certificateStates[c.status]}</span></dd>
    </dl>
    <p><a href=${c.verifyUrl} target="_blank" rel="noopener">${t.verify}</a></p>
  </section>`;
}

export function ownerCard(file: OwnerRequestFile, t: RequestStrings) {
  const o = file.owner;
  return html`<section class="card" aria-labelledby="owner-title">
    <h2 id="owner-title">${t.contact}</h2>
    <dl class="facts">
      <dt>${t.owner}</dt>
      <dd>${o.givenName} ${o.familyName}</dd>
      <dt>${t.email}</dt>
      <dd>${o.email ? html`<a href=${`mailto:${o.email}`}>${o.email}</a>` : t.none}</dd>
      <dt>${t.phone}</dt>
      <dd>${o.phone ?? t.none}</dd>
    </dl>
  </section>`;
}

/** The delivery and the fee of a print or duplicate; nothing for a question. */
export function feeCard(file: OwnerRequestFile, t: RequestStrings, language: Language) {
  if (file.fee === null && !file.delivery) return nothing;
  return html`<section class="card" aria-labelledby="fee-title">
    <h2 id="fee-title">${t.fee}</h2>
    <dl class="facts">
      ${file.delivery ? html`<dt>${t.delivery}</dt><dd>${file.delivery.name}</dd>` : nothing}
      ${
        file.fee !== null
          ? html`<dt>${t.fee}</dt>
            <dd>
              ${formatMoney(file.fee.grossCents, file.fee.currency, language)}
              <span class="muted">${t.feeVat(file.fee.vatRatePercent, formatMoney(file.fee.vatCents, file.fee.currency, language))}</span>
            </dd>
            <dt>${t.paymentReference}</dt>
            <dd>${file.paymentReference ?? t.none}</dd>
            <dt>${t.status}</dt>
            <dd>
              ${file.feeReceivedAt ? t.feeReceivedOn(formatMoment(file.feeReceivedAt, language)) : t.feeAwaited}
            </dd>`
          : nothing
      }
    </dl>
  </section>`;
}
