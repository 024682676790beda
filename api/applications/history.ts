// An application's state history, oldest first: the same for its applicant and for staff; and the
// console's timeline, which also says who took each step.
import { and, desc, eq, sql } from 'drizzle-orm';
import type { TimelineEntry } from '../../contract/staff.ts';
import type { Database, Transaction } from '../../db/client.ts';
import { applicationTransitions, persons } from '../../db/schema/index.ts';

/**
 * The moves between states of one application, in the order they happened. Steps that keep the
 * state (fee received, documents accepted, another session) are the body's working notes: the
 * applicant's timeline would show its state twice, and the e-mail and the view already say what
 * changed for them.
 */
export const historyRows = (db: Database | Transaction, applicationId: string) =>
  db
    .select({
      id: applicationTransitions.id,
      from: applicationTransitions.fromState,
      to: applicationTransitions.toState,
      at: applicationTransitions.at,
      reason: applicationTransitions.reason,
    })
    .from(applicationTransitions)
    .where(
      and(
        eq(applicationTransitions.applicationId, applicationId),
        sql`${applicationTransitions.fromState} is distinct from ${applicationTransitions.toState}`,
      ),
    )
    .orderBy(applicationTransitions.at, applicationTransitions.id);

export type HistoryRow = Awaited<ReturnType<typeof historyRows>>[number];

/** The history as the API answers it (contract/applications.ts `HistoryEntry`). */
export const historyView = (rows: HistoryRow[]) =>
  rows.map(({ from, to, at, reason }) => ({ from, to, at: at.toISOString(), reason }));

export async function applicationHistory(db: Database | Transaction, applicationId: string) {
  return historyView(await historyRows(db, applicationId));
}

/**
 * The console's timeline (contract/staff.ts `TimelineEntry`): each step with who took it and why,
 * oldest first. `last` keeps only that many of the newest (the steps since a version: every step
 * raises the version by one).
 */
export async function timeline(
  db: Database | Transaction,
  application: { id: string; applicantId: string },
  { last }: { last?: number } = {},
): Promise<TimelineEntry[]> {
  const query = db
    .select({
      step: applicationTransitions.step,
      from: applicationTransitions.fromState,
      to: applicationTransitions.toState,
      at: applicationTransitions.at,
      reason: applicationTransitions.reason,
      actorId: applicationTransitions.actorId,
      givenName: persons.givenName,
      familyName: persons.familyName,
    })
    .from(applicationTransitions)
    .innerJoin(persons, eq(persons.id, applicationTransitions.actorId))
    .where(eq(applicationTransitions.applicationId, application.id))
    .orderBy(desc(applicationTransitions.at), desc(applicationTransitions.id));
  const rows = last === undefined ? await query : await query.limit(last);
  return rows.reverse().map((r) => ({
    // Rows older than named steps got theirs from their state (migration 0011); none is left null.
    step: r.step ?? r.to,
    from: r.from,
    to: r.to,
    at: r.at.toISOString(),
    by: {
      name: `${r.givenName} ${r.familyName}`,
      // Staff submitting on the applicant's behalf is staff; the applicant's own steps are theirs.
      role: r.actorId === application.applicantId ? 'applicant' : 'staff',
    },
    reason: r.reason,
  }));
}

/** The newest `count` steps: what happened since a version `count` behind the current one. */
export const timelineSince = (
  db: Database | Transaction,
  application: { id: string; applicantId: string },
  count: number,
) => timeline(db, application, { last: count });
