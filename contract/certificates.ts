// A certificate as the world may see it: the certificate card, the public register, verification
// and the owner's own list all show this shape (the owner's list adds what only the owner sees).
// No personal code, ever: a certificate names its holder by name only.
import * as v from 'valibot';
import { tallinnDay } from './calendar.ts';

/** As stored; `expired` is also what a `valid` one past its valid-until day is, when read. */
export const certificateStatuses = ['valid', 'expired', 'revoked', 'replaced'] as const;
export const CertificateStatus = v.picklist(certificateStatuses);
export type CertificateStatus = v.InferOutput<typeof CertificateStatus>;

/** A certificate number as the registry writes them, e.g. `ETEL-J5-0002`. */
export const CertificateNumber = v.pipe(
  v.string(),
  v.trim(),
  v.toUpperCase(),
  v.regex(/^[A-Z0-9]+(-[A-Z0-9]+)+$/, 'is not a certificate number'),
  v.maxLength(40, 'is not a certificate number'),
);

/** The code on the paper's QR link: 32 hex digits (db/schema/certificates.ts verificationCode). */
export const VerificationCode = v.pipe(
  v.string(),
  v.trim(),
  v.toLowerCase(),
  v.regex(/^[0-9a-f]{32}$/, 'is not a verification code'),
);

const Named = v.object({ slug: v.string(), name: v.string() });

export const CertificateView = v.object({
  number: v.string(),
  holder: v.object({ givenName: v.string(), familyName: v.string() }),
  qualification: v.object({ slug: v.string(), name: v.string(), eqfLevel: v.nullable(v.number()) }),
  body: Named,
  issuedOn: v.string(),
  /** Null: valid indefinitely. */
  validUntil: v.nullable(v.string()),
  status: CertificateStatus,
  /** The public verification page of this certificate (by its number). */
  verifyUrl: v.string(),
});
export type CertificateView = v.InferOutput<typeof CertificateView>;

/**
 * The status a reader must be shown on `today` (a Tallinn day): a revoked or replaced certificate
 * stays so; a valid one past its last day is expired even before the nightly job stores it.
 * @example effectiveStatus({ status: 'valid', validUntil: '2026-01-31' }, '2026-02-01') // 'expired'
 */
export function effectiveStatus(
  certificate: { status: CertificateStatus; validUntil: string | null },
  today: string = tallinnDay(new Date()),
): CertificateStatus {
  if (certificate.status !== 'valid') return certificate.status;
  return certificate.validUntil !== null && certificate.validUntil < today ? 'expired' : 'valid';
}
