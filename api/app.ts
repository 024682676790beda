// createApp: the whole HTTP API as a value, built from injected dependencies (no port, no globals).
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { methodNotAllowed } from 'hono/method-not-allowed';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { catalogueRoutes } from './catalogue/routes.ts';
import type { Deps } from './deps.ts';
import { docsRoutes } from './docs/routes.ts';
import { healthRoutes } from './health/routes.ts';
import { bodyOriginsCors } from './http/cors.ts';
import type { AppEnv } from './http/env.ts';
import { onError, onMethodNotAllowed, onNotFound } from './http/errors.ts';
import { language } from './http/language.ts';
import { requestLog } from './http/request-log.ts';

/**
 * @example
 * const app = createApp({ db, clock: systemClock, logger, config, ping });
 * const res = await app.request('/bodies/etel/qualifications/turvajuht-5');
 */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  app.use(
    requestId(),
    requestLog(deps),
    secureHeaders({ crossOriginResourcePolicy: false }),
    resourcePolicy(),
    methodNotAllowed({ app, onMethodNotAllowed }),
  );
  app.use(
    '/widget/*',
    widgetCors(),
    serveStatic({ root: deps.config.widgetDir, rewriteRequestPath: (p) => p.replace(/^\/widget/, '') }),
  );
  app.use('/bodies/*', bodyOriginsCors(deps));
  app.use(language());

  const routes = app.route('/', healthRoutes(deps)).route('/bodies', catalogueRoutes(deps));
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
    c.header(
      'Cache-Control',
      c.req.path.endsWith('/kutse.js') ? 'no-cache' : 'public, max-age=31536000, immutable',
    );
  });
}

/** Set before `next()`, like every header the API adds: see http/cors.ts for why. */
function resourcePolicy() {
  return createMiddleware(async function resourcePolicyMiddleware(c, next) {
    c.header(
      'Cross-Origin-Resource-Policy',
      c.req.path.startsWith('/widget/') ? 'cross-origin' : 'same-origin',
    );
    await next();
  });
}
