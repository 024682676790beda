// An application's life: the one place that moves it from one state to another. Every step locks
// the row, checks under that lock the version the caller acted on (when it names one), that the
// application is in a state the step starts from and the step's own rule, writes the new state (or
// only the step's columns), raises the version, writes the `application_transitions` row and the
// audit entry, in the caller's transaction.
import { eq, sql } from 'drizzle-orm';
import { type ApplicationState, isIn, returnable, withdrawable } from '../../contract/application-states.ts';
import type { Transaction } from '../../db/client.ts';
import { applications, applicationTransitions } from '../../db/schema/index.ts';
import { recordAudit } from '../audit/record.ts';
import { conflict, notFound, type ProblemError } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { timelineSince } from './history.ts';
import { applicationPhrase } from './wording.ts';

/** The states the body decides on admission from: sent in, or sent in again after completion. */
const awaitingAdmission = ['submitted', 'resubmitted'] as const satisfies readonly ApplicationState[];
/** From sending it in until the exam: the body may record the fee (a waived one may be paid after all). */
const feePayable = [
  'submitted',
  'returned',
  'resubmitted',
  'admitted',
  'exam_booked',
] as const satisfies readonly ApplicationState[];
/** Admitted, with or without the exam booked: the session can still change. */
const inASession = ['admitted', 'exam_booked'] as const satisfies readonly ApplicationState[];

/**
 * Every step an application can take (docs/glossary.md): the states it may start from and the one
 * it ends in — `null` for a step that keeps the state (its transition row has from = to). The audit
 * trail names a step `application.<name>`.
 */
export const TRANSITIONS = {
  submit: { from: ['draft'], to: 'submitted' },
  resubmit: { from: ['returned'], to: 'resubmitted' },
  withdraw: { from: withdrawable, to: 'withdrawn' },
  markFeeReceived: { from: feePayable, to: null },
  acceptDocuments: { from: awaitingAdmission, to: null },
  return: { from: returnable, to: 'returned' },
  admit: { from: awaitingAdmission, to: 'admitted' },
  moveSession: { from: inASession, to: null },
  // Also an application returned for completion that its applicant never completes.
  reject: { from: [...awaitingAdmission, 'returned'], to: 'rejected' },
  bookExam: { from: ['admitted'], to: 'exam_booked' },
  // VÕTA (rpl) is assessed on documents, with no exam to book.
  assess: { from: ['admitted', 'exam_booked'], to: 'assessed' },
  grant: { from: ['assessed'], to: 'granted' },
  refuse: { from: ['assessed'], to: 'refused' },
} as const satisfies Record<string, { from: readonly ApplicationState[]; to: ApplicationState | null }>;

export type TransitionName = keyof typeof TRANSITIONS;

/**
 * What a step needs of the application besides its state, whoever takes it. Seed 003: a received
 * fee is a condition of admission to the exam — unless the body waives it.
 */
const RULES: Partial<Record<TransitionName, (application: LockedApplication) => ProblemError | undefined>> = {
  admit: (a) =>
    a.feeReceivedAt || a.feeWaivedReason
      ? undefined
      : conflict(applicationPhrase({ code: 'feeNotReceived', params: {} }), {
          extensions: { version: a.version, state: a.state },
        }),
};

/** What steps set besides the state and version. */
export type StepColumns = Pick<
  typeof applications.$inferInsert,
  | 'submittedAt'
  | 'idempotencyKey'
  | 'feeReceivedAt'
  | 'feeWaivedReason'
  | 'documentsAcceptedAt'
  | 'examSessionId'
>;

/** The application's row as a step finds it under the lock. */
export type LockedApplication = typeof applications.$inferSelect;

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
  /**
   * The version the caller saw (the console's actions): another one under the lock answers 409 with
   * what changed since (VersionConflict). The applicant's own steps name none.
   */
  version?: number | undefined;
  /** Columns the step sets with the state: submitting stamps its time and idempotency key, … */
  set?: StepColumns;
  /**
   * The step's own rule, checked under the lock once the state allows the step (the fee for an
   * admission, a free place in the session); answers further columns to set.
   */
  check?: (tx: Transaction, application: LockedApplication) => Promise<StepColumns | undefined>;
  /** What the audit entry adds (e.g. the session admitted to). */
  detail?: Record<string, unknown>;
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

/** The same lock, answering the whole row: a step's own rules read its fee, session and version. */
async function lockedRow(tx: Transaction, id: string): Promise<LockedApplication | undefined> {
  const [row] = await tx.select().from(applications).where(eq(applications.id, id)).for('update');
  return row;
}

/** 409 naming the state the application is in. */
const wrongState = (name: TransitionName, state: ApplicationState) =>
  conflict(applicationPhrase({ code: 'wrongState', params: { step: name, state } }), {
    extensions: { state },
  });

/**
 * 409 for an action taken on an old version: the extensions (contract/staff.ts VersionConflict)
 * say the version and state now, and the steps taken since, so the page shows what changed.
 */
async function staleVersion(tx: Transaction, application: LockedApplication, named: number) {
  const { version, state } = application;
  const since = named < version ? await timelineSince(tx, application, version - named) : [];
  return conflict(applicationPhrase({ code: 'staleVersion', params: { named, version } }), {
    extensions: { version, state, since },
  });
}

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
  const { from, to }: { from: readonly ApplicationState[]; to: ApplicationState | null } = TRANSITIONS[name];
  const locked = await lockedRow(tx, id);
  if (locked === undefined) throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
  if (request.version !== undefined && request.version !== locked.version)
    throw await staleVersion(tx, locked, request.version);
  const { state } = locked;
  if (!isIn(from, state)) throw (request.refused ?? ((s) => wrongState(name, s)))(state);
  const broken = RULES[name]?.(locked);
  if (broken) throw broken;
  const checked = await request.check?.(tx, locked);
  const [application] = await tx
    .update(applications)
    .set({
      ...request.set,
      ...checked,
      state: to ?? state,
      updatedAt: now,
      version: sql`${applications.version} + 1`,
    })
    .where(eq(applications.id, id))
    .returning();
  const [step] = await tx
    .insert(applicationTransitions)
    .values({
      applicationId: id,
      fromState: state,
      toState: to ?? state,
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
    ...(request.detail ? { detail: request.detail } : {}),
  });
  return { application, step };
}
