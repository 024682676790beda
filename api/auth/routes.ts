// Sign-in routes: the widget's popup flow (start → identity provider → callback → postMessage, with
// the handoff fallback), token refresh and logout; the console's cookie session.
import { eq } from 'drizzle-orm';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import {
  CallbackQuery,
  ConfirmForm,
  ConsoleLoginQuery,
  ConsoleSession,
  HandoffBody,
  WidgetRefreshBody,
  WidgetStartQuery,
  WidgetToken,
} from '../../contract/sign-in-routes.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { awardingBodies, loginAttempts } from '../../db/schema/index.ts';
import { access, allowPublic } from '../access/allow.ts';
import { callerOf } from '../access/context.ts';
import { sessionCookieName } from '../access/identity.ts';
import { rules } from '../access/policy.ts';
import { recordAudit } from '../audit/record.ts';
import type { AppEnv } from '../http/env.ts';
import { htmlContent, jsonContent, problemContent, problems, redirect, securityOf } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';
import { noteLoginFailure, noteRefusal, refusal } from '../http/security-log.ts';
import { formBody, jsonBody, queryParams } from '../http/validate.ts';
import type { AuthConfig } from './config.ts';
import { confirmPage } from './confirm-page.ts';
import { loginService } from './login.ts';
import { ATTEMPT_MINUTES, claimHandoff } from './login-attempts.ts';
import type { OidcClient } from './oidc.ts';
import { popupPage } from './popup-page.ts';
import { randomSecret, sha256 } from './secrets.ts';
import { endSession, touchWidgetSession, WIDGET_IDLE_MINUTES } from './sessions.ts';
import { openedFromOrigin } from './start-proof.ts';

/** One cookie per login in progress, so that two tabs signing in at once do not overwrite each other. */
const browserCookieName = (state: string) => `kutse_login_${sha256(state).slice(0, 16)}`;
/** The same browser's secret, for the confirmation page's form: one per confirmation, likewise. */
const confirmCookieName = (confirm: string) => `kutse_confirm_${sha256(confirm).slice(0, 16)}`;

type AuthDeps = { db: Database; clock: Clock; auth: AuthConfig; oidc: OidcClient };

export function authRoutes(deps: AuthDeps) {
  const { db, clock, auth } = deps;
  const allow = access(deps);
  const login = loginService(deps);
  const tags = ['Sign-in'];
  const open = securityOf({ kind: 'public' });
  const token = jsonContent(WidgetToken, 'The token', 'WidgetToken');

  return new Hono<AppEnv>()
    .get(
      '/widget/start',
      describeRoute({
        tags,
        summary: 'Starts a widget’s sign-in in its popup (redirects to the identity provider)',
        description:
          'Straight to the identity provider only when the browser shows that the body’s page opened it (`Sec-Fetch-Site` cross-site or same-site, and `Referer` or `Origin` of the website named); otherwise a page that asks the person to confirm first.',
        ...open,
        responses: {
          200: htmlContent('The confirmation page: Continue or Cancel'),
          302: redirect('On to the identity provider'),
          400: problems[400],
          403: htmlContent('The body did not register the website: the popup tells the widget so'),
          429: problems[429],
        },
      }),
      allowPublic(),
      queryParams(WidgetStartQuery),
      async (c) => {
        const q = c.req.valid('query');
        const language = q.lang ?? 'et';
        const browser = randomSecret();
        const started = await login.startWidget({
          body: q.body,
          origin: q.origin,
          handoffHash: q.handoff,
          language,
          browser,
          fromBodyPage: openedFromOrigin(
            {
              fetchSite: c.req.header('sec-fetch-site'),
              referer: c.req.header('referer'),
              origin: c.req.header('origin'),
            },
            q.origin,
          ),
        });
        if (!started) {
          noteRefusal(c, 'origin-not-registered');
          const page = popupPage({ message: null, targetOrigin: null, language });
          return c.html(page.html, 403, page.headers);
        }
        if (started.kind === 'confirm') {
          setCookie(c, confirmCookieName(started.confirm), browser, {
            httpOnly: true,
            secure: auth.publicUrl.startsWith('https://'),
            // Strict: no other site can make this browser post the form with it.
            sameSite: 'Strict',
            path: '/auth/widget/confirm',
            maxAge: ATTEMPT_MINUTES * 60,
          });
          const page = confirmPage({ ...started, origin: q.origin, language });
          return c.html(page.html, 200, page.headers);
        }
        setBrowserCookie(c, started.state, browser);
        return c.redirect(started.url.href, 302);
      },
    )
    .post(
      '/widget/confirm',
      describeRoute({
        tags,
        summary: 'The person’s Continue or Cancel on the popup’s confirmation page',
        ...open,
        responses: {
          303: redirect('Continue: on to the identity provider'),
          200: htmlContent('Cancel: the popup’s last page, telling the widget'),
          400: problemContent('Unknown, used, expired, or from another browser'),
          403: problemContent('Not posted by the confirmation page itself'),
          413: problems[413],
          422: problems[422],
          429: problems[429],
        },
      }),
      allowPublic(),
      formBody(ConfirmForm),
      async (c) => {
        // Only the page on the API's own origin posts this: never another site's form.
        const fetchSite = c.req.header('sec-fetch-site');
        const origin = c.req.header('origin');
        if (
          (fetchSite && fetchSite !== 'same-origin') ||
          (origin && origin !== new URL(auth.publicUrl).origin)
        )
          throw new ProblemError(403, 'Forbidden', { detail: 'Confirm on the sign-in window itself.' });
        const { confirm, action } = c.req.valid('form');
        const cookie = confirmCookieName(confirm);
        const browser = getCookie(c, cookie);
        const refused = () =>
          new ProblemError(400, 'Bad Request', {
            detail:
              'This sign-in has already been confirmed or cancelled, has expired or was started in another browser. Start again.',
            errors: [{ in: 'body', field: 'confirm', detail: 'is unknown, expired or already used' }],
          });
        if (!browser) throw refused();
        if (action === 'cancel') {
          const cancelled = await login.cancelWidget({ confirm, browser });
          if (!cancelled) throw refused();
          deleteCookie(c, cookie, { path: '/auth/widget/confirm' });
          const page = popupPage({
            message: { type: 'kutse:login-error', error: 'access_denied' },
            targetOrigin: cancelled.origin,
            language: cancelled.language,
          });
          return c.html(page.html, 200, page.headers);
        }
        const started = await login.confirmWidget({ confirm, browser });
        if (!started) throw refused();
        deleteCookie(c, cookie, { path: '/auth/widget/confirm' });
        setBrowserCookie(c, started.state, browser);
        return c.redirect(started.url.href, 303);
      },
    )
    .get(
      '/console/login',
      describeRoute({
        tags,
        summary: 'Starts a console sign-in (redirects to the identity provider)',
        ...open,
        responses: { 302: redirect('On to the identity provider'), 400: problems[400], 429: problems[429] },
      }),
      allowPublic(),
      queryParams(ConsoleLoginQuery),
      async (c) => {
        const q = c.req.valid('query');
        const browser = randomSecret();
        const started = await login.startConsole({
          returnTo: q.return ?? '/console',
          language: q.lang ?? 'et',
          browser,
        });
        setBrowserCookie(c, started.state, browser);
        return c.redirect(started.url.href, 302);
      },
    )
    .get(
      '/callback',
      describeRoute({
        tags,
        summary: 'Where the identity provider sends the person back',
        description:
          'A widget’s sign-in ends on a page that posts the token (or the failure) to the website; a console sign-in sets the session cookie and redirects.',
        ...open,
        responses: {
          200: htmlContent('The popup’s last page: it posts the token to the website'),
          302: redirect('Console: signed in, back to where the sign-in started (sets the session cookie)'),
          400: {
            description:
              'The sign-in failed (a page telling the widget), or its state is unknown, used, expired or from another browser (problem)',
            content: {
              ...htmlContent('').content,
              ...problemContent('').content,
            },
          },
          429: problems[429],
        },
      }),
      allowPublic(),
      queryParams(CallbackQuery),
      async (c) => {
        const query = c.req.valid('query');
        const rawQuery = new URL(c.req.url).search.slice(1);
        const cookie = browserCookieName(query.state);
        const done = await login.finish(query, rawQuery, {
          requestId: c.get('requestId'),
          browser: getCookie(c, cookie),
        });
        deleteCookie(c, cookie, { path: '/auth/callback' });
        if (!done) noteLoginFailure(c, { reason: 'unknown-state' });
        else if ('error' in done)
          noteLoginFailure(c, {
            reason: done.error,
            cause: done.cause,
            purpose: done.attempt.purpose,
            attempt: done.attempt.id,
            bodyId: done.attempt.bodyId,
          });
        if (!done)
          throw new ProblemError(400, 'Bad Request', {
            detail:
              'This sign-in has already been used, has expired or was started in another browser. Start again.',
            errors: [{ in: 'query', field: 'state', detail: 'is unknown, expired or already used' }],
          });
        const language = done.attempt.language;
        if (done.purpose === 'widget') {
          const message =
            'error' in done
              ? { type: 'kutse:login-error' as const, error: done.error }
              : {
                  type: 'kutse:login' as const,
                  token: done.token,
                  expiresAt: done.expiresAt.toISOString(),
                  person: done.person,
                };
          const page = popupPage({ message, targetOrigin: done.attempt.origin, language });
          return c.html(page.html, 'error' in done ? 400 : 200, page.headers);
        }
        if ('error' in done)
          throw new ProblemError(400, 'Bad Request', { detail: `Sign-in failed: ${done.error}.` });
        setCookie(c, sessionCookieName(auth), done.cookieSecret, {
          httpOnly: true,
          secure: auth.publicUrl.startsWith('https://'),
          sameSite: 'Lax',
          path: '/',
          // Max-Age, not Expires: relative to the browser's clock, whatever ours says.
          maxAge: Math.round((done.expiresAt.getTime() - clock.now().getTime()) / 1000),
        });
        return c.redirect(done.attempt.returnTo ?? '/', 302);
      },
    )
    .post(
      '/widget/handoff',
      describeRoute({
        tags,
        summary: 'Collects a widget’s token once, when the popup could not post it (fallback)',
        ...open,
        responses: {
          200: token,
          202: jsonContent(
            v.object({ status: v.literal('pending') }),
            'The person has not finished signing in yet: ask again',
            'HandoffPending',
          ),
          403: problemContent('The sign-in was started on another website'),
          410: problemContent('Unknown, expired, failed or already collected'),
          413: problems[413],
          422: problems[422],
          429: problems[429],
        },
      }),
      allowPublic(),
      jsonBody(HandoffBody),
      async (c) => {
        const { handoff } = c.req.valid('json');
        // Only the website the login was started for may collect it.
        const [attempt] = await db
          .select({ origin: loginAttempts.origin })
          .from(loginAttempts)
          .where(eq(loginAttempts.handoffHash, sha256(handoff)));
        if (attempt && attempt.origin !== c.req.header('origin'))
          throw refusal(
            c,
            'handoff-origin',
            new ProblemError(403, 'Forbidden', { detail: 'This sign-in was started on another website.' }),
          );
        const claim = await claimHandoff(db, handoff, clock.now());
        if (claim.status === 'pending') return c.json({ status: 'pending' as const }, 202);
        if (claim.status === 'failed')
          throw new ProblemError(410, 'Gone', {
            detail:
              claim.failure === 'access_denied' ? 'Signing in was cancelled.' : 'Signing in did not succeed.',
            extensions: { error: claim.failure },
          });
        if (claim.status !== 'ready')
          throw new ProblemError(410, 'Gone', {
            detail: 'This sign-in is unknown, has expired or was already collected.',
          });
        const session = await db.query.sessions.findFirst({
          where: (s, { eq }) => eq(s.id, claim.attempt.sessionId as string),
        });
        if (!session) throw new ProblemError(410, 'Gone', { detail: 'The session has ended.' });
        return c.json(await login.tokenFor(session), 200);
      },
    )
    .post(
      '/widget/refresh',
      describeRoute({
        tags,
        summary: 'A new token for the same widget session, unless it was idle for 30 minutes',
        ...securityOf(rules.widgetPerson, { changes: true }),
        responses: {
          200: token,
          401: problemContent('The session has ended (idle, signed out or past its end)'),
          403: problems[403],
          413: problems[413],
          422: problems[422],
          429: problems[429],
        },
      }),
      allow(rules.widgetPerson),
      jsonBody(WidgetRefreshBody),
      async (c) => {
        const { session } = callerOf(c).identity;
        const { idleSeconds } = c.req.valid('json');
        if (!(await touchWidgetSession(db, session, { now: clock.now(), idleSeconds })))
          throw new ProblemError(401, 'Unauthorized', {
            detail: `The session ended after ${WIDGET_IDLE_MINUTES} minutes without activity. Sign in again.`,
            headers: { 'WWW-Authenticate': 'Bearer' },
          });
        return c.json(await login.tokenFor(session), 200);
      },
    )
    .post(
      '/widget/logout',
      describeRoute({
        tags,
        summary: 'Ends the widget session (every token of it stops working)',
        ...securityOf(rules.widgetPerson, { changes: true }),
        responses: { 204: { description: 'Signed out' }, 401: problems[401], 403: problems[403] },
      }),
      allow(rules.widgetPerson),
      async (c) => {
        const { identity } = callerOf(c);
        await endWithAudit(
          identity.session.id,
          identity.personId,
          identity.session.bodyId,
          c.get('requestId'),
        );
        return c.body(null, 204);
      },
    )
    .get(
      '/session',
      describeRoute({
        tags,
        summary: 'The console session: who is signed in, their roles, the CSRF token',
        ...securityOf(rules.consolePerson),
        responses: {
          200: jsonContent(ConsoleSession, 'The session', 'ConsoleSession'),
          401: problems[401],
          403: problems[403],
        },
      }),
      allow(rules.consolePerson),
      async (c) => {
        const { identity, actor } = callerOf(c);
        const person = await db.query.persons.findFirst({
          where: (p, { eq }) => eq(p.id, identity.personId),
        });
        const slugs = new Map(
          (await db.select({ id: awardingBodies.id, slug: awardingBodies.slug }).from(awardingBodies)).map(
            (b) => [b.id, b.slug],
          ),
        );
        const slug = (id: number) => slugs.get(id) ?? String(id);
        return c.json(
          {
            person: { givenName: person?.givenName ?? '', familyName: person?.familyName ?? '' },
            csrfToken: identity.session.csrfToken ?? '',
            expiresAt: identity.session.expiresAt.toISOString(),
            roles: {
              registryAdmin: actor.registryAdmin,
              staff: actor.staff.map((s) => ({ body: slug(s.bodyId), role: s.role })),
              committee: actor.committee.map((m) => slug(m.bodyId)),
              mandates: actor.mandates.map((m) => ({ body: slug(m.bodyId), kind: m.kind })),
            },
          },
          200,
        );
      },
    )
    .post(
      '/console/logout',
      describeRoute({
        tags,
        summary: 'Ends the console session on the server and clears its cookie',
        ...securityOf(rules.consolePerson, { changes: true }),
        responses: { 204: { description: 'Signed out' }, 401: problems[401], 403: problems[403] },
      }),
      allow(rules.consolePerson),
      async (c) => {
        const { identity } = callerOf(c);
        await endWithAudit(identity.session.id, identity.personId, null, c.get('requestId'));
        deleteCookie(c, sessionCookieName(auth), {
          path: '/',
          secure: auth.publicUrl.startsWith('https://'),
        });
        return c.body(null, 204);
      },
    );

  /**
   * A cookie that ties the login to the browser that started it: the callback must come back to
   * the same browser, so nobody can sign a victim into the attacker's account with a callback URL.
   */
  function setBrowserCookie(c: Context, state: string, secret: string) {
    setCookie(c, browserCookieName(state), secret, {
      httpOnly: true,
      secure: auth.publicUrl.startsWith('https://'),
      sameSite: 'Lax',
      path: '/auth/callback',
      maxAge: ATTEMPT_MINUTES * 60,
    });
  }

  async function endWithAudit(
    sessionId: string,
    personId: string,
    bodyId: number | null,
    requestId: string | undefined,
  ) {
    const now = clock.now();
    await db.transaction(async (tx) => {
      await endSession(tx, sessionId, now);
      await recordAudit(tx, now, {
        actorId: personId,
        actorRole: 'person',
        bodyId,
        action: 'person.logout',
        subjectId: personId,
        entity: 'session',
        entityId: sessionId,
        requestId,
      });
    });
  }
}
