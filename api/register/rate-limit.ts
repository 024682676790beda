// The register's rate limit: searches per client address and minute, counted in PostgreSQL's
// rate_limits table as the sign-in endpoints' are (auth/rate-limit.ts), so every API process
// counts against the same budget. The JSON search and the /register page share it.
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { countRequest } from '../auth/rate-limit.ts';

/**
 * A person paging through results or refining a name makes a few searches a minute; an office
 * behind one address some dozens. Walking the register for its names takes thousands.
 * The window is no longer than auth/rate-limit.ts's longest, so auth/sweep.ts removes old counts.
 */
export const REGISTER_LIMIT = { endpoint: 'register-search', max: 60, windowSeconds: 60 } as const;

/**
 * Counts this request; over the limit, the seconds until the window ends (for Retry-After),
 * else undefined.
 * @example const retryAfter = await overRegisterLimit(c, deps); if (retryAfter) …
 */
export const overRegisterLimit = (c: Context, { db, clock }: { db: Database; clock: Clock }) =>
  countRequest(db, c, REGISTER_LIMIT, clock.now());
