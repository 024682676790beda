// What the request log says about refusals (401, 403, 429) and failed logins: who the request
// proved to be, as far as it got (internal person and session ids, the body), and a short reason
// code. Never a personal code, a name, a token, a path or a query: the ids are the database's own
// UUIDs, which say nothing without the database. Handlers and guards note what they know on the
// context; request-log.ts writes the one line.
import type { Context } from 'hono';
import type { AppEnv } from './env.ts';

/** Who a request proved to be, for the log. */
export type LoggedActor = {
  via: 'widget' | 'console';
  personId: string;
  sessionId: string;
  /** Widget tokens: the body's slug. */
  body?: string;
};

/** Why a request was refused: a code, so that log searches and alerts can rely on it. */
export type RefusalReason =
  | 'token-malformed'
  | 'token-invalid'
  | 'session-ended'
  | 'origin-mismatch'
  | 'console-session-ended'
  | 'cross-site'
  | 'csrf'
  | 'policy'
  | 'origin-not-registered'
  | 'handoff-origin'
  | 'rate-limit';

/** A login that came back from the provider (or claimed to) and opened no session. */
export type LoginFailure = {
  /** `unknown-state`: unknown, expired, replayed or from another browser. */
  reason: 'unknown-state' | 'access_denied' | 'login_failed';
  /** For `login_failed`: which check failed, as a code (openid-client's, or ours). */
  cause?: string | undefined;
  purpose?: 'widget' | 'console';
  /** The login attempt's id and, for a widget, the body's id. */
  attempt?: string;
  bodyId?: number | null;
};

const env = (c: Context) => c as Context<AppEnv>;

export const noteActor = (c: Context, actor: LoggedActor) => env(c).set('loggedActor', actor);

export const noteRefusal = (c: Context, reason: RefusalReason) => env(c).set('refusal', reason);

/** Notes why, and returns the error to throw: `throw refusal(c, 'csrf', new ProblemError(…))`. */
export function refusal<E>(c: Context, reason: RefusalReason, error: E): E {
  noteRefusal(c, reason);
  return error;
}

export const noteLoginFailure = (c: Context, failure: LoginFailure) => env(c).set('loginFailure', failure);

/** What the log line of a refused request or failed login adds, if anything. */
export function securityFields(c: Context<AppEnv>, status: number) {
  const loginFailure = c.get('loginFailure');
  if (loginFailure) return { message: 'login failed', fields: { loginFailure } };
  if (status === 401 || status === 403 || status === 429)
    return {
      message: 'refused',
      fields: { reason: c.get('refusal') ?? null, actor: c.get('loggedActor') ?? null },
    };
  return undefined;
}
