// Amounts with VAT: prices are kept net, and the rate of the day of supply is applied.

export type Amount = {
  netCents: number;
  vatRatePercent: number;
  vatCents: number;
  grossCents: number;
  currency: string;
};

/** @example withVat(900, 2400) → { netCents: 900, vatRatePercent: 24, vatCents: 216, grossCents: 1116, currency: 'EUR' } */
export function withVat(netCents: number, rateBasisPoints: number, currency = 'EUR'): Amount {
  // Round half up to the cent, as invoices do.
  const vatCents = Math.round((netCents * rateBasisPoints) / 10_000);
  return {
    netCents,
    vatRatePercent: rateBasisPoints / 100,
    vatCents,
    grossCents: netCents + vatCents,
    currency,
  };
}
