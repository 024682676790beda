// A new payment reference number (viitenumber) for an application: the next number of a
// PostgreSQL sequence (unique across API processes) with its 7-3-1 check digit.
import { sql } from 'drizzle-orm';
import { withCheckDigit } from '../contract/payment-reference.ts';
import type { Database, Transaction } from './client.ts';

export async function nextPaymentReference(db: Database | Transaction): Promise<string> {
  const [row] = await db
    .select({ n: sql<string>`nextval('payment_reference_numbers')::text` })
    .from(sql`(select 1) as one`);
  if (!row) throw new Error('no payment reference number');
  return withCheckDigit(row.n);
}
