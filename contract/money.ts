// Money as the API answers it: integer cents, never floats, with the VAT that makes up the gross.
import * as v from 'valibot';

/** An amount with its VAT: net + vat = gross, all in cents of `currency` (ISO 4217). */
export const Money = v.object({
  netCents: v.number(),
  vatRatePercent: v.number(),
  vatCents: v.number(),
  grossCents: v.number(),
  currency: v.string(),
});

export type Money = v.InferOutput<typeof Money>;

/**
 * Cents as a bank's payment form takes an amount: a dot and two decimals, no currency sign.
 * @example plainAmount(3100) // '31.00'
 */
export const plainAmount = (cents: number): string => (cents / 100).toFixed(2);
