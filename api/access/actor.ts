// Who a signed-in person is to the registry: their staff roles, committee seats, mandates and
// whether they administer the registry. Read per request (roles can change at any time).
import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.ts';
import {
  bodyStaff,
  committeeMembers,
  mandateQualifications,
  mandates,
  persons,
  registryAdmins,
} from '../../db/schema/index.ts';
import { preparedOnce } from './prepared-once.ts';

export type StaffRole = (typeof bodyStaff.$inferSelect)['role'];

export type Mandate = {
  id: number;
  bodyId: number;
  kind: 'partner' | 'employer';
  qualificationIds: number[];
  validFrom: string;
  validUntil: string | null;
  revoked: boolean;
};

export type Actor = {
  personId: string;
  staff: { bodyId: number; role: StaffRole }[];
  committee: { bodyId: number; chair: boolean }[];
  mandates: Mandate[];
  registryAdmin: boolean;
};

/**
 * A select field whose columns keep their table's name: drizzle writes a one-table select's columns
 * bare (`"id"`), which inside these subqueries would name the subquery's own table. Columns of a
 * nested SQL are left as they are.
 */
const qualified = <T>(inner: SQL) => sql<T>`${inner}`;

/**
 * The person's roles as four columns of one row, each a JSON array or a flag read by a subquery on
 * `personId` (a column of the outer query, or a value): a guard reads them in the same statement
 * as the session (console-caller.ts), one round trip instead of four queries after it.
 */
export const actorFields = (personId: SQL | PgColumn) => ({
  staff: qualified<Actor['staff']>(
    sql`coalesce((select json_agg(json_build_object('bodyId', ${bodyStaff.bodyId}, 'role', ${bodyStaff.role})) from ${bodyStaff} where ${bodyStaff.personId} = ${personId}), '[]')`,
  ),
  committee: qualified<Actor['committee']>(
    sql`coalesce((select json_agg(json_build_object('bodyId', ${committeeMembers.bodyId}, 'chair', ${committeeMembers.chair})) from ${committeeMembers} where ${committeeMembers.personId} = ${personId}), '[]')`,
  ),
  mandates: qualified<Mandate[]>(sql`coalesce((select json_agg(json_build_object(
      'id', ${mandates.id}, 'bodyId', ${mandates.bodyId}, 'kind', ${mandates.kind},
      'qualificationIds', coalesce((select json_agg(${mandateQualifications.qualificationId}) from ${mandateQualifications} where ${mandateQualifications.mandateId} = ${mandates.id}), '[]'),
      'validFrom', ${mandates.validFrom}, 'validUntil', ${mandates.validUntil}, 'revoked', ${mandates.revokedAt} is not null))
    from ${mandates} where ${mandates.personId} = ${personId}), '[]')`),
  registryAdmin: qualified<boolean>(
    sql`exists (select from ${registryAdmins} where ${registryAdmins.personId} = ${personId})`,
  ),
});

export type ActorFields = {
  [K in keyof ReturnType<typeof actorFields>]: ReturnType<typeof actorFields>[K]['_']['type'];
};

export const actorOf = (personId: string, row: ActorFields | undefined): Actor => ({
  personId,
  staff: row?.staff ?? [],
  committee: row?.committee ?? [],
  mandates: row?.mandates ?? [],
  registryAdmin: row?.registryAdmin ?? false,
});

/** The person's roles, in one prepared statement (a console page's own read; the guard reads them with the session). */
export async function loadActor(db: Database, personId: string): Promise<Actor> {
  const [row] = await actorStatement(db).execute({ personId });
  return actorOf(personId, row);
}

const actorStatement = preparedOnce((db) =>
  db
    .select(actorFields(persons.id))
    .from(persons)
    .where(eq(persons.id, sql.placeholder('personId')))
    .prepare('actor'),
);

/** Mandates at a body that are in force on `day` (YYYY-MM-DD). */
export const mandatesInForce = (actor: Actor, bodyId: number, day: string) =>
  actor.mandates.filter(
    (m) =>
      m.bodyId === bodyId &&
      !m.revoked &&
      m.validFrom <= day &&
      (m.validUntil === null || m.validUntil >= day),
  );
