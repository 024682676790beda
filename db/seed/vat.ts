// Estonia's standard VAT rate with the dates it applies from (docs/glossary.md): never a gross price.
import type { Transaction } from '../client.ts';
import { vatRates } from '../schema/index.ts';

export const ESTONIAN_STANDARD_VAT = [
  { validFrom: '2009-07-01', rateBasisPoints: 2000 },
  { validFrom: '2024-01-01', rateBasisPoints: 2200 },
  { validFrom: '2025-07-01', rateBasisPoints: 2400 },
];

export async function seedVat(tx: Transaction): Promise<void> {
  await tx
    .insert(vatRates)
    .values(ESTONIAN_STANDARD_VAT.map((r) => ({ country: 'EE', category: 'standard', ...r })));
}
