// Which website origins an awarding body registered for embedding Kutse.
import { and, eq, exists } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { awardingBodies, bodyOrigins } from '../../db/schema/index.ts';
import { isHttpsOrLoopback } from '../http/loopback.ts';

/**
 * Whether `origin` is registered — by the body with `bodySlug` when given, else by any body — and
 * https, or http on loopback only: a token posted to an http site elsewhere would travel in clear.
 */
export async function isRegisteredOrigin(db: Database, origin: string, bodySlug?: string): Promise<boolean> {
  if (!isHttpsOrLoopback(origin)) return false;
  const ofBody = bodySlug
    ? exists(
        db
          .select({ one: awardingBodies.id })
          .from(awardingBodies)
          .where(and(eq(awardingBodies.id, bodyOrigins.bodyId), eq(awardingBodies.slug, bodySlug))),
      )
    : undefined;
  const rows = await db
    .select({ origin: bodyOrigins.origin })
    .from(bodyOrigins)
    .where(and(eq(bodyOrigins.origin, origin), ofBody))
    .limit(1);
  return rows.length > 0;
}
