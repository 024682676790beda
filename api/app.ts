// createApp: the whole HTTP API as a value, built from injected dependencies (no port, no globals).
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { adminRoutes } from './admin/routes.ts';
import { applicantRoutes } from './applications/applicant-routes.ts';
import { staffApplicationRoutes } from './applications/staff-routes.ts';
import { oidcClient } from './auth/oidc.ts';
import { signInRateLimits } from './auth/rate-limit.ts';
import { authRoutes } from './auth/routes.ts';
import { sweepOnLoginStart } from './auth/sweep.ts';
import { bodyStaffRoutes } from './bodies/staff-routes.ts';
import { catalogueRoutes } from './catalogue/routes.ts';
import { ownerCertificateRoutes } from './certificates/owner-routes.ts';
import { staffCertificateRoutes } from './certificates/staff-routes.ts';
import { consoleRoutes } from './console/routes.ts';
import { databaseCredentialKeys } from './credentials/keys.ts';
import { credentialRoutes } from './credentials/routes.ts';
import { dashboardRoutes } from './dashboard/routes.ts';
import type { Deps } from './deps.ts';
import { docsRoutes } from './docs/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { answerHeader, answerHeaders } from './http/answer-headers.ts';
import { requestBodyLimit } from './http/body-limit.ts';
import { bodyOriginsCors } from './http/cors.ts';
import type { AppEnv } from './http/env.ts';
import { onError, onMethodNotAllowed, onNotFound } from './http/errors.ts';
import { language } from './http/language.ts';
import { noStore } from './http/no-store.ts';
import { requestLog } from './http/request-log.ts';
import { meRoutes } from './me/routes.ts';
import { registerRoutes } from './register/routes.ts';
import { sealRoutes } from './seal/routes.ts';
import { trackerPageRoutes } from './tracker-page/routes.ts';
import { verificationRoutes } from './verification/routes.ts';

/**
 * @example
 * const app = createApp({ db, clock: systemClock, logger, config, ping });
 * const res = await app.request('/bodies/etel/qualifications/turvajuht-5');
 */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(
    // The request id and the security headers; a page that must differ (the login popup's COOP
    // and CSP) sets its own.
    answerHeaders(),
    requestLog(deps),
    methodNotAllowed({ app, onMethodNotAllowed }),
    noStore(),
  );
  app.use(
    '/widget/*',
    widgetCors(),
    serveStatic({ root: deps.config.widgetDir, rewriteRequestPath: (p) => p.replace(/^\/widget/, '') }),
  );
  // Called from the bodies' websites: their registered origins get CORS (the token's own origin
  // and body are checked again by allow()).
  for (const path of ['/bodies/*', '/auth/widget/*', '/me', '/me/*']) app.use(path, bodyOriginsCors(deps));
  app.use(language());
  // The public sign-in endpoints are limited per client address, counted in PostgreSQL for every
  // process (auth/rate-limit.ts); a login start also removes what has expired (auth/sweep.ts).
  app.use('/auth/*', signInRateLimits(deps));
  for (const path of ['/auth/widget/start', '/auth/console/login']) app.use(path, sweepOnLoginStart(deps));
  // After language(): the 413 speaks the request's language. Before every route, public ones too.
  app.use(requestBodyLimit({ maxBytes: deps.config.maxJsonBytes }));
  // The login popup passes through these pages (and their redirects): COOP `same-origin`, even on a
  // 302, would cut the popup off from the page that opened it.
  app.use('/auth/*', keepOpener());

  const accessDeps = { db: deps.db, clock: deps.clock, auth: deps.config.auth };
  const withMail = { ...accessDeps, ...(deps.mail ? { mail: deps.mail } : {}) };
  // One key source for signing credentials and for checking them in verification.
  const credentialKeys = deps.credentialKeys ?? databaseCredentialKeys(deps.db, deps.clock);
  const oidc = oidcClient(deps.config.auth);
  const routes = app
    .route('/', healthRoutes(deps))
    .route('/bodies', catalogueRoutes(deps))
    .route('/bodies', applicantRoutes(accessDeps))
    .route('/auth', authRoutes({ ...accessDeps, oidc }))
    .route('/me', meRoutes(accessDeps))
    .route('/', staffApplicationRoutes(withMail))
    .route('/', bodyStaffRoutes(accessDeps))
    .route('/', dashboardRoutes(accessDeps))
    .route('/', ownerCertificateRoutes({ ...withMail, registryPayee: deps.config.registryPayee }))
    .route('/', sealRoutes(accessDeps))
    .route('/', credentialRoutes({ ...withMail, credentialKeys }))
    .route('/', registerRoutes(accessDeps))
    .route('/', verificationRoutes({ ...accessDeps, credentialKeys }))
    .route('/', trackerPageRoutes(accessDeps))
    .route('/', staffCertificateRoutes(withMail))
    .route('/admin', adminRoutes(withMail))
    .route('/console', consoleRoutes(accessDeps));
  app.route('/', docsRoutes(app));
  app.onError(onError(deps));
  app.notFound(onNotFound);
  return routes;
}

/** The API's type, from which the widget's `hc` client is typed end to end. */
export type AppType = ReturnType<typeof createApp>;

/**
 * The widget's files are public code that awarding bodies' pages load as module scripts, which
 * browsers fetch in CORS mode: any origin may load them (no credentials), and CORP must allow it.
 */
function widgetCors() {
  return createMiddleware(async function widgetCorsMiddleware(c, next) {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', widgetCaching(c.req.path, c.res.status));
  });
}

/** A chunk's name ends in its content's hash (widget/vite.config.ts), e.g. `shared-NnNYMbW1.js`. */
const HASHED_CHUNK = /-[A-Za-z0-9_-]{8}\.js$/;

/**
 * Only a hashed chunk that is there may be kept for good. The loader keeps its name across builds;
 * a 404 (a chunk of a build not yet or no longer deployed) must not stick in any cache.
 */
function widgetCaching(path: string, status: number) {
  if (status !== 200) return 'no-store';
  return HASHED_CHUNK.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

function keepOpener() {
  return createMiddleware<AppEnv>(async function keepOpenerMiddleware(c, next) {
    answerHeader(c, 'Cross-Origin-Opener-Policy', 'unsafe-none');
    await next();
  });
}
