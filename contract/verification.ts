// Verifying a certificate, by anyone and without signing in: what is asked (by the QR link's code,
// by number with or without the holder's name, by a sealed PDF, by a credential) and the one answer
// every way gives. Revocation reasons stay private: the answer says only that it was revoked.
import * as v from 'valibot';
import { CertificateNumber, CertificateView, VerificationCode } from './certificates.ts';

/**
 * `not_found`: no such certificate, or one the asker may not see (a hidden one by number alone, or
 * with another name) — the two are never told apart. `tampered`: a PDF or credential whose
 * signature does not hold (changed after sealing, or not sealed by the registry).
 */
export const verificationResults = [
  'valid',
  'expired',
  'revoked',
  'replaced',
  'not_found',
  'tampered',
] as const;
export const VerificationResult = v.picklist(verificationResults);
export type VerificationResult = v.InferOutput<typeof VerificationResult>;

export const Verification = v.object({
  result: VerificationResult,
  /** When the registry answered (ISO 8601): the answer holds for that moment. */
  checkedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** What anyone may see of the certificate, when one was found. */
  certificate: v.optional(CertificateView),
  /** The number of the certificate that replaced this one, when that one is published. */
  replacedBy: v.optional(v.string()),
});
export type Verification = v.InferOutput<typeof Verification>;

export const VerificationCodeParams = v.object({ code: VerificationCode });
export const VerificationNumberParams = v.object({ number: CertificateNumber });

/**
 * The holder's name as the asker writes it: the family name, or given and family name (either
 * order); compared without case, accents or punctuation (see api/verification/holder-name.ts).
 */
export const HolderName = v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(200));

export const VerificationNumberQuery = v.object({
  name: v.optional(HolderName),
  lang: v.optional(v.picklist(['et', 'en'])),
});

/** A JWT in compact form: three base64url parts (the credential of /me/certificates/…/credential). */
export const CredentialJwt = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty(),
  v.maxLength(32_768),
  v.regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/),
);

export const CredentialVerificationBody = v.object({ credential: CredentialJwt });
export type CredentialVerificationBody = v.InferOutput<typeof CredentialVerificationBody>;

/** The largest sealed PDF verification takes: a certificate is one page, well under it. */
export const MAX_SEALED_PDF_BYTES = 5 * 1024 * 1024;
