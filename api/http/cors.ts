// CORS for the awarding bodies' websites: an origin gets CORS headers only if a body registered
// it — on a body's own routes (/bodies/:body/…), only that body's origins. The list lives in
// PostgreSQL, read per request, so every API process agrees at once when a body changes it.
import { cors } from 'hono/cors';
import type { Database } from '../../db/client.ts';
import { isRegisteredOrigin } from '../bodies/origins.ts';

const BODY_PATH = /^\/bodies\/([a-z0-9-]+)(?:\/|$)/;

export function bodyOriginsCors({ db }: { db: Database }) {
  return cors({
    origin: async (origin, c) => {
      // No Origin header (a server, curl, a same-origin page): nothing to allow, nothing to look up.
      if (!origin) return null;
      const body = BODY_PATH.exec(c.req.path)?.[1];
      return (await isRegisteredOrigin(db, origin, body)) ? origin : null;
    },
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Content-Type', 'Authorization', 'Idempotency-Key'],
    exposeHeaders: ['X-Request-Id', 'Content-Language'],
    maxAge: 600,
  });
}
