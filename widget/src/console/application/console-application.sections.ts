// The read-only parts of an application's page: the applicant and the application, the documents
// (each previewed in the page and downloadable), the payment, the timeline and the e-mails sent.
import { html, nothing } from 'lit';
import { formatDate, formatMoney } from '../../shared/format.ts';
import type { Language } from '../../shared/i18n.ts';
import type { ApplicationFileData, EmailData } from '../shared/console-client.ts';
import { formatMoment, sessionLabel } from '../shared/format.ts';
import type { ConsoleStrings } from '../shared/strings.ts';

type Document = ApplicationFileData['documents'][number];

const fact = (label: string, value: unknown) =>
  html`<dt>${label}</dt>
    <dd>${value ?? '—'}</dd>`;

export function renderApplicant(t: ConsoleStrings, language: Language, file: ApplicationFileData) {
  const a = t.application;
  const { applicant } = file;
  return html`<section class="card" aria-labelledby="applicant-title">
    <h2 id="applicant-title">${a.applicant}</h2>
    <dl class="facts">
      ${fact(a.givenName, applicant.givenName)} ${fact(a.familyName, applicant.familyName)}
      ${fact(a.personalCode, applicant.personalCode)} ${fact(a.email, applicant.email)} ${fact(a.phone, applicant.phone)}
      ${fact(a.qualification, file.qualification.name)} ${fact(a.kind, t.kinds[file.kind] ?? file.kind)}
      ${fact(a.submittedAt, file.submittedAt ? formatMoment(file.submittedAt, language) : null)}
      ${fact(a.channel, file.submittedBy ? a.submittedBy(file.submittedBy.name) : t.channels[file.channel])}
      ${fact(a.session, file.session ? sessionLabel(file.session, language) : a.noSession)}
    </dl>
  </section>`;
}

export interface DocumentsContext {
  strings: ConsoleStrings;
  language: Language;
  file: ApplicationFileData;
  href: (document: string, inline: boolean) => string;
  previewed: ReadonlySet<string>;
  onToggle: (document: string) => void;
}

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

const previewable = (document: Document) =>
  document.mediaType === 'application/pdf' || document.mediaType.startsWith('image/');

export function renderDocuments(context: DocumentsContext) {
  const { strings: t, file } = context;
  const a = t.application;
  return html`<section class="card" aria-labelledby="documents-title">
    <h2 id="documents-title">${a.documents}</h2>
    ${file.documentsAccepted ? html`<p class="note success">${a.documentsAccepted}</p>` : nothing}
    ${
      file.documents.length === 0
        ? html`<p class="muted">${a.noDocuments}</p>`
        : html`<ul class="documents">
          ${file.documents.map((d) => renderDocument(context, d))}
        </ul>`
    }
  </section>`;
}

function renderDocument(context: DocumentsContext, document: Document) {
  const { strings: t, language } = context;
  const a = t.application;
  const open = context.previewed.has(document.id);
  // The catalogue names types as they read inside a sentence ("koopia isikut tõendavast …"); a heading starts with a capital.
  const title = capitalised(document.typeName ?? document.fileName);
  const preview = a.preview(title);
  return html`<li class="document">
    <div class="document-head">
      <div>
        <strong>${title}</strong>
        <span class="muted">${document.fileName} · ${Math.max(1, Math.round(document.byteSize / 1024))} KB</span>
        <span class="muted"
          >${document.issuedOn ? html`${a.issuedOn} ${formatDate(document.issuedOn, language)} · ` : nothing}${a.uploadedAt}
          ${formatMoment(document.uploadedAt, language)}</span
        >
      </div>
      <div class="buttons">
        ${
          previewable(document)
            ? html`<button
              type="button"
              class="secondary small"
              aria-expanded=${open ? 'true' : 'false'}
              aria-controls="preview-${document.id}"
              @click=${() => context.onToggle(document.id)}
            >
              ${open ? a.hidePreview : a.showPreview}<span class="visually-hidden">: ${title}</span>
            </button>`
            : nothing
        }
        <a class="button small" href=${context.href(document.id, false)} download=${document.fileName}
          >${a.download}<span class="visually-hidden">: ${title}</span></a
        >
      </div>
    </div>
    <div id="preview-${document.id}" class="preview" ?hidden=${!open}>
      ${
        open
          ? document.mediaType === 'application/pdf'
            ? html`<iframe title=${preview} src=${context.href(document.id, true)}></iframe>`
            : html`<img alt=${preview} src=${context.href(document.id, true)} />`
          : nothing
      }
    </div>
  </li>`;
}

/** The proof of a payment: its file, to save (it is one of the documents, previewed there). */
const renderProof = (document: Document | undefined, href: (document: string) => string) =>
  document
    ? html` · <a href=${href(document.id)} download=${document.fileName}>${document.fileName}</a>`
    : nothing;

export function renderPayment(
  t: ConsoleStrings,
  language: Language,
  file: ApplicationFileData,
  href: (document: string) => string,
) {
  const a = t.application;
  const money = (cents: number) => formatMoney(cents, 'EUR', language);
  const proof = (id: string | null) => file.documents.find((d) => d.id === id);
  return html`<section class="card" aria-labelledby="payment-title">
    <h2 id="payment-title">${a.payment}</h2>
    <p class="note ${file.feeReceived || file.feeWaivedReason ? 'success' : ''}">
      ${file.feeWaivedReason ? a.feeWaived(file.feeWaivedReason) : file.feeReceived ? a.feeReceived : a.feeNotReceived}
    </p>
    <dl class="facts">${fact(a.feeDue, money(file.feeDueCents))} ${fact(a.reference, file.paymentReference)}</dl>
    <h3>${a.payments}</h3>
    ${
      file.payments.length === 0
        ? html`<p class="muted">${a.noPayments}</p>`
        : html`<ul>
          ${file.payments.map(
            (p) =>
              html`<li>
                ${money(p.amountCents)} · ${a.paymentSources[p.source]}${p.payerName ? html` · ${p.payerName}` : nothing}${
                  p.paidOn ? html` · ${formatDate(p.paidOn, language)}` : nothing
                }${renderProof(proof(p.proofDocumentId), href)}
              </li>`,
          )}
        </ul>`
    }
    <h3>${a.invoice}</h3>
    ${
      file.invoice
        ? html`<dl class="facts">
          ${fact(a.payer, file.invoice.payerName)} ${fact(a.registryCode, file.invoice.registryCode)}
          ${fact(a.address, file.invoice.address)} ${fact(a.email, file.invoice.email)}
        </dl>`
        : html`<p class="muted">${a.noInvoice}</p>`
    }
  </section>`;
}

/** The step that reaches each state: older rows (and the seed's) name the state instead of the step. */
const STEP_OF_STATE: Record<string, string> = {
  draft: 'start',
  submitted: 'submit',
  resubmitted: 'resubmit',
  returned: 'return',
  withdrawn: 'withdraw',
  admitted: 'admit',
  rejected: 'reject',
  exam_booked: 'bookExam',
  assessed: 'assess',
  granted: 'grant',
  refused: 'refuse',
};

const stepName = (t: ConsoleStrings, step: string) =>
  t.application.steps[step] ?? t.application.steps[STEP_OF_STATE[step] ?? ''] ?? step;

/** One step: who took it, when, what it did to the state, and why. */
export function renderStep(
  t: ConsoleStrings,
  language: Language,
  step: ApplicationFileData['timeline'][number],
) {
  const a = t.application;
  return html`<li>
    <span class="when">${formatMoment(step.at, language)}</span>
    <span><strong>${step.by.name}</strong> · ${stepName(t, step.step)}${
      step.from !== step.to ? html` <span class="badge">${t.states[step.to]}</span>` : nothing
    }</span>
    ${step.reason ? html`<span class="reason">${a.why}: ${step.reason}</span>` : nothing}
  </li>`;
}

export function renderTimeline(t: ConsoleStrings, language: Language, file: ApplicationFileData) {
  return html`<section class="card" aria-labelledby="timeline-title">
    <h2 id="timeline-title">${t.application.timeline}</h2>
    <ol class="timeline">
      ${[...file.timeline].reverse().map((step) => renderStep(t, language, step))}
    </ol>
  </section>`;
}

export function renderEmails(
  t: ConsoleStrings,
  language: Language,
  emails: EmailData[] | undefined,
  failed: boolean,
) {
  const a = t.application;
  const c = a.emailColumns;
  return html`<section class="card" aria-labelledby="emails-title">
    <h2 id="emails-title">${a.emails}</h2>
    ${
      failed
        ? html`<p class="note error">${a.emailsFailed}</p>`
        : !emails
          ? html`<p class="muted">…</p>`
          : emails.length === 0
            ? html`<p class="muted">${a.noEmails}</p>`
            : // Focusable, so that a keyboard can scroll the table sideways on a narrow screen.
              html`<div class="table-scroll" tabindex="0" role="group" aria-label=${a.emails}>
              <table>
                <thead>
                  <tr>
                    <th scope="col">${c.subject}</th>
                    <th scope="col">${c.to}</th>
                    <th scope="col">${c.state}</th>
                    <th scope="col">${c.queuedAt}</th>
                    <th scope="col">${c.sentAt}</th>
                  </tr>
                </thead>
                <tbody>
                  ${emails.map(
                    (e) => html`<tr>
                      <td>${e.subject}</td>
                      <td>${e.to}</td>
                      <td>
                        ${a.emailStates[e.state]}${e.attempts > 1 ? html` (${a.attempts(e.attempts)})` : nothing}
                        ${e.lastError && e.state !== 'sent' ? html`<div class="muted">${e.lastError}</div>` : nothing}
                      </td>
                      <td>${formatMoment(e.queuedAt, language)}</td>
                      <td>${e.sentAt ? formatMoment(e.sentAt, language) : '—'}</td>
                    </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
    }
  </section>`;
}
