// An application the awarding body returned for completion: it is the applicant's turn again, so
// the form shows at its top what the body asked for, on every step until it is sent in again.
import { html, nothing } from 'lit';
import type { ApplicationView } from '../../../contract/applications.ts';
import type { ApplicationFormStrings as Strings } from './application-form.strings.ts';

/** What the body asked for when it last returned the application (its reason), if it gave one. */
export const returnReason = (application: ApplicationView): string =>
  application.history.findLast((entry) => entry.to === 'returned')?.reason ?? '';

/** The notice above the steps while the application is returned; nothing otherwise. */
export function renderReturned(application: ApplicationView | undefined, s: Strings) {
  if (application?.state !== 'returned') return nothing;
  const reason = returnReason(application);
  return html`<div class="message warning" id="returned">
    <p><strong>${s.returned}</strong></p>
    ${reason ? html`<p class="reason">${reason}</p>` : nothing}
    <p>${s.returnedHint}</p>
  </div>`;
}
