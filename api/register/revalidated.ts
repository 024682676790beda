// JSON that every reader revalidates: `Cache-Control: no-cache` with a weak ETag (http/etag.ts's
// tag), 304 to a matching If-None-Match. For the certificate card: hiding a certificate must
// reach every site that embeds its card at once, yet an unchanged card costs no body.
import type { Context, TypedResponse } from 'hono';
import type { JSONParsed, JSONValue } from 'hono/utils/types';
import { withAnswerHeaders } from '../http/answer-headers.ts';
import type { AppEnv } from '../http/env.ts';
import { ifNoneMatchHolds, weakEtag } from '../http/etag.ts';

/**
 * `c.json(value, 200)` with an ETag, stored but always revalidated, or a 304 when the caller has
 * it already.
 */
export function revalidatedJson<T extends JSONValue | object>(
  c: Context<AppEnv>,
  value: T,
): Response & TypedResponse<JSONParsed<T>, 200, 'json'> {
  const body = Buffer.from(JSON.stringify(value));
  const etag = weakEtag(body, c.get('language'));
  const notModified = ifNoneMatchHolds(c.req.header('if-none-match'), etag);
  const own: Record<string, string> = {
    etag,
    'cache-control': 'no-cache',
  };
  if (!notModified) own['content-type'] = 'application/json';
  const headers = withAnswerHeaders(c, own);
  const response: Response = headers
    ? new Response(notModified ? null : body, { status: notModified ? 304 : 200, headers })
    : notModified
      ? c.body(null, 304, own)
      : c.body(body, 200, own);
  return response as Response & TypedResponse<JSONParsed<T>, 200, 'json'>;
}
