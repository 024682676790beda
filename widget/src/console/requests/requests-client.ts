// The owners' requests views' calls to the API (a body's staff routes or the registry admins'),
// on the console's own origin (the cookie session,
// the CSRF token on changes, the page's language on every call). Each answer is checked with the
// contract's schema; a non-OK answer throws ApiProblem, read as the rest of the console reads it.
import {
  OwnerRequestFile,
  OwnerRequestList,
  type OwnerRequestStateChange,
} from '../../../../contract/owner-requests.ts';
import type { Language } from '../../shared/i18n.ts';
import { checkedAnswer } from '../shared/checked-answer.ts';
import type { RequestsScope } from '../shared/route.ts';

/** The API's header for the CSRF token (api/access/identity.ts CSRF_HEADER). */
const CSRF_HEADER = 'x-csrf-token';

/** The API's path of a scope's requests: the body's staff routes, or the registry admins' own. */
export const requestsPath = (scope: RequestsScope) =>
  scope.kind === 'registry'
    ? '/admin/owner-requests'
    : `/staff/bodies/${encodeURIComponent(scope.body.slug)}/owner-requests`;

/**
 * @example
 * const client = requestsClient({ csrfToken, language: 'et' });
 * const { requests } = await client.list(scope, new URLSearchParams('state=open'));
 */
export function requestsClient({
  csrfToken,
  language,
  origin = location.origin,
}: {
  csrfToken: string;
  language: Language;
  origin?: string;
}) {
  const url = (scope: RequestsScope, rest = '', query = new URLSearchParams()) => {
    const target = new URL(`${requestsPath(scope)}${rest}`, origin);
    for (const [key, value] of query) target.searchParams.append(key, value);
    target.searchParams.set('lang', language);
    return target;
  };
  const post = (target: URL, json?: unknown) =>
    fetch(target, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        [CSRF_HEADER]: csrfToken,
        ...(json === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(json === undefined ? {} : { body: JSON.stringify(json) }),
    });
  const one = (id: string, action = '') => `/${encodeURIComponent(id)}${action}`;

  return {
    /** The scope's requests with the list's filters (`state`, `kind`). */
    async list(scope: RequestsScope, query: URLSearchParams, signal?: AbortSignal) {
      const response = await fetch(url(scope, '', query), {
        credentials: 'same-origin',
        ...(signal ? { signal } : {}),
      });
      return checkedAnswer(response, OwnerRequestList);
    },
    /** One request with its certificate, the owner's contact and the thread; the read is recorded. */
    async get(scope: RequestsScope, id: string, signal?: AbortSignal) {
      const response = await fetch(url(scope, one(id)), {
        credentials: 'same-origin',
        ...(signal ? { signal } : {}),
      });
      return checkedAnswer(response, OwnerRequestFile);
    },
    /** Answers the owner; gives the request with the answer in its thread. */
    async answer(scope: RequestsScope, id: string, text: string) {
      return checkedAnswer(await post(url(scope, one(id, '/messages')), { body: text }), OwnerRequestFile);
    },
    async changeState(scope: RequestsScope, id: string, change: OwnerRequestStateChange) {
      return checkedAnswer(await post(url(scope, one(id, '/state')), change), OwnerRequestFile);
    },
    async feeReceived(scope: RequestsScope, id: string) {
      return checkedAnswer(await post(url(scope, one(id, '/fee-received'))), OwnerRequestFile);
    },
  };
}

export type RequestsClient = ReturnType<typeof requestsClient>;
