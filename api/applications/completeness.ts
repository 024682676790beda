// What an application still lacks before it can be submitted, field by field, as codes
// (wording.ts says them): the review page lists it, the status tracker shows it, and submit
// refuses with it.
import { tallinnDay } from '../../contract/calendar.ts';
import { checkDocument } from '../../contract/document-rules.ts';
import type { ApplicationFacts } from './facts.ts';
import { type Recertification, recertificationFor } from './recertification.ts';
import type { ApplicationCode, ApplicationIssue } from './wording.ts';

/** Kinds assessed at an exam session; VÕTA (rpl) is assessed on documents by the committee. */
export const needsExamSession = (kind: ApplicationFacts['kind']) => kind.kind !== 'rpl';

export function recertificationOf(facts: ApplicationFacts) {
  const { kind } = facts;
  if (kind.kind !== 'recertification') return null;
  return recertificationFor(
    facts.certificates,
    facts.qualification.id,
    { fromMonths: kind.recertificationFromMonths ?? 0, untilMonths: kind.recertificationUntilMonths ?? 0 },
    facts.today,
  );
}

/** What the application still lacks, field by field, as codes with their parameters. */
export function missingFor(facts: ApplicationFacts, now: Date): ApplicationIssue[] {
  const missing: ApplicationIssue[] = [];
  const { application } = facts;

  const closed = closedSince(facts, now);
  if (closed) missing.push({ field: 'kind', code: 'kindClosed', params: { day: closed } });

  const confirmed = new Set(application.confirmedPrerequisiteIds);
  if (facts.prerequisites.some((p) => !confirmed.has(p.id)))
    missing.push({ field: 'prerequisites', code: 'confirmPrerequisites', params: {} });

  if (!application.applicant.email) missing.push({ field: 'contact.email', code: 'enterEmail', params: {} });

  if (needsExamSession(facts.kind)) {
    if (!facts.session) missing.push({ field: 'examSession', code: 'chooseExamSession', params: {} });
    else if (facts.session.registrationDeadline < now && !application.submittedAt)
      missing.push({ field: 'examSession', code: 'chosenExamClosed', params: {} });
  }

  const recertification = recertificationOf(facts);
  if (recertification) {
    const renewed = facts.certificates.find((c) => c.id === application.renewsCertificateId);
    if (recertification.status !== 'open')
      missing.push({ field: 'renews', ...recertificationRefusal(recertification) });
    else if (!renewed) missing.push({ field: 'renews', code: 'chooseRenewedCertificate', params: {} });
  }

  const examDay = facts.session ? tallinnDay(facts.session.startsAt) : null;
  for (const requirement of facts.requirements) {
    const document = facts.documents.find((d) => d.documentTypeId === requirement.typeId);
    const field = `documents.${requirement.slug}`;
    if (!document) {
      if (requirement.required)
        missing.push({
          field,
          code: 'addDocument',
          params: { label: { et: requirement.labelEt, en: requirement.labelEn } },
        });
      continue;
    }
    for (const problem of checkDocument(requirement.rules, document, { today: facts.today, examDay }))
      missing.push({ ...problem, field: `${field}.${problem.field}` });
  }

  if (!application.deliveryOptionId) missing.push({ field: 'delivery', code: 'chooseDelivery', params: {} });
  return missing;
}

/**
 * The last day (Tallinn) of the kind's window if it has closed and this draft may no longer be
 * submitted; null when it may. An application returned for completion was submitted in time; a
 * draft (begun while the kind was open) may come in late only if the body says so.
 */
export function closedSince({ kind, application, body }: ApplicationFacts, now: Date): string | null {
  if (!kind.openUntil || now <= kind.openUntil || application.submittedAt) return null;
  if (body.submitDraftsAfterClose && application.createdAt <= kind.openUntil) return null;
  return tallinnDay(kind.openUntil);
}

/** Why a re-certification cannot be applied for today (seed 003), as a code. */
function recertificationRefusal(r: Exclude<Recertification, { status: 'open' }>): ApplicationCode {
  switch (r.status) {
    case 'not_a_holder':
      return { code: 'notAHolder', params: {} };
    case 'indefinite':
      return { code: 'indefinite', params: { certificate: r.certificate } };
    case 'too_early':
      return { code: 'recertificationTooEarly', params: { opensOn: r.opensOn } };
    case 'too_late':
      return { code: 'recertificationTooLate', params: { closedOn: r.closedOn } };
  }
}
