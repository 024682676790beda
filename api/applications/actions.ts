// The body's steps on one application from the console: mark the fee received (or waive it), accept
// the documents, return for completion, admit to an exam session, move to another session, reject.
// Each goes through the caller's tenant scope (another body's application is not found), takes its
// step in lifecycle.ts under the row lock with the version the caller saw, and queues the applicant's
// e-mail in the same transaction.
import { and, eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { applicationKinds, examSessions } from '../../db/schema/index.ts';
import type { Language } from '../http/env.ts';
import { bodyField, conflict, notFound, unprocessable } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import type { MailQueue } from '../mail/outbox.ts';
import type { MailContent } from '../mail/templates.ts';
import { placesTaken } from './facts.ts';
import { applicationFile } from './file.ts';
import {
  type LockedApplication,
  type TransitionName,
  type TransitionRequest,
  transition,
} from './lifecycle.ts';
import { type Common, notifyApplicant, sessionTime } from './notify.ts';
import type { StaffScope } from './scope.ts';
import { applicationPhrase } from './wording.ts';

const PURPOSE = 'application processing';

/** The body's application as the caller may see it, or 404 (another body's is never found). */
export async function visible(scope: StaffScope, id: string) {
  const row = await scope.tenant.applications.get(id);
  if (!row) throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
  return row;
}

/** 422 naming the body's `session`. */
const sessionRefused = (
  code:
    | 'noSuchExamSession'
    | 'sessionStarted'
    | 'examSessionFull'
    | 'noExamForKind'
    | 'chooseExamSession'
    | 'sameSession',
) => unprocessable([bodyField('session', applicationPhrase({ code, params: {} }))]);

/** 409 for a step its application's facts do not allow now (the fee, documents already accepted). */
const refusedNow = (
  code: 'feeAlreadyReceived' | 'feeAlreadyWaived' | 'documentsAlreadyAccepted',
  application: LockedApplication,
) =>
  conflict(applicationPhrase({ code, params: {} }), {
    extensions: { version: application.version, state: application.state },
  });

async function kindOf(tx: Transaction, application: LockedApplication) {
  const [kind] = await tx
    .select({ kind: applicationKinds.kind, qualificationId: applicationKinds.qualificationId })
    .from(applicationKinds)
    .where(eq(applicationKinds.id, application.applicationKindId));
  if (!kind) throw new Error(`application ${application.id} has no kind`);
  // VÕTA (rpl) is assessed on documents, with no exam to book (completeness.ts needsExamSession).
  return { ...kind, hasExam: kind.kind !== 'rpl' };
}

/**
 * A session of the body, of the application's qualification, not yet begun, with a place free: its
 * row is locked, so two admissions to its last place apply one after the other. The applicants'
 * registration deadline does not bind the body, which may still place someone after it.
 */
async function openSession(tx: Transaction, application: LockedApplication, sessionId: number, now: Date) {
  const { qualificationId } = await kindOf(tx, application);
  const [session] = await tx
    .select()
    .from(examSessions)
    .where(
      and(
        eq(examSessions.id, sessionId),
        eq(examSessions.bodyId, application.bodyId),
        eq(examSessions.qualificationId, qualificationId),
      ),
    )
    .for('update');
  if (!session) throw sessionRefused('noSuchExamSession');
  if (session.startsAt <= now) throw sessionRefused('sessionStarted');
  if ((await placesTaken(tx, session.id, application.id)) >= session.capacity)
    throw sessionRefused('examSessionFull');
  return session;
}

type Session = Awaited<ReturnType<typeof openSession>>;

/** What a step needs beyond its name: its reason, rule, columns and e-mail. */
type StepOptions = Pick<TransitionRequest, 'reason' | 'set' | 'check' | 'detail' | 'refused'> & {
  /** The applicant's e-mail about the step, keyed by the transition row. */
  email?: (common: Common, language: Language) => MailContent;
  emailKey?: string;
};

export type Actions = ReturnType<typeof applicationActions>;

/**
 * @example
 * const actions = applicationActions(db, deps.mail);
 * const file = await actions.admit(scope, id, 4, 12); // version 4 as the page showed it, session 12
 */
export function applicationActions(db: Database, mail?: MailQueue) {
  /** Takes one step as the caller, in its own transaction; `version` undefined takes the current one (bulk). */
  async function take(
    scope: StaffScope,
    id: string,
    version: number | undefined,
    name: TransitionName,
    { email, emailKey = name, ...options }: StepOptions,
  ) {
    const row = await visible(scope, id);
    await db.transaction(async (tx) => {
      const { step } = await transition(tx, {
        id,
        name,
        actorId: scope.actor.personId,
        role: scope.role,
        bodyId: scope.body.id,
        subjectId: row.applicantId,
        now: scope.now,
        requestId: scope.requestId,
        purpose: PURPOSE,
        version,
        ...options,
      });
      if (email) await notifyApplicant(tx, mail, id, `${emailKey}:${step.id}`, email);
    });
  }

  const steps = {
    /** The fee arrived, or — with `waivedBecause` — the body admits without it. No e-mail. */
    markFeeReceived(scope: StaffScope, id: string, version: number | undefined, waivedBecause?: string) {
      return take(scope, id, version, 'markFeeReceived', {
        reason: waivedBecause ?? null,
        check: async (_tx, a) => {
          if (a.feeReceivedAt) throw refusedNow('feeAlreadyReceived', a);
          if (waivedBecause === undefined) return { feeReceivedAt: scope.now };
          if (a.feeWaivedReason) throw refusedNow('feeAlreadyWaived', a);
          return { feeWaivedReason: waivedBecause };
        },
      });
    },

    acceptDocuments(scope: StaffScope, id: string, version: number | undefined) {
      return take(scope, id, version, 'acceptDocuments', {
        check: async (_tx, a) => {
          if (a.documentsAcceptedAt) throw refusedNow('documentsAlreadyAccepted', a);
          return { documentsAcceptedAt: scope.now };
        },
      });
    },

    /** Back to the applicant, saying what is missing; the documents count as not accepted until sent again. */
    returnForCompletion(scope: StaffScope, id: string, version: number | undefined, reason: string) {
      return take(scope, id, version, 'return', {
        reason,
        set: { documentsAcceptedAt: null },
        refused: (state) =>
          conflict(applicationPhrase({ code: 'notReturnable', params: { state } }), {
            extensions: { state },
          }),
        emailKey: 'returned',
        email: (common) => ({ template: 'returnedForCompletion', params: { ...common, missing: reason } }),
      });
    },

    /**
     * Admits to the assessment: only once the fee is received or waived (lifecycle.ts). To `session`, or
     * without one to the session the applicant chose; admission accepts the documents too.
     */
    admit(scope: StaffScope, id: string, version: number | undefined, sessionId?: number) {
      let session: Session | undefined;
      return take(scope, id, version, 'admit', {
        ...(sessionId === undefined ? {} : { detail: { session: sessionId } }),
        check: async (tx, a) => {
          const { hasExam } = await kindOf(tx, a);
          const accepted = { documentsAcceptedAt: a.documentsAcceptedAt ?? scope.now };
          if (!hasExam) {
            if (sessionId !== undefined) throw sessionRefused('noExamForKind');
            return accepted;
          }
          const chosen = sessionId ?? a.examSessionId;
          if (chosen === null) throw sessionRefused('chooseExamSession');
          session = await openSession(tx, a, chosen, scope.now);
          return { ...accepted, examSessionId: session.id };
        },
        email: (common, language) => ({
          template: 'admitted',
          params: session
            ? { ...common, session: sessionTime(session.startsAt, language), place: session.place }
            : {
                ...common,
                session: language === 'et' ? 'hindamine dokumentide alusel' : 'assessed on the documents',
                place: '—',
              },
        }),
      });
    },

    /** Another session for an admitted applicant, saying why. */
    moveSession(
      scope: StaffScope,
      id: string,
      version: number | undefined,
      sessionId: number,
      reason: string,
    ) {
      let session: Session | undefined;
      return take(scope, id, version, 'moveSession', {
        reason,
        detail: { session: sessionId },
        check: async (tx, a) => {
          if (!(await kindOf(tx, a)).hasExam) throw sessionRefused('noExamForKind');
          if (a.examSessionId === sessionId) throw sessionRefused('sameSession');
          session = await openSession(tx, a, sessionId, scope.now);
          return { examSessionId: session.id };
        },
        email: (common, language) => ({
          template: 'sessionChanged',
          params: {
            ...common,
            session: session ? sessionTime(session.startsAt, language) : '',
            place: session?.place ?? '',
            reason,
          },
        }),
      });
    },

    reject(scope: StaffScope, id: string, version: number | undefined, reason: string) {
      return take(scope, id, version, 'reject', {
        reason,
        email: (common) => ({ template: 'rejected', params: { ...common, reason } }),
      });
    },
  };

  /** Each step answering the application's page as it now is. */
  const answering =
    <A extends unknown[]>(step: (scope: StaffScope, id: string, ...rest: A) => Promise<void>) =>
    async (scope: StaffScope, id: string, ...rest: A) => {
      await step(scope, id, ...rest);
      return applicationFile(db, id, scope.language, scope.now);
    };

  return {
    /** The steps alone, answering nothing (bulk actions take many). */
    steps,
    markFeeReceived: answering(steps.markFeeReceived),
    acceptDocuments: answering(steps.acceptDocuments),
    returnForCompletion: answering(steps.returnForCompletion),
    admit: answering(steps.admit),
    moveSession: answering(steps.moveSession),
    reject: answering(steps.reject),
  };
}
