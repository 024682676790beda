// The headers every answer carries unless it sets its own: a Content-Security-Policy that lets a
// browser do nothing with data (csp.ts), hono/secure-headers' defaults (no sniffing, no framing, no
// referrer, HSTS, same-origin opener, …) and a Cross-Origin-Resource-Policy.
//
// Not hono/secure-headers: it sets its twelve headers on the finished response after `next()`,
// asking first whether each is there (`overwrite: false`), ~24 operations on a fetch Headers per
// answer. Here they go onto the context before `next()`, like every header the API adds (cors.ts):
// the answer is created with them, and a handler that sets its own value (the login popup's COOP
// and CSP, the console's and the reference's CSP) replaces the default as it did before.
import { createMiddleware } from 'hono/factory';
import { DATA_POLICY } from './csp.ts';
import type { AppEnv } from './env.ts';

/** hono/secure-headers' defaults as the API used them, with the data policy as CSP. */
const SECURE_HEADERS: readonly (readonly [string, string])[] = [
  ['Content-Security-Policy', DATA_POLICY],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Origin-Agent-Cluster', '?1'],
  ['Referrer-Policy', 'no-referrer'],
  ['Strict-Transport-Security', 'max-age=15552000; includeSubDomains'],
  ['X-Content-Type-Options', 'nosniff'],
  ['X-DNS-Prefetch-Control', 'off'],
  ['X-Download-Options', 'noopen'],
  ['X-Frame-Options', 'SAMEORIGIN'],
  ['X-Permitted-Cross-Domain-Policies', 'none'],
  ['X-XSS-Protection', '0'],
];

/**
 * The widget's files are public code that awarding bodies' pages load as module scripts: CORP must
 * let any site load them. Everything else is for the API's own origin.
 */
const resourcePolicy = (path: string) => (path.startsWith('/widget/') ? 'cross-origin' : 'same-origin');

/** @example app.use(requestId(), secureHeaders(), …) */
export function secureHeaders() {
  return createMiddleware<AppEnv>(async function secureHeadersMiddleware(c, next) {
    for (const [name, value] of SECURE_HEADERS) c.header(name, value);
    c.header('Cross-Origin-Resource-Policy', resourcePolicy(c.req.path));
    await next();
  });
}
