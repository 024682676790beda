// What an application still lacks before it can be submitted, field by field, in the applicant's
// language: the review page lists it, the status tracker shows it, and submit refuses with it.
import { formatDay, tallinnDay } from '../../contract/calendar.ts';
import { checkDocument } from '../../contract/document-rules.ts';
import type { Language } from '../http/env.ts';
import type { ApplicationFacts } from './facts.ts';
import { recertificationFor } from './recertification.ts';

export type Missing = { field: string; detail: string };

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

export function missingFor(facts: ApplicationFacts, language: Language, now: Date): Missing[] {
  const et = language === 'et';
  const missing: Missing[] = [];
  const { application } = facts;

  const closed = closedSince(facts, now);
  if (closed)
    missing.push({
      field: 'kind',
      detail: et
        ? `Taotluste vastuvõtt lõppes ${formatDay(closed, language)}.`
        : `Applications closed on ${formatDay(closed, language)}.`,
    });

  const confirmed = new Set(application.confirmedPrerequisiteIds);
  if (facts.prerequisites.some((p) => !confirmed.has(p.id)))
    missing.push({
      field: 'prerequisites',
      detail: et
        ? 'Kinnita, et vastad kõigile eeltingimustele.'
        : 'Confirm that you meet every prerequisite.',
    });

  if (!application.applicant.email)
    missing.push({
      field: 'contact.email',
      detail: et
        ? 'Sisesta e-posti aadress, kuhu kutse andja saab kirjutada.'
        : 'Enter an e-mail address the awarding body can write to.',
    });

  if (needsExamSession(facts.kind)) {
    if (!facts.session)
      missing.push({ field: 'examSession', detail: et ? 'Vali eksamiaeg.' : 'Choose an exam session.' });
    else if (facts.session.registrationDeadline < now && !application.submittedAt)
      missing.push({
        field: 'examSession',
        detail: et
          ? 'Valitud eksamile registreerimine on lõppenud. Vali teine eksamiaeg.'
          : 'Registration for the chosen exam has closed. Choose another session.',
      });
  }

  const recertification = recertificationOf(facts);
  if (recertification) {
    const renewed = facts.certificates.find((c) => c.id === application.renewsCertificateId);
    if (recertification.status !== 'open')
      missing.push({ field: 'renews', detail: recertificationMessage(recertification, language) });
    else if (!renewed)
      missing.push({
        field: 'renews',
        detail: et ? 'Vali tunnistus, mida taastõendad.' : 'Choose the certificate you are renewing.',
      });
  }

  const examDay = facts.session ? tallinnDay(facts.session.startsAt) : null;
  for (const requirement of facts.requirements) {
    const document = facts.documents.find((d) => d.documentTypeId === requirement.typeId);
    const label = et ? requirement.labelEt : requirement.labelEn;
    if (!document) {
      if (requirement.required)
        missing.push({
          field: `documents.${requirement.slug}`,
          detail: et ? `Lisa dokument: ${label}.` : `Add the document: ${label}.`,
        });
      continue;
    }
    for (const problem of checkDocument(
      requirement.rules,
      document,
      { today: facts.today, examDay },
      language,
    ))
      missing.push({ field: `documents.${requirement.slug}.${problem.field}`, detail: problem.detail });
  }

  if (!application.deliveryOptionId)
    missing.push({
      field: 'delivery',
      detail: et
        ? 'Vali, kas soovid paberil tunnistust ja kuidas see sinuni jõuab.'
        : 'Choose whether you want a paper certificate and how it reaches you.',
    });
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

/** What applies when today is outside the re-certification window (seed 003), in words. */
export function recertificationMessage(
  r: NonNullable<ReturnType<typeof recertificationOf>>,
  language: Language,
): string {
  const et = language === 'et';
  const day = (iso: string) => formatDay(iso, language);
  switch (r.status) {
    case 'not_a_holder':
      return et
        ? 'Taastõendada saab ainult selle kutse omanik. Taotle kutset esmakordselt.'
        : 'Only a holder of this qualification can re-certify. Apply for it as a first application.';
    case 'indefinite':
      return et
        ? `Sinu tunnistus ${r.certificate} on tähtajatu: seda ei pea taastõendama.`
        : `Your certificate ${r.certificate} is indefinite: it needs no re-certification.`;
    case 'too_early':
      return et
        ? `Taastõendamise taotlust saab esitada alates ${day(r.opensOn)}.`
        : `You can apply for re-certification from ${day(r.opensOn)}.`;
    case 'too_late':
      return et
        ? `Taastõendamise aeg lõppes ${day(r.closedOn)}. Taotle kutset esmakordselt.`
        : `The re-certification window closed on ${day(r.closedOn)}. Apply as for the first time.`;
    case 'open':
      return et
        ? `Taastõendada saab kuni ${day(r.closesOn)}.`
        : `You can re-certify until ${day(r.closesOn)}.`;
  }
}
