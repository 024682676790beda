// The register's rate limit: searches per client address and minute, counted in PostgreSQL's
// rate_limits table as the sign-in endpoints' are (auth/rate-limit.ts), so every API process
// counts against the same budget. The JSON search and the /register page share it.
import { sql } from 'drizzle-orm';
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { rateLimits } from '../../db/schema/index.ts';
import { clientKey } from '../auth/rate-limit.ts';

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
export async function overRegisterLimit(
  c: Context,
  { db, clock }: { db: Database; clock: Clock },
): Promise<number | undefined> {
  const now = clock.now().getTime();
  const windowMs = REGISTER_LIMIT.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ endpoint: REGISTER_LIMIT.endpoint, client: clientKey(c), windowStart, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.endpoint, rateLimits.client, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  if ((row?.count ?? 0) <= REGISTER_LIMIT.max) return undefined;
  return Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now) / 1000));
}
