// Everything known about one application, read in a handful of queries: the row, its kind and
// qualification, the body's payment details, prerequisites, documents, fees, session, the
// applicant's certificates, its history. The applicant's view, the completeness check and submit
// all use it; a request loads it once, and a step taken meanwhile updates it (`afterStep`).

import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { holdsAPlace } from '../../contract/application-states.ts';
import { tallinnDay } from '../../contract/calendar.ts';
import type { Database, Transaction } from '../../db/client.ts';
import {
  applicationKinds,
  applications,
  awardingBodies,
  certificates,
  deliveryOptions,
  documents,
  documentTypes,
  examSessions,
  feeItems,
  kindDocuments,
  messages,
  persons,
  prerequisites,
  qualifications,
} from '../../db/schema/index.ts';
import { vatRateOn } from '../catalogue/qualification-query.ts';
import { historyRows } from './history.ts';
import type { transition } from './lifecycle.ts';

export type ApplicationFacts = NonNullable<Awaited<ReturnType<typeof applicationFacts>>>;

const submitter = alias(persons, 'submitter');

export async function applicationFacts(db: Database | Transaction, id: string, now: Date) {
  const today = tallinnDay(now);
  const [row] = await db
    .select({
      application: applications,
      kind: applicationKinds,
      qualification: {
        id: qualifications.id,
        slug: qualifications.slug,
        nameEt: qualifications.nameEt,
        nameEn: qualifications.nameEn,
      },
      body: {
        id: awardingBodies.id,
        slug: awardingBodies.slug,
        nameEt: awardingBodies.nameEt,
        nameEn: awardingBodies.nameEn,
        iban: awardingBodies.iban,
        bankName: awardingBodies.bankName,
        explanationEt: awardingBodies.paymentExplanationEt,
        explanationEn: awardingBodies.paymentExplanationEn,
        submitDraftsAfterClose: awardingBodies.submitDraftsAfterClose,
      },
      // Who made it: the applicant, or the staff member (employer, partner) who applied for them.
      submitter: { givenName: submitter.givenName, familyName: submitter.familyName },
    })
    .from(applications)
    .innerJoin(applicationKinds, eq(applicationKinds.id, applications.applicationKindId))
    .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
    .innerJoin(awardingBodies, eq(awardingBodies.id, applications.bodyId))
    .innerJoin(submitter, eq(submitter.id, applications.submittedById))
    .where(eq(applications.id, id));
  if (!row) return undefined;
  const { application, kind } = row;

  const [
    prerequisiteRows,
    requirementRows,
    documentRows,
    feeRows,
    sessionRows,
    certificateRows,
    delivery,
    unread,
    history,
  ] = await Promise.all([
    db
      .select({
        id: prerequisites.id,
        position: prerequisites.position,
        textEt: prerequisites.textEt,
        textEn: prerequisites.textEn,
      })
      .from(prerequisites)
      .where(eq(prerequisites.applicationKindId, kind.id))
      .orderBy(asc(prerequisites.position)),
    db
      .select({
        typeId: kindDocuments.documentTypeId,
        slug: documentTypes.slug,
        labelEt: kindDocuments.labelEt,
        labelEn: kindDocuments.labelEn,
        required: kindDocuments.required,
        rules: kindDocuments.rules,
        mediaTypes: documentTypes.mediaTypes,
        maxBytes: documentTypes.maxBytes,
      })
      .from(kindDocuments)
      .innerJoin(documentTypes, eq(documentTypes.id, kindDocuments.documentTypeId))
      .where(eq(kindDocuments.applicationKindId, kind.id))
      .orderBy(asc(kindDocuments.position)),
    db
      .select({ document: documents, type: documentTypes.slug })
      .from(documents)
      .leftJoin(documentTypes, eq(documentTypes.id, documents.documentTypeId))
      .where(eq(documents.applicationId, id))
      .orderBy(asc(documents.uploadedAt)),
    db
      .select({
        labelEt: feeItems.labelEt,
        labelEn: feeItems.labelEn,
        netCents: feeItems.netCents,
        currency: feeItems.currency,
        due: feeItems.due,
        id: feeItems.id,
        rate: vatRateOn(sql`${feeItems.vatCountry}`, sql`${feeItems.vatCategory}`, today),
      })
      .from(feeItems)
      .where(eq(feeItems.applicationKindId, kind.id))
      .orderBy(asc(feeItems.position)),
    application.examSessionId === null
      ? Promise.resolve([])
      : db
          .select({
            id: examSessions.id,
            startsAt: examSessions.startsAt,
            place: examSessions.place,
            capacity: examSessions.capacity,
            registrationDeadline: examSessions.registrationDeadline,
          })
          .from(examSessions)
          .where(eq(examSessions.id, application.examSessionId)),
    db
      .select({
        id: certificates.id,
        number: certificates.number,
        qualificationId: certificates.qualificationId,
        qualificationSlug: qualifications.slug,
        qualificationNameEt: qualifications.nameEt,
        qualificationNameEn: qualifications.nameEn,
        issuedOn: certificates.issuedOn,
        validUntil: certificates.validUntil,
        status: certificates.status,
      })
      .from(certificates)
      .innerJoin(qualifications, eq(qualifications.id, certificates.qualificationId))
      .where(
        and(eq(certificates.holderId, application.applicantId), eq(certificates.bodyId, application.bodyId)),
      )
      .orderBy(asc(certificates.issuedOn)),
    application.deliveryOptionId === null
      ? Promise.resolve([])
      : deliveryOptionsWhere(db, today, eq(deliveryOptions.id, application.deliveryOptionId)),
    db
      .select({ n: count() })
      .from(messages)
      .where(and(eq(messages.applicationId, id), eq(messages.fromBody, true), isNull(messages.readAt))),
    historyRows(db, id),
  ]);

  return {
    today,
    application,
    kind,
    qualification: row.qualification,
    body: row.body,
    submitter: row.submitter,
    prerequisites: prerequisiteRows,
    requirements: requirementRows,
    documents: documentRows.map((d) => ({ ...d.document, type: d.type })),
    fees: feeRows,
    session: sessionRows[0] ?? null,
    certificates: certificateRows,
    delivery: delivery[0] ?? null,
    unreadMessages: unread[0]?.n ?? 0,
    history,
  };
}

/**
 * The facts once a step of the application's life (lifecycle.ts) was taken in the same
 * transaction: its row as the step left it, and the step at the end of its history.
 */
export function afterStep(
  facts: ApplicationFacts,
  { application, step }: Awaited<ReturnType<typeof transition>>,
): ApplicationFacts {
  const history = [
    ...facts.history,
    { id: step.id, from: step.fromState, to: step.toState, at: step.at, reason: step.reason },
  ].sort((a, b) => a.at.getTime() - b.at.getTime() || a.id - b.id);
  return { ...facts, application, history };
}

/** Delivery options as the facts hold one: with the VAT rate of the day its cost is paid on. */
export const deliveryOptionsWhere = (db: Database | Transaction, today: string, where: SQL | undefined) =>
  db
    .select({
      id: deliveryOptions.id,
      slug: deliveryOptions.slug,
      labelEt: deliveryOptions.labelEt,
      labelEn: deliveryOptions.labelEn,
      costNetCents: deliveryOptions.costNetCents,
      rate: vatRateOn('EE', 'standard', today),
    })
    .from(deliveryOptions)
    .where(where);

/** How many places of a session other applications hold. */
export async function placesTaken(db: Database | Transaction, sessionId: number, exceptApplication: string) {
  const [row] = await db
    .select({ n: count() })
    .from(applications)
    .where(
      and(
        eq(applications.examSessionId, sessionId),
        inArray(applications.state, [...holdsAPlace]),
        sql`${applications.id} <> ${exceptApplication}`,
      ),
    );
  return row?.n ?? 0;
}
