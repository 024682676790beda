// CORS for the awarding bodies' websites: an origin gets CORS headers only if a body registered
// it — on a body's own routes (/bodies/:body/…), only that body's origins. The list lives in
// PostgreSQL, read per request, so every API process agrees at once when a body changes it.
//
// Not hono/cors: it writes to `c.res` before the handler runs and calls `c.header()` after it,
// which makes Hono copy the handler's finished Response — and the copy's body is a stream, which
// takes @hono/node-server off its fast path of writing a c.json() string as it is. Here every
// header goes into the answer's record before `next()` (answer-headers.ts).
import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/client.ts';
import { isRegisteredOrigin } from '../bodies/origins.ts';
import { answerHeader, varyOn } from './answer-headers.ts';
import type { AppEnv } from './env.ts';

const BODY_PATH = /^\/bodies\/([a-z0-9-]+)(?:\/|$)/;

const ALLOW_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'].join(',');
const ALLOW_HEADERS = ['Content-Type', 'Authorization', 'Idempotency-Key', 'If-None-Match'].join(',');
const EXPOSE_HEADERS = ['X-Request-Id', 'Content-Language', 'ETag'].join(',');
const MAX_AGE_SECONDS = '600';

export function bodyOriginsCors({ db }: { db: Database }) {
  return createMiddleware<AppEnv>(async function bodyOriginsCorsMiddleware(c, next) {
    // No Origin header (a server, curl, a same-origin page): nothing to allow, nothing to look up.
    const origin = c.req.header('origin');
    if (origin && (await isRegisteredOrigin(db, origin, BODY_PATH.exec(c.req.path)?.[1]))) {
      answerHeader(c, 'Access-Control-Allow-Origin', origin);
      // What that origin's page may read beyond the safelisted headers; without CORS, or for an
      // origin not allowed, it would say nothing to anyone.
      answerHeader(c, 'Access-Control-Expose-Headers', EXPOSE_HEADERS);
    }
    // The answer depends on the Origin, whether or not this one was allowed.
    varyOn(c, 'Origin');
    if (c.req.method === 'OPTIONS') {
      answerHeader(c, 'Access-Control-Max-Age', MAX_AGE_SECONDS);
      answerHeader(c, 'Access-Control-Allow-Methods', ALLOW_METHODS);
      answerHeader(c, 'Access-Control-Allow-Headers', ALLOW_HEADERS);
      varyOn(c, 'Access-Control-Request-Headers');
      return c.body(null, 204);
    }
    await next();
  });
}
