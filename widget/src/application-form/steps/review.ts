// Step 8: everything chosen, read back section by section with a button to change it; what is
// still missing, each with a way to the step that fixes it; and the Submit button.
import { html, nothing, type TemplateResult } from 'lit';
import { formatDateTime, formatMoney } from '../../shared/format.ts';
import { type FormView, paymentOrder, type Step, stepOfField, stepsFor } from '../application-form.model.ts';
import { uploadedOf } from './documents.ts';

export function renderReviewStep(view: FormView) {
  const { s, language, application, kind, values, catalogue, actions } = view;
  if (!application) return nothing;
  const steps = stepsFor(kind, application);
  const no = html`<span class="muted">${s.review.none}</span>`;
  const blank = html`<span class="muted">${s.review.notGiven}</span>`;
  const documents = kind?.documents ?? [];
  const delivery = catalogue.body.deliveryOptions.find((option) => option.slug === values.delivery);
  const { applicant, payment } = application;
  const returned = application.state === 'returned';
  const section = (step: Step, rows: [string, unknown][]) =>
    steps.includes(step)
      ? html`
        <section class="review" aria-labelledby="review-${step}">
          <div class="review-head">
            <h4 id="review-${step}">${step === 'signIn' ? s.signIn.applicant : s.steps[step]}</h4>
            ${
              // A returned application's kind cannot change: nothing to go back to it for.
              returned && step === 'kind'
                ? nothing
                : html`<button
                  type="button"
                  class="secondary small"
                  aria-labelledby="change-${step} review-${step}"
                  id="change-${step}"
                  @click=${() => actions.goTo(step)}
                >
                  ${s.review.change}
                </button>`
            }
          </div>
          <dl class="facts">
            ${rows.map(
              ([label, value]) => html`<div>
                <dt>${label}</dt>
                <dd>${value}</dd>
              </div>`,
            )}
          </dl>
        </section>
      `
      : nothing;
  const session = application.examSession;
  return html`
    <p>${s.review.intro}</p>
    ${section('kind', [[s.review.chosen, application.kind.title]])}
    ${section('prerequisites', [
      [
        s.review.prerequisites,
        s.review.confirmed(
          application.prerequisites.filter((p) => p.confirmed).length,
          application.prerequisites.length,
        ),
      ],
    ])}
    ${section('signIn', [
      [s.signIn.name, `${applicant.givenName} ${applicant.familyName}`],
      ...(applicant.personalCode
        ? [[s.signIn.personalCode, applicant.personalCode] as [string, unknown]]
        : []),
      [s.signIn.email, values.email || blank],
      [s.signIn.phone, values.phone || blank],
    ])}
    ${section('exam', [
      ...(application.needsExamSession
        ? [
            [
              s.steps.exam,
              session ? `${formatDateTime(session.startsAt, language)}, ${session.place}` : no,
            ] as [string, unknown],
          ]
        : []),
      ...(application.kind.kind === 'recertification'
        ? [[s.exam.renewsLegend, values.renews ? s.exam.certificate(values.renews) : no] as [string, unknown]]
        : []),
    ])}
    ${section(
      'documents',
      documents
        .filter((document) => document.slug !== paymentOrder)
        .map((document) => [
          document.label,
          uploadedOf(view, document.slug)?.fileName ??
            html`<span class="muted">${s.review.noDocument}</span>`,
        ]),
    )}
    ${section('payment', [
      [s.payment.amount, formatMoney(payment.dueNow.grossCents, payment.dueNow.currency, language)],
      ...documents
        .filter((document) => document.slug === paymentOrder)
        .map(
          (document) =>
            [
              document.label,
              uploadedOf(view, document.slug)?.fileName ??
                html`<span class="muted">${s.review.noDocument}</span>`,
            ] as [string, unknown],
        ),
      [
        s.payment.invoice,
        values.wantsInvoice ? values.invoice.payerName || blank : s.review.invoiceNotWanted,
      ],
    ])}
    ${section('certificate', [
      ...(catalogue.body.deliveryOptions.length > 0
        ? [[s.certificate.deliveryLegend, delivery?.label ?? no] as [string, unknown]]
        : []),
      [s.review.publicConsent, values.publicConsent ? s.review.yes : s.review.no],
    ])}
    ${renderMissing(view)}
    <button
      type="button"
      class="primary submit"
      data-action="submit"
      ?disabled=${view.submitting}
      aria-describedby="missing-title"
      @click=${actions.submit}
    >
      ${view.submitting ? s.review.submitting : returned ? s.review.resubmit : s.review.submit}
    </button>
  `;
}

function renderMissing({ s, application, actions }: FormView): TemplateResult {
  const missing = application?.missing ?? [];
  if (missing.length === 0)
    return html`<p class="message success" id="missing-title">${s.review.complete}</p>`;
  return html`
    <div class="missing" id="missing" tabindex="-1">
      <h4 id="missing-title">${s.review.missing}</h4>
      <ul>
        ${missing.map((item) => {
          const step = stepOfField(item.field);
          return html`<li>
            <span>${item.detail}</span>
            <button type="button" class="link" @click=${() => actions.goTo(step)}>
              ${s.review.fix}: ${s.steps[step]}
            </button>
          </li>`;
        })}
      </ul>
    </div>
  `;
}
