// Submitting and withdrawing. Submit is idempotent: the application row is locked, so a double
// click or a retried request (same Idempotency-Key) finds it submitted and gets the same answer;
// an exam session's last place goes to one applicant only, its row locked while places are counted.
import { eq } from 'drizzle-orm';
import { applications, applicationTransitions, examSessions, payments } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import { ProblemError } from '../http/problem.ts';
import { missingFor } from './completeness.ts';
import { placesTaken } from './facts.ts';
import { lockApplication, type Own, ownFacts, ownView } from './own.ts';
import { paymentItems } from './view.ts';

export async function submitApplication(own: Own, id: string, idempotencyKey: string | undefined) {
  const { db, now, language, personId } = own;
  const et = language === 'et';
  return db.transaction(async (tx) => {
    await lockApplication(tx, id);
    const facts = await ownFacts(own, id, tx);
    const { application } = facts;
    const { state } = application;
    if (state !== 'draft' && state !== 'returned') {
      // The same request again (a retry, a double click): the answer it would have had.
      if (idempotencyKey !== undefined && application.idempotencyKey === idempotencyKey)
        return ownView(own, id, tx);
      throw new ProblemError(409, 'Conflict', {
        detail: et ? 'Taotlus on juba esitatud.' : 'The application has already been submitted.',
        extensions: { state },
      });
    }
    const missing = missingFor(facts, language, now);
    if (facts.session) {
      // Counted under the session's lock: two applicants cannot both take its last place.
      await tx
        .select({ id: examSessions.id })
        .from(examSessions)
        .where(eq(examSessions.id, facts.session.id))
        .for('update');
      if ((await placesTaken(tx, facts.session.id, id)) >= facts.session.capacity)
        missing.push({
          field: 'examSession',
          detail: et
            ? 'Valitud eksamil pole enam vabu kohti. Vali teine eksamiaeg.'
            : 'The chosen session is now full. Choose another.',
        });
    }
    if (missing.length)
      throw new ProblemError(422, 'Unprocessable Content', {
        detail: et ? 'Taotlusest puudub veel midagi.' : 'The application is not complete yet.',
        errors: missing.map((m) => ({ in: 'body' as const, field: m.field, detail: m.detail })),
      });

    const toState = state === 'draft' ? 'submitted' : 'resubmitted';
    await tx
      .update(applications)
      .set({
        state: toState,
        submittedAt: application.submittedAt ?? now,
        updatedAt: now,
        idempotencyKey: idempotencyKey ?? null,
      })
      .where(eq(applications.id, id));
    await tx
      .insert(applicationTransitions)
      .values({ applicationId: id, fromState: state, toState, actorId: personId, at: now });
    if (state === 'draft') {
      // What is due at submission, with the payment order copy as the proof until the bank confirms it.
      const proof = facts.documents.find((d) => d.type === 'payment-order');
      const due = paymentItems(facts, language).filter((i) => i.due === 'submission' && i.grossCents > 0);
      const fees = facts.fees.filter((f) => f.due === 'submission');
      if (due.length)
        await tx.insert(payments).values(
          due.map((item, i) => ({
            applicationId: id,
            feeItemId: fees[i]?.id ?? null,
            amountCents: item.grossCents,
            currency: item.currency,
            source: 'proof' as const,
            payerName:
              application.invoiceDetails?.payerName ??
              `${application.applicant.givenName} ${application.applicant.familyName}`,
            reference: application.paymentReference,
            proofDocumentId: proof?.id ?? null,
            createdAt: now,
          })),
        );
    }
    await recordAudit(tx, now, {
      actorId: personId,
      actorRole: 'applicant',
      bodyId: own.body.id,
      action: `application.${toState === 'submitted' ? 'submit' : 'resubmit'}`,
      subjectId: personId,
      entity: 'application',
      entityId: id,
      requestId: own.requestId,
    });
    return ownView(own, id, tx);
  });
}

export async function withdrawApplication(own: Own, id: string, reason: string | undefined) {
  const { db, now, language, personId } = own;
  return db.transaction(async (tx) => {
    await lockApplication(tx, id);
    const facts = await ownFacts(own, id, tx);
    const view = await ownView(own, id, tx);
    if (!view.canWithdraw)
      throw new ProblemError(409, 'Conflict', {
        detail:
          language === 'et'
            ? 'Pärast hindamist ei saa taotlust enam tagasi võtta.'
            : 'An application cannot be withdrawn once it has been assessed.',
        extensions: { state: facts.application.state },
      });
    await tx.update(applications).set({ state: 'withdrawn', updatedAt: now }).where(eq(applications.id, id));
    await tx.insert(applicationTransitions).values({
      applicationId: id,
      fromState: facts.application.state,
      toState: 'withdrawn',
      actorId: personId,
      reason: reason || null,
      at: now,
    });
    await recordAudit(tx, now, {
      actorId: personId,
      actorRole: 'applicant',
      bodyId: own.body.id,
      action: 'application.withdraw',
      subjectId: personId,
      entity: 'application',
      entityId: id,
      requestId: own.requestId,
    });
    return ownView(own, id, tx);
  });
}
