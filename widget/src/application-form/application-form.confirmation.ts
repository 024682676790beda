// What the form shows once the application is submitted (or submitted again after completion): what
// was applied for, when, the payment reference, and what happens next.
import { html, nothing } from 'lit';
import type { ApplicationView } from '../../../contract/applications.ts';
import { formatReference } from '../../../contract/payment-reference.ts';
import { formatDate } from '../shared/format.ts';
import type { Language } from '../shared/i18n.ts';
import type { ApplicationFormStrings as Strings } from './application-form.strings.ts';

export function renderConfirmation(application: ApplicationView, s: Strings, language: Language) {
  // Sent in again after completion: submittedAt stays the first time, the last step says when.
  const again = application.state === 'resubmitted';
  const at = again ? application.history.at(-1)?.at : application.submittedAt;
  return html`
    <section part="confirmation" class="confirmation" aria-labelledby="confirmation-title">
      <h3 id="confirmation-title" tabindex="-1">${again ? s.submitted.again : s.submitted.title}</h3>
      <p>${application.qualification.name} · ${application.kind.title}</p>
      ${at ? html`<p>${s.submitted.when(formatDate(at, language))}</p>` : nothing}
      <p>${s.submitted.reference}: <strong>${formatReference(application.payment.reference)}</strong></p>
      <p>${s.submitted.next}</p>
    </section>
  `;
}
