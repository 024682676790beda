// Removes what has expired: logins in progress past their 10 minutes, sessions that ended or passed
// their absolute end, and rate-limit windows long over. There is no job queue yet, so a login start
// does it inline — a bounded batch of each, so that a backlog never makes one request slow — and
// `SKIP LOCKED`, so that two logins starting at once neither wait for nor deadlock on each other.
import { and, eq, inArray, isNotNull, lt, notExists, or, sql } from 'drizzle-orm';
import { createMiddleware } from 'hono/factory';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { loginAttempts, rateLimits, sessions } from '../../db/schema/index.ts';
import { LONGEST_WINDOW_SECONDS } from './rate-limit.ts';

/** Rows of each kind removed at most per login start. */
export const SWEEP_BATCH = 100;

export async function sweepExpired(db: Database, now: Date) {
  // Attempts first: an attempt names its session, which can go only once no attempt does.
  const attempts = db
    .select({ id: loginAttempts.id })
    .from(loginAttempts)
    .where(lt(loginAttempts.expiresAt, now))
    .limit(SWEEP_BATCH)
    .for('update', { skipLocked: true });
  await db.delete(loginAttempts).where(inArray(loginAttempts.id, attempts));

  const deadSessions = db
    .select({ id: sessions.id })
    .from(sessions)
    .where(
      and(
        or(lt(sessions.expiresAt, now), isNotNull(sessions.endedAt)),
        notExists(
          db
            .select({ one: loginAttempts.id })
            .from(loginAttempts)
            .where(eq(loginAttempts.sessionId, sessions.id)),
        ),
      ),
    )
    .limit(SWEEP_BATCH)
    .for('update', { skipLocked: true });
  await db.delete(sessions).where(inArray(sessions.id, deadSessions));

  const before = new Date(now.getTime() - LONGEST_WINDOW_SECONDS * 1000);
  const windows = db
    .select({ endpoint: rateLimits.endpoint, client: rateLimits.client, windowStart: rateLimits.windowStart })
    .from(rateLimits)
    .where(lt(rateLimits.windowStart, before))
    .limit(SWEEP_BATCH * 5)
    .for('update', { skipLocked: true });
  await db
    .delete(rateLimits)
    .where(sql`(${rateLimits.endpoint}, ${rateLimits.client}, ${rateLimits.windowStart}) in ${windows}`);
}

/** The middleware for the login start routes. */
export function sweepOnLoginStart({ db, clock }: { db: Database; clock: Clock }) {
  return createMiddleware(async function sweepMiddleware(_c, next) {
    await sweepExpired(db, clock.now());
    await next();
  });
}
