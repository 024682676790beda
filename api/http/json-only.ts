// Guards routes that take a JSON body: 415 for any other media type, 413 past the size limit
// (counted while the body streams in, so a huge body is never buffered whole).

import { createMiddleware } from 'hono/factory';
import { limitBody } from './body-limit.ts';
import type { AppEnv } from './env.ts';
import { ProblemError } from './problem.ts';

/** @example app.post('/applications', jsonOnly({ maxBytes: 64 * 1024 }), jsonBody(Draft), handler) */
export function jsonOnly({ maxBytes }: { maxBytes: number }) {
  const limit = limitBody({ maxBytes });
  return createMiddleware<AppEnv>(async function jsonOnlyMiddleware(c, next) {
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/json' && !type?.endsWith('+json')) {
      throw new ProblemError(415, 'Unsupported Media Type', {
        detail: 'Send the request body as application/json.',
        headers: { 'Accept-Post': 'application/json' },
      });
    }
    await limit(c, next);
  });
}
