// What an applicant needs to know about one application besides its timeline: the exam, the
// payment reference, who submitted it on their behalf, and what is missing or asked for.
// Stateless templates rendered by <kutse-status-tracker>.
import { html, nothing } from 'lit';
import { formatReference } from '../../../contract/payment-reference.ts';
import type { ApplicationView } from '../shared/applications-client.ts';
import { formatDateTime, formatMoney } from '../shared/format.ts';
import type { Language } from '../shared/i18n.ts';
import type { StatusTrackerStrings as Strings } from './status-tracker.strings.ts';

/** Exam, payment: a short list of facts, each a term and its value. */
export function renderFacts(application: ApplicationView, s: Strings, language: Language) {
  const { examSession, payment } = application;
  const due = payment.dueNow;
  return html`
    <dl part="facts" class="facts">
      ${
        examSession
          ? html`<div>
            <dt>${s.examSession}</dt>
            <dd>
              ${s.examAt(formatDateTime(examSession.startsAt, language), examSession.place)}
            </dd>
          </div>`
          : nothing
      }
      ${
        payment.reference
          ? html`<div>
            <dt>${s.reference}</dt>
            <dd class="reference">${formatReference(payment.reference)}</dd>
          </div>`
          : nothing
      }
      ${
        due.grossCents > 0 && (application.state === 'draft' || application.state === 'returned')
          ? html`<div>
            <dt>${s.dueNow}</dt>
            <dd>${formatMoney(due.grossCents, due.currency, language)}</dd>
          </div>`
          : nothing
      }
    </dl>
    ${renderSubmittedBy(application, s)}
  `;
}

/** Who submitted it for the applicant (the body's staff, their employer, a partner), if not they. */
function renderSubmittedBy({ submittedBy, payment }: ApplicationView, s: Strings) {
  if (!submittedBy) return nothing;
  // The body's staff are named with the body: the payment's recipient is the body's name.
  const on = submittedBy.on === 'staff' ? payment.recipient : s.submittedOn[submittedBy.on];
  return html`<p class="hint">${s.submittedBy(submittedBy.name, on)}</p>`;
}

/** The last reason the body gave when it returned the application: what it asks for. */
const askedFor = (application: ApplicationView): string | null =>
  application.history.findLast((entry) => entry.to === 'returned')?.reason ?? null;

/**
 * The applicant's turn: for a returned application what the body asks for, for a draft what is
 * still missing; each with where to do it, since the tracker itself edits nothing.
 */
export function renderTodo(application: ApplicationView, s: Strings) {
  const { state, missing } = application;
  if (state !== 'returned' && state !== 'draft') return nothing;
  const request = state === 'returned' ? askedFor(application) : null;
  // A draft with nothing missing needs no heading over its one hint.
  const heading = state === 'returned' ? s.askedFor : missing.length > 0 ? s.missing : null;
  return html`
    <div part="todo" class="todo">
      ${heading ? html`<h3>${heading}</h3>` : nothing}
      ${request ? html`<p class="request">${request}</p>` : nothing}
      ${
        missing.length > 0
          ? html`<ul>
            ${missing.map((item) => html`<li>${item.detail}</li>`)}
          </ul>`
          : nothing
      }
      <p class="hint">${state === 'returned' ? s.returnedHint : s.draftHint}</p>
    </div>
  `;
}
