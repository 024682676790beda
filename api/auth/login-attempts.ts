// Logins in progress. The callback may reach a different API process than the one that started
// the login, so what it must check (state, nonce, PKCE verifier) waits in PostgreSQL, hashed
// where it is a secret, and each attempt can be completed once only.
import { and, eq, gt, isNotNull, isNull } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { loginAttempts } from '../../db/schema/index.ts';
import { sha256 } from './secrets.ts';

export type LoginAttempt = typeof loginAttempts.$inferSelect;

/** A login must come back from the identity provider within this time. */
export const ATTEMPT_MINUTES = 10;

export async function recordAttempt(
  db: Database,
  values: {
    state: string;
    nonce: string;
    codeVerifier: string | null;
    methods: string[];
    purpose: 'widget' | 'console';
    bodyId?: number;
    origin?: string;
    /** SHA-256 of the widget's handoff secret, as the widget sends it (the secret never travels in a URL). */
    handoffHash?: string;
    returnTo?: string;
    language: string;
    browserHash: string;
    now: Date;
  },
) {
  const { state, now, ...rest } = values;
  await db.insert(loginAttempts).values({
    ...rest,
    stateHash: sha256(state),
    createdAt: now,
    expiresAt: new Date(now.getTime() + ATTEMPT_MINUTES * 60_000),
  });
}

/**
 * Marks the attempt with this `state` completed and returns it — or nothing, for an unknown,
 * expired or already completed (replayed) state. One UPDATE, so two racing callbacks cannot both win.
 */
export async function completeAttempt(db: Database | Transaction, state: string, now: Date) {
  const [row] = await db
    .update(loginAttempts)
    .set({ completedAt: now })
    .where(
      and(
        eq(loginAttempts.stateHash, sha256(state)),
        isNull(loginAttempts.completedAt),
        gt(loginAttempts.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

export async function attachSession(tx: Database | Transaction, attemptId: string, sessionId: string) {
  await tx.update(loginAttempts).set({ sessionId }).where(eq(loginAttempts.id, attemptId));
}

/** A completed login that opened no session, and why: the handoff then answers with the reason. */
export async function recordFailure(
  db: Database,
  attemptId: string,
  failure: 'access_denied' | 'login_failed',
) {
  await db.update(loginAttempts).set({ failure }).where(eq(loginAttempts.id, attemptId));
}

/**
 * The handoff fallback: `ready` once the login has a session (and only once: it is marked handed
 * over); `pending` while the person is at the identity provider or the callback is still at work;
 * `failed` with the reason; `gone` when the handoff is unknown, expired or already collected.
 */
export async function claimHandoff(
  db: Database,
  handoff: string,
  now: Date,
): Promise<
  | { status: 'ready'; attempt: LoginAttempt }
  | { status: 'failed'; failure: string }
  | { status: 'pending' | 'gone' }
> {
  const hash = sha256(handoff);
  const [claimed] = await db
    .update(loginAttempts)
    .set({ handedOverAt: now })
    .where(
      and(
        eq(loginAttempts.handoffHash, hash),
        isNull(loginAttempts.handedOverAt),
        isNotNull(loginAttempts.sessionId),
        gt(loginAttempts.expiresAt, now),
      ),
    )
    .returning();
  if (claimed) return { status: 'ready', attempt: claimed };
  const [attempt] = await db
    .select({
      failure: loginAttempts.failure,
      handedOverAt: loginAttempts.handedOverAt,
    })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.handoffHash, hash), gt(loginAttempts.expiresAt, now)));
  if (!attempt || attempt.handedOverAt) return { status: 'gone' };
  if (attempt.failure) return { status: 'failed', failure: attempt.failure };
  // Not completed yet, or completed with no session yet: the callback is exchanging the code.
  return { status: 'pending' };
}
