// The certificate card's data: a published certificate as anyone may see it, or "not public" for a
// hidden one and an unknown number alike, so the answer tells nobody whether a number exists.
import type { CertificateCard } from '../../contract/register.ts';
import type { Database } from '../../db/client.ts';
import { certificateView, loadCertificateByNumber } from '../certificates/load.ts';

/**
 * What the card of `number` shows, in `language`, with the status as of `today` (a Tallinn day).
 * @example await certificateCard(db, 'ETEL-T3-0001', { language: 'et', publicUrl, today: '2026-11-29' })
 */
export async function certificateCard(
  db: Database,
  number: string,
  view: { language: 'et' | 'en'; publicUrl: string; today: string },
): Promise<CertificateCard> {
  const row = await loadCertificateByNumber(db, number);
  if (!row?.public) return { public: false };
  return { public: true, certificate: certificateView(row, view) };
}
