// Whether a person may re-certify a qualification today: they hold it, and today lies in the
// body's window around the certificate's expiry (seed 003: "normally within 6 months after the
// certificate expired"). Both edges are the body's configuration; outside them the form says what
// applies instead — wait, or apply as for the first time.

import { addMonthsToDay } from '../../contract/calendar.ts';

export type RecertificationWindow = { fromMonths: number; untilMonths: number };

export type HeldCertificate = { number: string; qualificationId: number; validUntil: string | null };

export type Recertification =
  | { status: 'not_a_holder' }
  | { status: 'indefinite'; certificate: string }
  | { status: 'too_early'; certificate: string; opensOn: string }
  | { status: 'open'; certificate: string; closesOn: string }
  | { status: 'too_late'; certificate: string; closedOn: string };

/**
 * @param today the day in Estonia (see tallinnDay), YYYY-MM-DD
 * @example recertificationFor(held, 7, { fromMonths: 0, untilMonths: 6 }, '2026-11-23')
 */
export function recertificationFor(
  held: HeldCertificate[],
  qualificationId: number,
  window: RecertificationWindow,
  today: string,
): Recertification {
  const ofQualification = held.filter((c) => c.qualificationId === qualificationId);
  if (ofQualification.length === 0) return { status: 'not_a_holder' };
  const indefinite = ofQualification.find((c) => c.validUntil === null);
  if (indefinite) return { status: 'indefinite', certificate: indefinite.number };
  // The newest certificate is the one a re-certification renews.
  const latest = ofQualification.reduce((a, b) => ((a.validUntil ?? '') >= (b.validUntil ?? '') ? a : b));
  const expiry = latest.validUntil as string;
  const opensOn = addMonthsToDay(expiry, window.fromMonths);
  const closesOn = addMonthsToDay(expiry, window.untilMonths);
  if (today < opensOn) return { status: 'too_early', certificate: latest.number, opensOn };
  if (today > closesOn) return { status: 'too_late', certificate: latest.number, closedOn: closesOn };
  return { status: 'open', certificate: latest.number, closesOn };
}
