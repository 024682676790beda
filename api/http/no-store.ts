// `Cache-Control: no-store` on every response but the public reads: tokens, personal data, an
// applicant's documents and a staff member's lists must stay out of browser and proxy caches (a
// shared computer's disk cache, a company proxy). Default-deny: a new route is no-store until it
// is listed here as public. A handler may still set its own value: the catalogue's short public
// caching (etag.ts), the widget's files, the docs.
import { createMiddleware } from 'hono/factory';
import { answerHeader } from './answer-headers.ts';
import type { AppEnv } from './env.ts';

/** The catalogue's reads (/bodies, /bodies/:body, …/qualifications[/:qualification]), docs, widget files. */
const PUBLIC_READS = [
  /^\/bodies(?:\/[^/]+(?:\/qualifications(?:\/[^/]+)?)?)?\/?$/,
  /^\/widget\//,
  /^\/docs(?:\/|$)/,
  /^\/openapi\.json$/,
];

export function noStore() {
  return createMiddleware<AppEnv>(async function noStoreMiddleware(c, next) {
    const read = c.req.method === 'GET' || c.req.method === 'HEAD';
    // A default, like every header the API adds: a handler's own value wins (answer-headers.ts).
    if (!read || !PUBLIC_READS.some((path) => path.test(c.req.path)))
      answerHeader(c, 'Cache-Control', 'no-store');
    await next();
  });
}
