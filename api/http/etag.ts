// Cacheable JSON for the public catalogue: a weak ETag from the bytes sent, a short public
// Cache-Control, and 304 to an If-None-Match that holds it. Hashing the serialized body is what
// makes the tag change whenever the answer does — data, language or the Tallinn day its windows
// and VAT were computed for — with nothing to keep in step. The page is encoded to UTF-8 once:
// those bytes are hashed and sent, where a string would be encoded three times (to hash it, to
// count its Content-Length, to write it); each pass walks the ~7 KB page, held as UTF-16 once a
// character beyond Latin-1 (the catalogue's en dashes) is in it.
import { hash } from 'node:crypto';
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed, JSONValue } from 'hono/utils/types';
import { withAnswerHeaders } from './answer-headers.ts';
import type { AppEnv } from './env.ts';

/** A minute fresh, then up to five more served while revalidating: a widget loads at once, and a
 * change (a new session, a closed window) reaches every page within minutes. */
export const PUBLIC_CACHING = 'public, max-age=60, stale-while-revalidate=300';

/**
 * Weak (`W/`): the same JSON may be sent compressed or not by whatever sits in front of the API.
 * The language goes in too: two languages' answers may have the same bytes but not the same
 * Content-Language, and a cache that revalidates several variants at once picks by the tag.
 * @example weakEtag(Buffer.from('{"a":1}'), 'et') // 'W/"et.…27 base64url characters…"'
 */
export function weakEtag(body: Uint8Array, language: string): string {
  return `W/"${language}.${hash('sha1', body, 'base64url')}"`;
}

const ENTITY_TAG = /(?:W\/)?"([^"]*)"/g;

/** RFC 9110 §13.1.2: If-None-Match uses the weak comparison; `*` matches any current answer. */
export function ifNoneMatchHolds(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = etag.replace(/^W\//, '');
  for (const [tag] of header.matchAll(ENTITY_TAG)) if (tag.replace(/^W\//, '') === opaque) return true;
  return false;
}

/**
 * `c.json(value, 200)` with an ETag and public caching, or a 304 when the caller has it already.
 * Typed as c.json's answer: the widget's `hc` client never sees the 304 — a browser sends
 * If-None-Match from its own cache and hands the page the cached 200.
 */
export const cacheableJson = <T extends JSONValue | object>(c: Context<AppEnv>, value: T) =>
  taggedJson(c, value, PUBLIC_CACHING);

/**
 * `value` as JSON with its ETag and `cacheControl`, or a 304 to an If-None-Match that holds the tag.
 * @example taggedJson(c, card, 'no-cache') // stored, but revalidated on every use
 */
export function taggedJson<T extends JSONValue | object>(
  c: Context<AppEnv>,
  value: T,
  cacheControl: string,
): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  const body = Buffer.from(JSON.stringify(value));
  const etag = weakEtag(body, c.get('language'));
  const notModified = ifNoneMatchHolds(c.req.header('if-none-match'), etag);
  const own: Record<string, string> = { etag, 'cache-control': cacheControl };
  if (!notModified) own['content-type'] = 'application/json';
  // Created with the middleware's headers as one plain object (answer-headers.ts), which
  // @hono/node-server writes as it is; outside createApp's chain, through Hono's context.
  const headers = withAnswerHeaders(c, own);
  const response: Response = headers
    ? new Response(notModified ? null : body, { status: notModified ? 304 : 200, headers })
    : notModified
      ? c.body(null, 304, own)
      : c.body(body, 200, own);
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
