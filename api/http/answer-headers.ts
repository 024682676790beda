// The headers the API's own middleware give every answer — the request id, the security headers
// (secure-headers.ts; a document's own only where the answer is not JSON), CORS, Content-Language,
// Vary, no-store — kept as a plain record on the context instead of Hono's fetch `Headers`.
//
// Why: a fetch Headers validates and lower-cases each name on every set and sorts them all again
// when @hono/node-server turns them into the object node:http writes; ~20 headers cost a catalogue
// read tens of µs (`npm run bench`). The catalogue's cacheable answers (etag.ts) are created with
// the record as a plain object, which @hono/node-server hands to node:http as it is. Every other
// answer gets the record after `next()`, each header only where the handler did not set its own
// (as hono/secure-headers' `overwrite: false` did), so a page's own CSP or COOP still wins.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from './env.ts';
import { DOCUMENT_HEADERS, isData, resourcePolicy, SECURE_HEADERS } from './secure-headers.ts';

/** Header names in lower case, as node:http and fetch Headers write them. */
export type AnswerHeaders = Record<string, string>;

const REQUEST_ID = 'x-request-id';
/** A caller's own X-Request-Id is kept when it is short and plain (as hono/request-id did). */
const PLAIN_ID = /^[\w\-=]{1,255}$/;

/**
 * First in the chain: the request id (the caller's, or a new UUID), the security headers, and after
 * the answer is made, the record on it unless etag.ts already created the answer with them.
 */
export function answerHeaders() {
  return createMiddleware<AppEnv>(async function answerHeadersMiddleware(c, next) {
    const given = c.req.header(REQUEST_ID);
    const id = given && PLAIN_ID.test(given) ? given : crypto.randomUUID();
    c.set('requestId', id);
    const headers: AnswerHeaders = {
      ...SECURE_HEADERS,
      'cross-origin-resource-policy': resourcePolicy(c.req.path),
    };
    headers[REQUEST_ID] = id;
    c.set('answerHeaders', headers);
    await next();
    if (c.get('answerHeadersSent')) return;
    const own = c.res.headers;
    // A handler's own value (the popup's COOP, set through answerHeader) stays.
    if (!isData(own.get('content-type')))
      for (const name in DOCUMENT_HEADERS) headers[name] ??= DOCUMENT_HEADERS[name] as string;
    for (const name in headers) {
      const value = headers[name] as string;
      if (name === 'vary') {
        const theirs = own.get('vary');
        own.set('vary', theirs ? `${value}, ${theirs}` : value);
      } else if (!own.has(name)) own.set(name, value);
    }
  });
}

/** Sets a header every answer to this request carries unless its handler sets its own. */
export function answerHeader(c: Context<AppEnv>, name: string, value: string): void {
  const headers = c.get('answerHeaders');
  if (headers) headers[name.toLowerCase()] = value;
  // Outside createApp's chain (a route tested alone): Hono's own headers.
  else c.header(name, value);
}

/** Adds to the answer's Vary. */
export function varyOn(c: Context<AppEnv>, name: string): void {
  const headers = c.get('answerHeaders');
  if (headers) headers.vary = headers.vary ? `${headers.vary}, ${name}` : name;
  else c.header('Vary', name, { append: true });
}

/**
 * The record with a handler's own headers over it, for an answer the handler creates itself as
 * `new Response(body, { headers })`: answerHeaders() then leaves it as it is.
 */
export function withAnswerHeaders(c: Context<AppEnv>, own: AnswerHeaders): AnswerHeaders | undefined {
  const headers = c.get('answerHeaders');
  if (!headers) return undefined;
  c.set('answerHeadersSent', true);
  return Object.assign(headers, own);
}
