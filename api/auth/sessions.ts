// Sessions, kept in PostgreSQL: a widget session backs the short tokens a person's browser holds
// on a body's website; a console session backs the console's cookie. Ending one ends it for every
// API process at once.
import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { sessions } from '../../db/schema/index.ts';
import { randomSecret, sha256 } from './secrets.ts';

export type Session = typeof sessions.$inferSelect;

type NewSession = {
  personId: string;
  method: string;
  assurance: string;
  now: Date;
  expiresAt: Date;
};

export async function createWidgetSession(
  tx: Database | Transaction,
  { bodyId, origin, ...rest }: NewSession & { bodyId: number; origin: string },
) {
  const [row] = await tx
    .insert(sessions)
    .values({ kind: 'widget', bodyId, origin, ...sessionTimes(rest), ...identity(rest) })
    .returning();
  return row as Session;
}

/** A console session and the cookie secret that proves it (shown once, stored hashed). */
export async function createConsoleSession(tx: Database | Transaction, values: NewSession) {
  const secret = randomSecret();
  const [row] = await tx
    .insert(sessions)
    .values({
      kind: 'console',
      secretHash: sha256(secret),
      csrfToken: randomSecret(),
      ...sessionTimes(values),
      ...identity(values),
    })
    .returning();
  return { session: row as Session, secret };
}

const sessionTimes = ({ now, expiresAt }: NewSession) => ({ createdAt: now, lastSeenAt: now, expiresAt });
const identity = ({ personId, method, assurance }: NewSession) => ({ personId, method, assurance });

/** A widget session that has neither ended nor passed its absolute end. */
export async function liveWidgetSession(db: Database, id: string, now: Date) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(
      and(
        eq(sessions.id, id),
        eq(sessions.kind, 'widget'),
        isNull(sessions.endedAt),
        gt(sessions.expiresAt, now),
      ),
    );
  return row;
}

/**
 * The console session a cookie secret proves, if it is neither ended nor past its absolute end
 * nor idle for longer than `idleMinutes`; its last-seen time moves on (at most once a minute, to
 * spare PostgreSQL a write per request).
 */
export async function liveConsoleSession(db: Database, secret: string, now: Date, idleMinutes: number) {
  const [row] = await db
    .select()
    .from(sessions)
    .where(liveConsole)
    .prepare('live_console_session')
    .execute(liveConsoleValues(secret, now, idleMinutes));
  if (row) await seenConsoleSession(db, row, now);
  return row;
}

/**
 * A live console session's condition, with placeholders (`secretHash`, `now`, `idleSince`): a
 * prepared statement, so postgres.js sends it in one round trip (an unprepared statement with
 * parameters takes two, the first to learn their types).
 */
export const liveConsole = and(
  eq(sessions.secretHash, sql.placeholder('secretHash')),
  eq(sessions.kind, 'console'),
  isNull(sessions.endedAt),
  gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
  gt(sessions.lastSeenAt, sql`${sql.placeholder('idleSince')}::timestamptz`),
);

/** The values of liveConsole's placeholders for a cookie's secret. */
export const liveConsoleValues = (secret: string, now: Date, idleMinutes: number) => ({
  secretHash: sha256(secret),
  now: now.toISOString(),
  idleSince: idleSince(now, idleMinutes).toISOString(),
});

/** Moves a live console session's last-seen time on, at most once a minute (to spare PostgreSQL a write per request). */
export async function seenConsoleSession(db: Database, row: Session, now: Date) {
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000)
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, row.id));
}

/** The moment before which a session last seen then counts as idle. */
const idleSince = (now: Date, idleMinutes: number) => new Date(now.getTime() - idleMinutes * 60_000);

/**
 * A widget session ends after this much inactivity, as a console session does. The widget signs
 * out after as long without a key or pointer on the page (widget/src/shared/idle.ts).
 */
export const WIDGET_IDLE_MINUTES = 30;

/**
 * Moves a widget session's last-seen time on to the person's last activity on the page, which only
 * the widget sees: it reports how many seconds ago that was on each refresh. Without a report the
 * time stays, so a page that refreshes without saying so idles out too. Once the last activity is
 * more than `idleMinutes` old the session ends and this answers false. A page could claim activity
 * that never was; this bounds only pages that do not (the session's absolute end bounds the rest).
 */
export async function touchWidgetSession(
  db: Database,
  session: Session,
  {
    now,
    idleSeconds,
    idleMinutes = WIDGET_IDLE_MINUTES,
  }: { now: Date; idleSeconds?: number | undefined; idleMinutes?: number },
) {
  const reported = idleSeconds === undefined ? 0 : now.getTime() - idleSeconds * 1000;
  const lastActive = new Date(Math.max(session.lastSeenAt.getTime(), reported));
  if (lastActive <= idleSince(now, idleMinutes)) {
    await endSession(db, session.id, now);
    return false;
  }
  if (lastActive > session.lastSeenAt)
    await db.update(sessions).set({ lastSeenAt: lastActive }).where(eq(sessions.id, session.id));
  return true;
}

export async function endSession(db: Database | Transaction, id: string, now: Date) {
  await db
    .update(sessions)
    .set({ endedAt: now })
    .where(and(eq(sessions.id, id), isNull(sessions.endedAt)));
}
