// The one limit on request bodies the API reads whole (JSON): counted while the body arrives, so a
// huge or endless body is refused at the limit instead of being buffered, with or without a
// Content-Length. Applied to every route, so a new route with a body cannot forget it. File
// uploads stream to storage with their own, larger limit (api/documents/receive.ts) and pass.
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import type { AppEnv, Language } from './env.ts';
import { ProblemError } from './problem.ts';

/**
 * The routes whose body is a file, streamed as it arrives (api/applications/routes.ts, under
 * /bodies). A new upload route that is not listed here gets the JSON limit: it fails safe.
 */
const UPLOADS: readonly { method: string; path: RegExp }[] = [
  { method: 'PUT', path: /^\/bodies\/[^/]+\/applications\/[^/]+\/documents\/[^/]+$/ },
  { method: 'POST', path: /^\/bodies\/[^/]+\/applications\/[^/]+\/attachments$/ },
  { method: 'POST', path: /^\/(verification|verify)\/(pdf|credential)$/ }, // own limits: api/verification/routes.ts
];

const isUpload = (method: string, path: string) =>
  UPLOADS.some((upload) => upload.method === method && upload.path.test(path));

const size = (bytes: number) => (bytes % 1024 === 0 ? `${bytes / 1024} kB` : `${bytes} B`);

/** The 413 problem, in the request's language. */
export const bodyTooLarge = (maxBytes: number, language: Language) =>
  new ProblemError(413, 'Content Too Large', {
    detail:
      language === 'et'
        ? `Päringu sisu on liiga suur: lubatud on kuni ${size(maxBytes)}.`
        : `The request body is too large: at most ${size(maxBytes)} is allowed.`,
  });

/**
 * Hono's bodyLimit, answering in problem+json. Needs the `language` middleware before it.
 * @example .post('/messages', limitBody({ maxBytes: 64 * 1024 }), handler)
 */
export function limitBody({ maxBytes }: { maxBytes: number }) {
  return bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      throw bodyTooLarge(maxBytes, (c as Context<AppEnv>).get('language') ?? 'et');
    },
  });
}

/**
 * Every request's body, uploads excepted, to at most `maxBytes`.
 * @example app.use(language(), requestBodyLimit({ maxBytes: config.maxJsonBytes }))
 */
export function requestBodyLimit({ maxBytes }: { maxBytes: number }) {
  const limit = limitBody({ maxBytes });
  return createMiddleware<AppEnv>(async function requestBodyLimitMiddleware(c, next) {
    // A GET or HEAD has no body to count (a fetch Request cannot carry one), and asking for it
    // makes @hono/node-server build a whole Request from the incoming message, AbortSignal and
    // all: ~90 µs of CPU on the bench machine, about a tenth of a catalogue read, for nothing.
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (isUpload(c.req.method, c.req.path)) return next();
    return limit(c, next);
  });
}
