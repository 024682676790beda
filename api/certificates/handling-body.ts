// Who handles an owner's request about a certificate (issue 13): the awarding body that issued it
// while the body acts, the registry (body_id null) from the day the body ceased — the registry
// keeps a gone body's records, and a request left with it would never be answered.
import { eq } from 'drizzle-orm';
import type { Database, Transaction } from '../../db/client.ts';
import { awardingBodies } from '../../db/schema/index.ts';

/**
 * The body a new request goes to: `issuer`, or null (the registry) when it ceased on or before
 * `today` (a Tallinn day, YYYY-MM-DD).
 * @example await handlingBody(tx, certificate.bodyId, tallinnDay(now)) // 1, or null after ceasing
 */
export async function handlingBody(
  tx: Database | Transaction,
  issuer: number,
  today: string,
): Promise<number | null> {
  const [body] = await tx
    .select({ ceasedOn: awardingBodies.ceasedOn })
    .from(awardingBodies)
    .where(eq(awardingBodies.id, issuer))
    // Shared: a cease in progress (which locks the row for update) is waited for, so a request made
    // meanwhile goes to the registry and is not left with the body after its open ones moved.
    .for('share');
  return body?.ceasedOn != null && body.ceasedOn <= today ? null : issuer;
}
