// The applicant's view of one application (schemas.ts `ApplicationView`): what the form restores
// a draft from and what the status tracker shows, in the request's language.

import { editable, isIn, withdrawable } from '../../contract/application-states.ts';
import type { ApplicationView, DocumentView } from '../../contract/applications.ts';
import type { Language } from '../http/env.ts';
import { type Amount, withVat } from '../payments/vat.ts';
import { missingFor, needsExamSession, recertificationOf } from './completeness.ts';
import type { ApplicationFacts } from './facts.ts';
import { historyView } from './history.ts';
import { sayApplication } from './wording.ts';

export const isEditable = (state: string) => isIn(editable, state);

export function documentView(d: ApplicationFacts['documents'][number]): DocumentView {
  return {
    id: d.id,
    type: d.type,
    variant: d.variant,
    fileName: d.fileName,
    mediaType: d.mediaType,
    byteSize: d.byteSize,
    issuedOn: d.issuedOn,
    coversFrom: d.coversFrom,
    coversUntil: d.coversUntil,
    uploadedAt: d.uploadedAt.toISOString(),
  };
}

/** Fee items with VAT at today's rate, the paper certificate's delivery cost among them. */
export function paymentItems(facts: ApplicationFacts, language: Language) {
  const pick = (et: string, en: string) => (language === 'et' ? et : en);
  const items = facts.fees.map((f) => ({
    label: pick(f.labelEt, f.labelEn),
    due: f.due as string,
    ...withVat(f.netCents, f.rate ?? 0, f.currency),
  }));
  if (facts.delivery && facts.delivery.costNetCents > 0)
    items.push({
      label: pick(facts.delivery.labelEt, facts.delivery.labelEn),
      due: 'submission',
      ...withVat(facts.delivery.costNetCents, facts.delivery.rate ?? 0),
    });
  return items;
}

/**
 * The text to pay with, as the body's instruction asks: the qualification applied for and the
 * applicant's name, e.g. "Turvajuht, tase 5 – Mari Maasikas". The qualification keeps its
 * registered (Estonian) name in either language: the body matches its bank statement against it.
 */
export const paymentExplanation = ({ qualification, application }: ApplicationFacts) =>
  `${qualification.nameEt} – ${application.applicant.givenName} ${application.applicant.familyName}`;

export const sumAmounts = (items: Amount[], currency = 'EUR'): Amount => {
  const net = items.reduce((n, i) => n + i.netCents, 0);
  const vat = items.reduce((n, i) => n + i.vatCents, 0);
  return {
    netCents: net,
    // One rate when all items share it; the total's rate is informative only.
    vatRatePercent: items[0]?.vatRatePercent ?? 0,
    vatCents: vat,
    grossCents: net + vat,
    currency,
  };
};

/** The applicant's view of the application the facts describe: no query, only the facts. */
export function applicationView(facts: ApplicationFacts, language: Language, now: Date): ApplicationView {
  const { application: a, kind, qualification, body } = facts;
  const pick = (et: string, en: string) => (language === 'et' ? et : en);
  const confirmed = new Set(a.confirmedPrerequisiteIds);
  const recertification = recertificationOf(facts);
  const items = paymentItems(facts, language);
  return {
    id: a.id,
    state: a.state,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    submittedAt: a.submittedAt?.toISOString() ?? null,
    qualification: { slug: qualification.slug, name: pick(qualification.nameEt, qualification.nameEn) },
    kind: { slug: kind.slug, kind: kind.kind, title: pick(kind.titleEt, kind.titleEn) },
    applicant: {
      givenName: a.applicant.givenName,
      familyName: a.applicant.familyName,
      personalCode: a.applicant.personalCode,
      email: a.applicant.email,
      phone: a.applicant.phone,
    },
    prerequisites: facts.prerequisites.map((p) => ({
      position: p.position,
      text: pick(p.textEt, p.textEn),
      confirmed: confirmed.has(p.id),
    })),
    examSession: facts.session
      ? { id: facts.session.id, startsAt: facts.session.startsAt.toISOString(), place: facts.session.place }
      : null,
    needsExamSession: needsExamSession(kind),
    certificates: facts.certificates.map((c) => ({
      number: c.number,
      qualification: { slug: c.qualificationSlug, name: pick(c.qualificationNameEt, c.qualificationNameEn) },
      issuedOn: c.issuedOn,
      validUntil: c.validUntil,
      status: c.status,
    })),
    recertification: recertification && {
      status: recertification.status,
      certificate: 'certificate' in recertification ? recertification.certificate : null,
      opensOn: 'opensOn' in recertification ? recertification.opensOn : null,
      closesOn: 'closesOn' in recertification ? recertification.closesOn : null,
      closedOn: 'closedOn' in recertification ? recertification.closedOn : null,
    },
    renews: facts.certificates.find((c) => c.id === a.renewsCertificateId)?.number ?? null,
    invoice: a.invoiceDetails,
    delivery: facts.delivery?.slug ?? null,
    publicConsent: a.publicConsent,
    payment: {
      recipient: pick(body.nameEt, body.nameEn),
      iban: body.iban,
      bankName: body.bankName,
      reference: a.paymentReference ?? '',
      explanation: paymentExplanation(facts),
      explanationHint: pick(body.explanationEt, body.explanationEn),
      items,
      dueNow: sumAmounts(items.filter((i) => i.due === 'submission')),
    },
    documents: facts.documents.filter((d) => d.type !== null).map(documentView),
    // The codes said here, in the request's language: the view is the answer itself.
    missing: isIn(editable, a.state)
      ? missingFor(facts, now).map((m) => ({ field: m.field, detail: sayApplication(m, language) }))
      : [],
    canEdit: isIn(editable, a.state),
    canWithdraw: isIn(withdrawable, a.state),
    unreadMessages: facts.unreadMessages,
    history: historyView(facts.history),
    submittedBy: submittedBy(facts),
  };
}

/** Who made the application for the applicant (null when they did it themselves). */
function submittedBy({ application: a, submitter }: ApplicationFacts): ApplicationView['submittedBy'] {
  if (a.submittedById === a.applicantId || a.channel === 'self') return null;
  return { name: `${submitter.givenName} ${submitter.familyName}`, on: a.channel };
}
