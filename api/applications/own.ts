// An applicant's own applications at one awarding body: every query here is narrowed to the
// signed-in person, so a handler of the applicant's routes cannot read or change anyone else's.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import {
  applicantSnapshot,
  applicationKinds,
  applications,
  applicationTransitions,
  persons,
  qualifications,
} from '../../db/schema/index.ts';
import { nextPaymentReference } from '../../db/sequences.ts';
import { recordAudit } from '../audit/record.ts';
import { windowStatus } from '../catalogue/service.ts';
import { bodyField, notFound, unprocessable } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { type ApplicationFacts, applicationFacts } from './facts.ts';
import { type ApplicantScope, auditedAs, onBehalf } from './scope.ts';
import { applicationView } from './view.ts';
import { type ApplicationCode, applicationPhrase } from './wording.ts';

/** 422 naming the kind asked for, which cannot be applied for. */
const kindProblem = (coded: ApplicationCode) => unprocessable([bodyField('kind', applicationPhrase(coded))]);

/** The facts of one of the person's applications at this body; 404 for anyone else's. */
export async function ownFacts(
  own: ApplicantScope,
  id: string,
  db: Database | Transaction = own.db,
): Promise<ApplicationFacts> {
  const facts = await applicationFacts(db, id, own.now);
  if (!facts || facts.application.applicantId !== own.personId || facts.application.bodyId !== own.body.id)
    throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
  return facts;
}

/** The applicant's view of one of their applications (loads its facts: once per request). */
export async function ownView(own: ApplicantScope, id: string, db: Database | Transaction = own.db) {
  return applicationView(await ownFacts(own, id, db), own.language, own.now);
}

export async function listOwn(own: ApplicantScope) {
  const rows = await own.db
    .select({ id: applications.id })
    .from(applications)
    .where(and(eq(applications.applicantId, own.personId), eq(applications.bodyId, own.body.id)))
    .orderBy(desc(applications.createdAt));
  return Promise.all(rows.map((r) => ownView(own, r.id)));
}

/**
 * The person's draft for a kind of this body's qualification: resumed if there is one, else
 * started — only while the kind takes applications. `created` says which.
 */
export async function startDraft(own: ApplicantScope, q: { qualification: string; kind: string }) {
  const { db, body, personId, now } = own;
  const [kind] = await db
    .select({
      id: applicationKinds.id,
      openFrom: applicationKinds.openFrom,
      openUntil: applicationKinds.openUntil,
    })
    .from(applicationKinds)
    .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
    .where(
      and(
        eq(qualifications.bodyId, body.id),
        eq(qualifications.slug, q.qualification),
        eq(applicationKinds.slug, q.kind),
      ),
    );
  if (!kind)
    throw kindProblem({ code: 'noSuchKind', params: { qualification: q.qualification, body: body.slug } });
  const status = windowStatus(kind.openFrom, kind.openUntil, now);
  if (status !== 'open')
    throw kindProblem({ code: status === 'closed' ? 'kindClosedNow' : 'kindNotOpenYet', params: {} });
  const created = await db.transaction(async (tx) => {
    const [person] = await tx.select().from(persons).where(eq(persons.id, personId));
    if (!person) throw notFound(httpPhrase({ code: 'notFoundSignedInPerson', params: {} }));
    const [row] = await tx
      .insert(applications)
      .values({
        bodyId: body.id,
        applicationKindId: kind.id,
        applicantId: personId,
        // Started by staff on the person's behalf, it says so (the applicant sees who).
        submittedById: own.actorId,
        channel: onBehalf(own) ? 'staff' : 'self',
        applicant: applicantSnapshot(person),
        paymentReference: await nextPaymentReference(tx),
        createdAt: now,
        updatedAt: now,
      })
      // The partial unique index (one draft per person and kind) makes a second click a no-op.
      .onConflictDoNothing({
        target: [applications.applicantId, applications.applicationKindId],
        where: sql`state = 'draft'`,
      })
      .returning({ id: applications.id });
    if (!row) return undefined;
    await tx
      .insert(applicationTransitions)
      .values({ applicationId: row.id, fromState: null, toState: 'draft', actorId: own.actorId, at: now });
    await recordAudit(tx, now, {
      ...auditedAs(own),
      action: 'application.create',
      entity: 'application',
      entityId: row.id,
    });
    return row.id;
  });
  const id =
    created ??
    (
      await db
        .select({ id: applications.id })
        .from(applications)
        .where(
          and(
            eq(applications.applicantId, personId),
            eq(applications.applicationKindId, kind.id),
            eq(applications.state, 'draft'),
          ),
        )
    )[0]?.id;
  if (!id) throw new Error('draft neither created nor found');
  return { created: created !== undefined, application: await ownView(own, id) };
}
