// One structured log line per request. Only the route's pattern is logged, never the concrete
// path or query (they may hold a personal code), and no header, body or token. Refusals and
// failed logins are warnings with who and why (security-log.ts).
import { createMiddleware } from 'hono/factory';
import type { Logger } from 'pino';
import type { AppEnv } from './env.ts';
import { securityFields } from './security-log.ts';

export function requestLog({ logger }: { logger: Logger }) {
  return createMiddleware<AppEnv>(async function requestLogMiddleware(c, next) {
    const started = performance.now();
    await next();
    const status = c.res.status;
    const line = {
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.req.routePath,
      status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    };
    const security = securityFields(c, status);
    if (status >= 500) logger.error(line, 'request failed');
    else if (security) logger.warn({ ...line, ...security.fields }, security.message);
    else logger.info(line, 'request');
  });
}
