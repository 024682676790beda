// Saving a draft as the applicant goes (or an application returned for completion): only the
// fields sent change, each checked against the body's own data; a refusal names its field.
import { and, eq } from 'drizzle-orm';
import type { DraftPatch } from '../../contract/applications.ts';
import { applications, deliveryOptions, examSessions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import { bodyField, conflict, unprocessable } from '../http/problem.ts';
import { needsExamSession } from './completeness.ts';
import { type ApplicationFacts, deliveryOptionsWhere, placesTaken } from './facts.ts';
import { lockApplication } from './lifecycle.ts';
import { ownFacts } from './own.ts';
import { type ApplicantScope, auditedAs } from './scope.ts';
import { applicationView, isEditable } from './view.ts';
import { type ApplicationIssue, applicationPhrase } from './wording.ts';

/** 409 for a change to an application past the applicant's hands; the state is named for callers. */
export const notEditable = (state: string) =>
  conflict(applicationPhrase({ code: 'notEditable', params: { state } }), { extensions: { state } });

/** 422 naming the body's field whose value the body's own data refuses. */
export const fieldProblem = (issue: ApplicationIssue) =>
  unprocessable([bodyField(issue.field, applicationPhrase(issue))]);

export async function patchDraft(own: ApplicantScope, id: string, patch: DraftPatch) {
  const { db, now } = own;
  return db.transaction(async (tx) => {
    // Locks the row: two tabs saving at once apply one after the other.
    await lockApplication(tx, id);
    const facts = await ownFacts(own, id, tx);
    const { application } = facts;
    if (!isEditable(application.state)) throw notEditable(application.state);
    const set: Partial<typeof applications.$inferInsert> = { updatedAt: now };
    // What the answer shows of the session and delivery chosen, as this save leaves them.
    let { session, delivery } = facts;

    if (patch.contact) {
      const { email, phone } = patch.contact;
      set.applicant = {
        ...application.applicant,
        ...(email !== undefined ? { email } : {}),
        ...(phone !== undefined ? { phone } : {}),
      };
    }

    if (patch.confirmedPrerequisites) {
      const byPosition = new Map(facts.prerequisites.map((p) => [p.position, p.id]));
      const unknown = patch.confirmedPrerequisites.find((n) => !byPosition.has(n));
      if (unknown !== undefined)
        throw fieldProblem({
          field: 'confirmedPrerequisites',
          code: 'noSuchPrerequisite',
          params: { position: unknown },
        });
      set.confirmedPrerequisiteIds = [...new Set(patch.confirmedPrerequisites)].map(
        (n) => byPosition.get(n) as number,
      );
    }

    if (patch.examSession !== undefined) {
      session = patch.examSession === null ? null : await checkSession(own, facts, patch.examSession, tx);
      set.examSessionId = patch.examSession;
    }

    if (patch.renews !== undefined) {
      const certificate =
        patch.renews === null
          ? null
          : facts.certificates.find(
              (c) => c.number === patch.renews && c.qualificationId === facts.qualification.id,
            );
      if (certificate === undefined)
        throw fieldProblem({ field: 'renews', code: 'noSuchCertificate', params: {} });
      set.renewsCertificateId = certificate?.id ?? null;
    }

    if (patch.invoice !== undefined) set.invoiceDetails = patch.invoice;
    if (patch.publicConsent !== undefined) set.publicConsent = patch.publicConsent;

    if (patch.delivery !== undefined) {
      if (patch.delivery === null) {
        set.deliveryOptionId = null;
        delivery = null;
      } else {
        const [option] = await deliveryOptionsWhere(
          tx,
          facts.today,
          and(eq(deliveryOptions.bodyId, own.body.id), eq(deliveryOptions.slug, patch.delivery)),
        );
        if (!option) throw fieldProblem({ field: 'delivery', code: 'noSuchDelivery', params: {} });
        set.deliveryOptionId = option.id;
        delivery = option;
      }
    }

    const [saved] = await tx.update(applications).set(set).where(eq(applications.id, id)).returning();
    if (!saved) throw new Error(`application ${id} vanished under its lock`);
    // Which parts were saved, never their values (contact details, invoice data).
    await recordAudit(tx, now, {
      ...auditedAs(own),
      action: 'application.update',
      entity: 'application',
      entityId: id,
      detail: { fields: Object.keys(patch).sort() },
    });
    // The facts read above, as this save changed them: the answer needs no second read.
    return applicationView({ ...facts, application: saved, session, delivery }, own.language, now);
  });
}

/** A session of this qualification, still taking registrations, with a free place; as the facts hold one. */
async function checkSession(
  own: ApplicantScope,
  facts: ApplicationFacts,
  sessionId: number,
  tx: Parameters<typeof placesTaken>[0],
) {
  const refuse = (
    code: 'noExamForKind' | 'noSuchExamSession' | 'examRegistrationClosed' | 'examSessionFull',
  ) => fieldProblem({ field: 'examSession', code, params: {} });
  if (!needsExamSession(facts.kind)) throw refuse('noExamForKind');
  const [session] = await tx
    .select()
    .from(examSessions)
    .where(and(eq(examSessions.id, sessionId), eq(examSessions.qualificationId, facts.qualification.id)));
  if (!session) throw refuse('noSuchExamSession');
  if (session.registrationDeadline < own.now) throw refuse('examRegistrationClosed');
  if ((await placesTaken(tx, session.id, facts.application.id)) >= session.capacity)
    throw refuse('examSessionFull');
  const { id, startsAt, place, capacity, registrationDeadline } = session;
  return { id, startsAt, place, capacity, registrationDeadline };
}
