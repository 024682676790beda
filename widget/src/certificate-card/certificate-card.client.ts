// The card's one call: GET /certificates/:number/card through Hono's typed client, so a change of
// the route's answer (contract/register.ts) fails the widget's type check.
import { hc } from 'hono/client';
import type { AppType } from '../../../api/app.ts';
import type { CertificateCard } from '../../../contract/register.ts';
import type { Language } from '../shared/i18n.ts';
import { ApiProblem } from '../shared/problem.ts';

export type { CertificateCard };
export type CertificateView = Extract<CertificateCard, { public: true }>['certificate'];

/**
 * A certificate's card in `language`: `{ public: false }` when its owner has not published it.
 * Throws `ApiProblem` on a non-OK answer and the browser's `TypeError` when the network fails.
 * @example await fetchCard({ apiBase, number: 'ETEL-T3-0001', language: 'et' })
 */
export async function fetchCard({
  apiBase,
  number,
  language,
  signal,
}: {
  apiBase: string;
  number: string;
  language: Language;
  signal?: AbortSignal;
}): Promise<CertificateCard> {
  const response = await hc<AppType>(apiBase).certificates[':number'].card.$get(
    { param: { number }, query: { lang: language } },
    { init: signal ? { signal } : {} },
  );
  // The status alone, as the catalogue's call does: the card words 400 itself, and the problem
  // reader's schema would cost the most embedded component bytes of its 15 KB budget.
  if (!response.ok) throw new ApiProblem(response.status);
  return (await response.json()) as CertificateCard;
}
