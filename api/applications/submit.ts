// Submitting and withdrawing. Submit is idempotent: the application row is locked, so a double
// click or a retried request (same Idempotency-Key) finds it submitted and gets the same answer;
// an exam session's last place goes to one applicant only, its row locked while places are counted.
import { eq } from 'drizzle-orm';
import { isIn } from '../../contract/application-states.ts';
import type { Transaction } from '../../db/client.ts';
import { applications, examSessions, payments, persons } from '../../db/schema/index.ts';
import { conflict, unprocessable } from '../http/problem.ts';
import { missingFor } from './completeness.ts';
import { afterStep, placesTaken } from './facts.ts';
import { lockApplication, TRANSITIONS, transition } from './lifecycle.ts';
import { ownFacts } from './own.ts';
import { type ApplicantScope, auditedAs } from './scope.ts';
import { applicationView, paymentItems } from './view.ts';
import { applicationPhrase } from './wording.ts';

/** The step's actor: the applicant on their own data, or the staff member applying for them. */
const stepBy = (own: ApplicantScope) => {
  const { actorRole, ...audited } = auditedAs(own);
  return { ...audited, role: actorRole, now: own.now };
};

export async function submitApplication(own: ApplicantScope, id: string, idempotencyKey: string | undefined) {
  const { db, now, language } = own;
  return db.transaction(async (tx) => {
    await lockApplication(tx, id);
    const facts = await ownFacts(own, id, tx);
    const { application } = facts;
    const { state } = application;
    const name = state === 'returned' ? 'resubmit' : 'submit';
    if (!isIn(TRANSITIONS[name].from, state)) {
      // The same request again (a retry, a double click): the answer it would have had.
      if (idempotencyKey !== undefined && application.idempotencyKey === idempotencyKey)
        return applicationView(facts, language, now);
      throw conflict(applicationPhrase({ code: 'alreadySubmitted', params: {} }), { extensions: { state } });
    }
    const missing = missingFor(facts, now);
    if (facts.session) {
      // Counted under the session's lock: two applicants cannot both take its last place.
      await tx
        .select({ id: examSessions.id })
        .from(examSessions)
        .where(eq(examSessions.id, facts.session.id))
        .for('update');
      if ((await placesTaken(tx, facts.session.id, id)) >= facts.session.capacity)
        missing.push({ field: 'examSession', code: 'chosenExamFull', params: {} });
    }
    if (missing.length)
      throw unprocessable(
        missing.map((m) => ({ in: 'body', field: m.field, detail: applicationPhrase(m) })),
        applicationPhrase({ code: 'incomplete', params: {} }),
      );

    // Whoever sends a draft in submitted it: a colleague of the one who began it for the person, or
    // the person finishing a draft staff began. Sent in again after completion, it stays theirs.
    const submittedNow = name === 'submit' && application.submittedById !== own.actorId;
    const submitter = submittedNow ? await submitterNamed(tx, own.actorId) : facts.submitter;
    if (submittedNow)
      await tx.update(applications).set({ submittedById: own.actorId }).where(eq(applications.id, id));
    const step = await transition(tx, {
      ...stepBy(own),
      id,
      name,
      set: { submittedAt: application.submittedAt ?? now, idempotencyKey: idempotencyKey ?? null },
    });
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
    return applicationView({ ...afterStep(facts, step), submitter }, language, now);
  });
}

export async function withdrawApplication(own: ApplicantScope, id: string, reason: string | undefined) {
  const { db, now, language } = own;
  return db.transaction(async (tx) => {
    await lockApplication(tx, id);
    const facts = await ownFacts(own, id, tx);
    const step = await transition(tx, {
      ...stepBy(own),
      id,
      name: 'withdraw',
      reason,
      refused: (state) =>
        conflict(applicationPhrase({ code: 'cannotWithdraw', params: {} }), { extensions: { state } }),
    });
    return applicationView(afterStep(facts, step), language, now);
  });
}

/** The name the applicant is shown for who submitted their application. */
async function submitterNamed(tx: Transaction, personId: string) {
  const [person] = await tx
    .select({ givenName: persons.givenName, familyName: persons.familyName })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!person) throw new Error(`the submitter ${personId} is not a person`);
  return person;
}
