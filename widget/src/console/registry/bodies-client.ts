// The registry's awarding bodies view's calls to the API (GET /admin/bodies, POST
// /admin/bodies/:body/cease), on the console's own origin: the cookie session, the CSRF token on
// the change, the page's language on every call. Each answer is checked with the contract's
// schema; a non-OK answer throws ApiProblem, read as the rest of the console reads it.
import { AwardingBodyList, BodyCeased } from '../../../../contract/body-cease.ts';
import type { Language } from '../../shared/i18n.ts';
import { checkedAnswer } from '../shared/checked-answer.ts';

/** The API's header for the CSRF token (api/access/identity.ts CSRF_HEADER). */
const CSRF_HEADER = 'x-csrf-token';

/**
 * @example
 * const client = bodiesClient({ csrfToken, language: 'et' });
 * const { requestsMoved } = await client.cease('etel', '2024-05-14');
 */
export function bodiesClient({
  csrfToken,
  language,
  origin = location.origin,
}: {
  csrfToken: string;
  language: Language;
  origin?: string;
}) {
  const url = (path: string) => {
    const target = new URL(path, origin);
    target.searchParams.set('lang', language);
    return target;
  };
  return {
    /** Every awarding body, sorted by name, with the day it ceased (null while it acts). */
    async list(signal?: AbortSignal) {
      const response = await fetch(url('/admin/bodies'), {
        credentials: 'same-origin',
        ...(signal ? { signal } : {}),
      });
      return checkedAnswer(response, AwardingBodyList);
    },
    /** Records that `body` ceased on `ceasedOn`; says how many open requests moved to the registry. */
    async cease(body: string, ceasedOn: string) {
      const response = await fetch(url(`/admin/bodies/${encodeURIComponent(body)}/cease`), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { [CSRF_HEADER]: csrfToken, 'content-type': 'application/json' },
        body: JSON.stringify({ ceasedOn }),
      });
      return checkedAnswer(response, BodyCeased);
    },
  };
}

export type BodiesClient = ReturnType<typeof bodiesClient>;
