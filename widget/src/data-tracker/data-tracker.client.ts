// The data tracker's one call through Hono's typed client (AppType), with the page's session (its
// `authorizedFetch` adds the bearer token and ends the session on a 401). A non-OK answer throws
// `ApiProblem`, read with the contract's schema.
import { hc } from 'hono/client';
import type { AppType } from '../../../api/app.ts';
import { defaultApiBase } from '../shared/api-client.ts';
import { problemFrom } from '../shared/problem-reader.ts';
import type { Session } from '../shared/session.ts';

/** The API answers at most this many entries at once (api/me/routes.ts). */
export const MOST = 500;

/**
 * @example const events = await dataTrackerClient({ session, apiBase: el.api }).events(26);
 */
export function dataTrackerClient({ session, apiBase }: { session: Session; apiBase?: string | undefined }) {
  const base = (apiBase || defaultApiBase()).replace(/\/+$/, '');
  const client = hc<AppType>(base, {
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      session.authorizedFetch(input instanceof Request ? input.url : input, init),
  });
  return {
    /** The newest `limit` entries: the API keeps no cursor, so "more" asks for a longer list. */
    async events(limit: number) {
      const answer = await client.me['data-tracker'].$get({ query: { limit: String(limit) } });
      if (!answer.ok) throw await problemFrom(answer as unknown as Response);
      return (await answer.json()).events;
    },
  };
}

export type DataTrackerClient = ReturnType<typeof dataTrackerClient>;

/** One entry as the API's route types it (contract/data-tracker.ts's TrackerEvent, names read from a left join). */
export type TrackerEntry = Awaited<ReturnType<DataTrackerClient['events']>>[number];
