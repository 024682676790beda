// What the form shows instead of its steps when no kind of application is open: when the next one
// opens, if that is known, and whom to ask.
import { html, nothing } from 'lit';
import type { QualificationDetail } from '../shared/api-client.ts';
import { formatDate } from '../shared/format.ts';
import type { ApplicationFormStrings as Strings } from './application-form.strings.ts';

export function renderClosed(detail: QualificationDetail, s: Strings) {
  const upcoming = detail.kinds
    .filter((kind) => kind.status === 'not_yet_open' && kind.openFrom)
    .map((kind) => kind.openFrom as string)
    .sort()[0];
  return html`
    <section class="closed" aria-labelledby="closed-title">
      <h3 id="closed-title">${s.closed.title}</h3>
      <p>${s.closed.text(detail.body.name)}</p>
      ${upcoming ? html`<p>${s.closed.opens(formatDate(upcoming, detail.language))}</p>` : nothing}
      <p>
        ${s.closed.contact}
        <a href="mailto:${detail.body.contactEmail}">${detail.body.contactEmail}</a>
      </p>
    </section>
  `;
}
