// An application's state history, oldest first: the same for its applicant and for staff.
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { applicationTransitions } from '../../db/schema/index.ts';

/** The transition rows of one application, in the order they happened. */
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
    .where(eq(applicationTransitions.applicationId, applicationId))
    .orderBy(applicationTransitions.at, applicationTransitions.id);

export type HistoryRow = Awaited<ReturnType<typeof historyRows>>[number];

/** The history as the API answers it (contract/applications.ts `HistoryEntry`). */
export const historyView = (rows: HistoryRow[]) =>
  rows.map(({ from, to, at, reason }) => ({ from, to, at: at.toISOString(), reason }));

export async function applicationHistory(db: Database | Transaction, applicationId: string) {
  return historyView(await historyRows(db, applicationId));
}
