// An application's life: the one place that moves it from one state to another. Every step locks
// the row, checks under that lock that the application is in a state the step starts from, writes
// the new state, the `application_transitions` row and the audit entry, in the caller's transaction.
import { eq, sql } from 'drizzle-orm';
import { type ApplicationState, isIn, returnable, withdrawable } from '../../contract/application-states.ts';
import type { Transaction } from '../../db/client.ts';
import { applications, applicationTransitions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import { conflict, notFound, type ProblemError } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { applicationPhrase } from './wording.ts';

/** The states the body decides on admission from: sent in, or sent in again after completion. */
const awaitingAdmission = ['submitted', 'resubmitted'] as const satisfies readonly ApplicationState[];

/**
 * Every step an application can take (docs/glossary.md): the states it may start from and the one
 * it ends in. The audit trail names a step `application.<name>`.
 */
export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted' },
  resubmit: { from: ['returned'], to: 'resubmitted' },
  withdraw: { from: withdrawable, to: 'withdrawn' },
  return: { from: returnable, to: 'returned' },
  admit: { from: awaitingAdmission, to: 'admitted' },
  reject: { from: awaitingAdmission, to: 'rejected' },
  bookExam: { from: ['admitted'], to: 'exam_booked' },
  // VÕTA (rpl) is assessed on documents, with no exam to book.
  assess: { from: ['admitted', 'exam_booked'], to: 'assessed' },
  grant: { from: ['assessed'], to: 'granted' },
  refuse: { from: ['assessed'], to: 'refused' },
} as const satisfies Record<string, { from: readonly ApplicationState[]; to: ApplicationState }>;

export type TransitionName = keyof typeof TRANSITIONS;

export type TransitionRequest = {
  id: string;
  name: TransitionName;
  /** Who takes the step, in which role, at which body, and whose application it is (the audit trail). */
  actorId: string;
  role: string;
  bodyId: number;
  subjectId: string;
  now: Date;
  reason?: string | null | undefined;
  requestId?: string | undefined;
  /** Why staff handled the applicant's data (the audit trail's purpose); none for the applicant's own steps. */
  purpose?: string;
  /** Columns the step sets with the state: submitting stamps its time and idempotency key. */
  set?: Pick<typeof applications.$inferInsert, 'submittedAt' | 'idempotencyKey'>;
  /** The refusal when the application is in a state the step does not start from. */
  refused?: (state: ApplicationState) => ProblemError;
};

/**
 * Locks an application's row for the transaction: two requests on it apply one after the other.
 * @returns its state under the lock, or undefined when there is no such application
 */
export async function lockApplication(tx: Transaction, id: string): Promise<ApplicationState | undefined> {
  const [row] = await tx
    .select({ state: applications.state })
    .from(applications)
    .where(eq(applications.id, id))
    .for('update');
  return row?.state;
}

/** 409 naming the state the application is in. */
const wrongState = (name: TransitionName, state: ApplicationState) =>
  conflict(applicationPhrase({ code: 'wrongState', params: { step: name, state } }), {
    extensions: { state },
  });

/**
 * Takes one step of the application's life, in the caller's transaction.
 * @returns the application's row as it now is, and the transition row written
 * @example
 * await db.transaction((tx) =>
 *   transition(tx, { id, name: 'withdraw', actorId, role: 'applicant', bodyId, subjectId: actorId, now }),
 * );
 */
export async function transition(tx: Transaction, request: TransitionRequest) {
  const { id, name, now } = request;
  const { from, to } = TRANSITIONS[name];
  const state = await lockApplication(tx, id);
  if (state === undefined) throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
  if (!isIn(from, state)) throw (request.refused ?? ((s) => wrongState(name, s)))(state);
  const [application] = await tx
    .update(applications)
    .set({ ...request.set, state: to, updatedAt: now, version: sql`${applications.version} + 1` })
    .where(eq(applications.id, id))
    .returning();
  const [step] = await tx
    .insert(applicationTransitions)
    .values({
      applicationId: id,
      fromState: state,
      toState: to,
      step: name,
      actorId: request.actorId,
      reason: request.reason || null,
      at: now,
    })
    .returning();
  if (!application || !step) throw new Error(`application ${id}: the step ${name} was not written`);
  await recordAudit(tx, now, {
    actorId: request.actorId,
    actorRole: request.role,
    bodyId: request.bodyId,
    action: `application.${name}`,
    subjectId: request.subjectId,
    entity: 'application',
    entityId: id,
    requestId: request.requestId,
    ...(request.purpose ? { purpose: request.purpose } : {}),
  });
  return { application, step };
}
