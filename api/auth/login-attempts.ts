// Logins in progress. The callback may reach a different API process than the one that started
// the login, so what it must check (state, nonce, PKCE verifier) waits in PostgreSQL, hashed
// where it is a secret, and each attempt can be completed once only.
import { and, eq, gt, isNotNull, isNull, or } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { loginAttempts } from '../../db/schema/index.ts';
import { ProblemError } from '../http/problem.ts';
import { sha256 } from './secrets.ts';

export type LoginAttempt = typeof loginAttempts.$inferSelect;

/** A login must come back from the identity provider within this time. */
export const ATTEMPT_MINUTES = 10;

/**
 * The widget collects its token by the handoff within this time after the login: it polls every
 * few seconds, so the token waits no longer than that for whoever holds the handoff's secret.
 */
export const HANDOFF_MINUTES = 2;

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
    /** SHA-256 of the confirmation page's one-time value: the login waits for the person's Continue. */
    confirmHash?: string;
    returnTo?: string;
    language: string;
    browserHash: string;
    now: Date;
  },
) {
  const { state, now, ...rest } = values;
  const inserted = await db
    .insert(loginAttempts)
    .values({
      ...rest,
      stateHash: sha256(state),
      createdAt: now,
      expiresAt: new Date(now.getTime() + ATTEMPT_MINUTES * 60_000),
    })
    // A handoff is one login's: a start link opened twice (reloaded, or sent around) gets a clear
    // 409, not the unique index's error as a 500. The widget makes a fresh secret per sign-in.
    .onConflictDoNothing({ target: loginAttempts.handoffHash })
    .returning({ id: loginAttempts.id });
  if (inserted.length === 0)
    throw new ProblemError(409, 'Conflict', {
      detail:
        values.language === 'en'
          ? 'This sign-in link has been used already. Close this window and sign in again on the website.'
          : 'Seda sisselogimise linki on juba kasutatud. Sulgege see aken ja logige veebilehel uuesti sisse.',
    });
}

/**
 * Marks the attempt with this `state` completed and returns it — or nothing, for an unknown,
 * expired, unconfirmed or already completed (replayed) state, or one that comes back to another
 * browser than the one that started it (`browser`: the secret of that browser's cookie). Checked
 * in the same UPDATE, so that neither a race nor a callback opened elsewhere uses up the login.
 */
export async function completeAttempt(
  db: Database | Transaction,
  { state, browser }: { state: string; browser: string | undefined },
  now: Date,
) {
  if (!browser) return undefined;
  const [row] = await db
    .update(loginAttempts)
    .set({ completedAt: now })
    .where(
      and(
        eq(loginAttempts.stateHash, sha256(state)),
        eq(loginAttempts.browserHash, sha256(browser)),
        isNull(loginAttempts.confirmHash),
        isNull(loginAttempts.completedAt),
        gt(loginAttempts.expiresAt, now),
      ),
    )
    .returning();
  return row;
}

/** The open attempt waiting for the confirmation with this one-time value, in this browser. */
const awaitingConfirmation = (confirm: string, browser: string, now: Date) =>
  and(
    eq(loginAttempts.confirmHash, sha256(confirm)),
    eq(loginAttempts.browserHash, sha256(browser)),
    isNull(loginAttempts.completedAt),
    gt(loginAttempts.expiresAt, now),
  );

/** The language of the attempt awaiting this confirmation, or undefined when there is none. */
export async function attemptToConfirm(db: Database, confirm: string, browser: string, now: Date) {
  const [row] = await db
    .select({ language: loginAttempts.language })
    .from(loginAttempts)
    .where(awaitingConfirmation(confirm, browser, now));
  return row;
}

/**
 * The person continued: the attempt goes to the identity provider with a fresh `state` (the
 * confirmation page never saw one) and its full time. Once only: the value is cleared.
 */
export async function confirmAttempt(
  db: Database,
  { confirm, browser, now }: { confirm: string; browser: string; now: Date },
  start: { state: string; nonce: string; codeVerifier: string | null },
) {
  const [row] = await db
    .update(loginAttempts)
    .set({
      confirmHash: null,
      stateHash: sha256(start.state),
      nonce: start.nonce,
      codeVerifier: start.codeVerifier,
      expiresAt: new Date(now.getTime() + ATTEMPT_MINUTES * 60_000),
    })
    .where(awaitingConfirmation(confirm, browser, now))
    .returning();
  return row;
}

/** The person cancelled on the confirmation page: the login ends as if cancelled at the provider. */
export async function cancelAttempt(
  db: Database,
  { confirm, browser, now }: { confirm: string; browser: string; now: Date },
) {
  const [row] = await db
    .update(loginAttempts)
    .set({ confirmHash: null, completedAt: now, failure: 'access_denied' })
    .where(awaitingConfirmation(confirm, browser, now))
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
 * over), for HANDOFF_MINUTES after the login; `pending` while the person confirms, is at the
 * identity provider or the callback is still at work; `failed` with the reason; `gone` when the
 * handoff is unknown, expired or already collected.
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
  const handoffSince = new Date(now.getTime() - HANDOFF_MINUTES * 60_000);
  const [claimed] = await db
    .update(loginAttempts)
    .set({ handedOverAt: now })
    .where(
      and(
        eq(loginAttempts.handoffHash, hash),
        isNull(loginAttempts.handedOverAt),
        isNull(loginAttempts.confirmHash),
        isNotNull(loginAttempts.sessionId),
        gt(loginAttempts.completedAt, handoffSince),
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
    .where(
      and(
        eq(loginAttempts.handoffHash, hash),
        or(
          and(isNull(loginAttempts.completedAt), gt(loginAttempts.expiresAt, now)),
          gt(loginAttempts.completedAt, handoffSince),
        ),
      ),
    );
  if (!attempt || attempt.handedOverAt) return { status: 'gone' };
  if (attempt.failure) return { status: 'failed', failure: attempt.failure };
  // Not completed yet, or completed with no session yet: the callback is exchanging the code.
  return { status: 'pending' };
}
