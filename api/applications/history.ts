// An application's state history, oldest first: the same for its applicant and for staff.
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { applicationTransitions } from '../../db/schema/index.ts';

export async function applicationHistory(db: Database | Transaction, applicationId: string) {
  const rows = await db
    .select({
      from: applicationTransitions.fromState,
      to: applicationTransitions.toState,
      at: applicationTransitions.at,
      reason: applicationTransitions.reason,
    })
    .from(applicationTransitions)
    .where(eq(applicationTransitions.applicationId, applicationId))
    .orderBy(applicationTransitions.at, applicationTransitions.id);
  return rows.map((h) => ({ ...h, at: h.at.toISOString() }));
}
