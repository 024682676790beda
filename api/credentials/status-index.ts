// A certificate's bit in the revocation status list: taken at random when its first credential is
// issued, so that neighbouring bits say nothing about who was certified when (W3C Bitstring Status
// List §6.5, "herd privacy"), and kept for good.
import { randomInt } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import { certificates, STATUS_LIST_LENGTH } from '../../db/schema/index.ts';

/** The PostgreSQL error code of a driver error, which drizzle wraps (its `.cause`). */
export function postgresCode(error: unknown): string | undefined {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

const UNIQUE_VIOLATION = '23505';
/** With 131 072 bits and a registry's few thousand certificates, a second draw is already rare. */
const MAX_DRAWS = 50;

/**
 * The certificate's status index, drawing one if it has none. Each draw is its own statement (not in
 * a transaction, which one unique violation would end): a taken index fails on the unique index and
 * is drawn again; a certificate that got its index meanwhile from another request keeps that one.
 * @example const index = await statusIndexOf(db, row.id, row.statusIndex);
 */
export async function statusIndexOf(
  db: Database,
  certificateId: string,
  known: number | null,
): Promise<number> {
  if (known !== null) return known;
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const candidate = randomInt(0, STATUS_LIST_LENGTH);
    try {
      const [taken] = await db
        .update(certificates)
        .set({ statusIndex: candidate })
        .where(and(eq(certificates.id, certificateId), isNull(certificates.statusIndex)))
        .returning({ statusIndex: certificates.statusIndex });
      if (taken) return candidate;
      const [row] = await db
        .select({ statusIndex: certificates.statusIndex })
        .from(certificates)
        .where(eq(certificates.id, certificateId));
      if (row?.statusIndex == null) throw new Error(`certificate ${certificateId} is gone`);
      return row.statusIndex;
    } catch (error) {
      if (postgresCode(error) !== UNIQUE_VIOLATION) throw error;
    }
  }
  throw new Error(`no free status index after ${MAX_DRAWS} draws: the status list is too full`);
}
