// The console cookie's whole guard read in one statement: the live session its secret proves, the
// person's roles (actor.ts) and the awarding body named in the path. Read one after another they
// were three round trips (the roles four queries), ~6 ms of a console list's ~18 (bench/console-list.ts).
import { getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { awardingBodies, sessions } from '../../db/schema/index.ts';
import { liveConsole, liveConsoleValues, type Session, seenConsoleSession } from '../auth/sessions.ts';
import { type Actor, actorFields, actorOf } from './actor.ts';
import { preparedOnce } from './prepared-once.ts';

export type ConsoleCaller = {
  session: Session;
  actor: Actor;
  /** The body of `slug` when one was asked for: null when there is none of that slug. */
  body: { id: number; slug: string } | null;
};

/** The statement (exported for bench/console-list.ts, whose raw side runs it as the guard does). */
export const consoleCallerStatement = preparedOnce((db) =>
  db
    .select({
      session: getTableColumns(sessions),
      ...actorFields(sessions.personId),
      // Nested, as actor.ts's fields: its columns keep their table's name.
      body: sql<
        ConsoleCaller['body']
      >`${sql`(select json_build_object('id', ${awardingBodies.id}, 'slug', ${awardingBodies.slug}) from ${awardingBodies} where ${awardingBodies.slug} = ${sql.placeholder('slug')}::text)`}`,
    })
    .from(sessions)
    .where(liveConsole)
    .prepare('console_caller'),
);

/** The caller a console cookie's secret proves, or undefined when its session has ended or idled out. */
export async function consoleCaller(
  db: Database,
  {
    secret,
    now,
    idleMinutes,
    slug,
  }: { secret: string; now: Date; idleMinutes: number; slug?: string | undefined },
): Promise<ConsoleCaller | undefined> {
  const [row] = await consoleCallerStatement(db).execute({
    ...liveConsoleValues(secret, now, idleMinutes),
    slug: slug ?? null,
  });
  if (!row) return undefined;
  await seenConsoleSession(db, row.session, now);
  return { session: row.session, actor: actorOf(row.session.personId, row), body: row.body };
}
