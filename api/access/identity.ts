// How a request proves who sent it: a widget's Bearer token (from a website the body registered,
// the same one the token was issued to), or the console's session cookie (with a CSRF token on
// every state-changing request).
import type { Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import type { AuthConfig } from '../auth/config.ts';
import { liveConsoleSession, liveWidgetSession, type Session } from '../auth/sessions.ts';
import { verifyToken } from '../auth/tokens.ts';
import { isRegisteredOrigin } from '../bodies/origins.ts';
import { ProblemError } from '../http/problem.ts';
import { noteActor, refusal } from '../http/security-log.ts';

export type Identity = { personId: string; via: 'console' | 'widget'; session: Session };

/** The console cookie's name: `__Host-` (Secure, no Domain, Path=/) whenever the API is on https. */
export const sessionCookieName = (auth: AuthConfig) =>
  auth.publicUrl.startsWith('https://') ? '__Host-kutse_session' : 'kutse_session';

export const CSRF_HEADER = 'X-CSRF-Token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const unauthorized = (detail: string) =>
  new ProblemError(401, 'Unauthorized', { detail, headers: { 'WWW-Authenticate': 'Bearer' } });

/**
 * The request's identity, undefined when it carries none; throws 401/403 for a bad one.
 * `page`: the request is for one of the console's own HTML pages, which shows the person nothing
 * but their own name and roles, so any site may link to it (a data read may not be linked to).
 */
export async function identify(
  c: Context,
  { db, clock, auth }: { db: Database; clock: Clock; auth: AuthConfig },
  { page = false }: { page?: boolean } = {},
): Promise<Identity | undefined> {
  const now = clock.now();
  const authorization = c.req.header('authorization');
  if (authorization) {
    const [scheme, token] = authorization.split(' ');
    if (scheme?.toLowerCase() !== 'bearer' || !token)
      throw refusal(c, 'token-malformed', unauthorized('Send the token as `Authorization: Bearer …`.'));
    const claims = await verifyToken(auth.tokenKeys, token, { issuer: auth.publicUrl, now });
    if (!claims)
      throw refusal(c, 'token-invalid', unauthorized('The token is invalid or has expired. Sign in again.'));
    noteActor(c, {
      via: 'widget',
      personId: claims.personId,
      sessionId: claims.sessionId,
      body: claims.body,
    });
    const session = await liveWidgetSession(db, claims.sessionId, now);
    // The session row is the truth; a token whose claims disagree with it was not made by us.
    if (!session || session.personId !== claims.personId || session.origin !== claims.origin)
      throw refusal(c, 'session-ended', unauthorized('The session has ended. Sign in again.'));
    // A token works only from the website it was issued to, and only while the body registers it.
    const origin = c.req.header('origin');
    if (origin !== claims.origin || !(await isRegisteredOrigin(db, origin, claims.body)))
      throw refusal(
        c,
        'origin-mismatch',
        new ProblemError(403, 'Forbidden', {
          detail: 'This token was issued to another website, or that website is no longer registered.',
        }),
      );
    return { personId: claims.personId, via: 'widget', session };
  }

  const secret = getCookie(c, sessionCookieName(auth));
  if (!secret) return undefined;
  const session = await liveConsoleSession(db, secret, now, auth.consoleIdleMinutes);
  if (!session)
    throw refusal(c, 'console-session-ended', unauthorized('The console session has ended. Sign in again.'));
  noteActor(c, { via: 'console', personId: session.personId, sessionId: session.id });
  // SameSite=Lax still sends the cookie on a top-level GET from another site: a link elsewhere
  // must not make a staff member's browser read (and so audit) anyone's data. A console page is
  // the exception, as a top-level document only (not in a frame): the identity provider's
  // redirect back to the console is such a navigation, from another origin.
  const fetchSite = c.req.header('sec-fetch-site');
  const pageNavigation =
    page &&
    c.req.method === 'GET' &&
    c.req.header('sec-fetch-mode') === 'navigate' &&
    c.req.header('sec-fetch-dest') === 'document';
  if ((fetchSite === 'cross-site' || fetchSite === 'same-site') && !pageNavigation)
    throw refusal(
      c,
      'cross-site',
      new ProblemError(403, 'Forbidden', { detail: 'Console requests must come from the console itself.' }),
    );
  if (!SAFE_METHODS.has(c.req.method)) {
    // SameSite=Lax keeps the cookie off most cross-site requests; the token and the Origin check
    // cover the rest (a same-site sibling, an old browser).
    const origin = c.req.header('origin');
    if (
      c.req.header(CSRF_HEADER) !== session.csrfToken ||
      (origin && origin !== new URL(auth.publicUrl).origin)
    )
      throw refusal(
        c,
        'csrf',
        new ProblemError(403, 'Forbidden', {
          detail: `A state-changing console request must come from the console and carry its ${CSRF_HEADER}.`,
        }),
      );
  }
  return { personId: session.personId, via: 'console', session };
}
