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
import { bodyBySlug } from '../bodies/lookup.ts';
import { isRegisteredOrigin } from '../bodies/origins.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import { noteActor, refusal } from '../http/security-log.ts';
import { type Actor, loadActor } from './actor.ts';
import { consoleCaller } from './console-caller.ts';

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
  deps: { db: Database; clock: Clock; auth: AuthConfig },
  { page = false }: { page?: boolean } = {},
): Promise<Identity | undefined> {
  const now = deps.clock.now();
  if (c.req.header('authorization')) return widgetIdentity(c, deps, now);
  const secret = getCookie(c, sessionCookieName(deps.auth));
  if (!secret) return undefined;
  const session = await liveConsoleSession(deps.db, secret, now, deps.auth.consoleIdleMinutes);
  return consoleIdentity(c, deps.auth, session, page);
}

/** What a body's lookup came to: the body, or the error (a 404) to answer once the caller is known. */
export type BodyLookup = { found: { id: number; slug: string } } | { error: unknown };

/**
 * As identify(), with the person's roles and, given a `slug`, the body it names — for a console
 * cookie all in one statement (console-caller.ts), for a widget token the body looked up while the
 * token is checked (neither needs the other).
 */
export async function identifyCaller(
  c: Context,
  deps: { db: Database; clock: Clock; auth: AuthConfig },
  { slug }: { slug?: string | undefined } = {},
): Promise<{ identity: Identity; actor: Actor; body: BodyLookup | undefined } | undefined> {
  const { db, clock, auth } = deps;
  const now = clock.now();
  if (c.req.header('authorization')) {
    const lookup =
      slug === undefined
        ? undefined
        : bodyBySlug(db, slug).then(
            (found): BodyLookup => ({ found }),
            (error: unknown): BodyLookup => ({ error }),
          );
    const identity = await widgetIdentity(c, deps, now);
    return { identity, actor: await loadActor(db, identity.personId), body: await lookup };
  }
  const secret = getCookie(c, sessionCookieName(auth));
  if (!secret) return undefined;
  const caller = await consoleCaller(db, { secret, now, idleMinutes: auth.consoleIdleMinutes, slug });
  const identity = consoleIdentity(c, auth, caller?.session, false);
  const body: BodyLookup | undefined =
    slug === undefined || !caller
      ? undefined
      : caller.body
        ? { found: caller.body }
        : { error: notFound(`Awarding body ${slug}`) };
  return caller && { identity, actor: caller.actor, body };
}

/** A widget's Bearer token, checked against its session and the website it was issued to. */
async function widgetIdentity(
  c: Context,
  { db, auth }: { db: Database; auth: AuthConfig },
  now: Date,
): Promise<Identity> {
  const authorization = c.req.header('authorization') ?? '';
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

/** The console session a cookie proved (undefined: ended), checked against where the request came from. */
function consoleIdentity(
  c: Context,
  auth: AuthConfig,
  session: Session | undefined,
  page: boolean,
): Identity {
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
