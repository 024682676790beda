// Verifies a credential JWT as any verifier would — the signature against the published keys, the
// claims against the credential they carry, the status bit in the revocation list — and says what
// the certificate is now. The verification page and POST /verification/credential use this.
import { compactVerify, createLocalJWKSet, decodeProtectedHeader } from 'jose';
import * as v from 'valibot';
import { tallinnDay } from '../../contract/calendar.ts';
import { effectiveStatus } from '../../contract/certificates.ts';
import { type CredentialStatus, OpenBadgeCredential } from '../../contract/credentials.ts';
import type { Database } from '../../db/client.ts';
import { systemClock } from '../../db/clock.ts';
import { loadCertificateByCode } from '../certificates/load.ts';
import { credentialUrlOf, statusListUrlOf } from './credential.ts';
import { type CredentialKeys, databaseCredentialKeys } from './keys.ts';
import { bitAt, bitstringOf, revokedIndices } from './status-list.ts';

export type CredentialVerification = {
  /** The JWT was signed by one of the registry's keys and its claims match the credential in it. */
  signatureValid: boolean;
  status: CredentialStatus;
  /** The certificate's number, when the credential is the registry's and the certificate is known. */
  number?: string;
};

const NOT_OURS: CredentialVerification = { signatureValid: false, status: 'not_found' };

/** Seconds since the epoch of an ISO instant. */
const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/**
 * The payload the JWT signs, if the signature is good and its claims are the credential's own
 * (OB 3.0 §8.2.4.2: iss = issuer.id, jti = id, sub = the subject, nbf = validFrom, exp = validUntil).
 * Expiry is not a signature failure: an expired certificate's credential is still the registry's.
 */
async function verifiedCredential(jwt: string, keys: CredentialKeys, publicUrl: string) {
  let payload: Uint8Array;
  try {
    const header = decodeProtectedHeader(jwt);
    if (header.typ !== 'JWT' || typeof header.kid !== 'string') return undefined;
    const keySet = createLocalJWKSet(await keys.publicKeys());
    ({ payload } = await compactVerify(jwt, keySet, {
      algorithms: ['ES256', 'ES384', 'RS256', 'PS256'],
    }));
  } catch {
    return undefined;
  }
  let claims: Record<string, unknown>;
  try {
    claims = JSON.parse(new TextDecoder().decode(payload));
  } catch {
    return undefined;
  }
  const parsed = v.safeParse(OpenBadgeCredential, claims.vc);
  if (!parsed.success) return undefined;
  const credential = parsed.output;
  const subject = credential.credentialSubject.identifier[0]?.identityHash;
  const matches =
    credential.issuer.id === publicUrl &&
    claims.iss === credential.issuer.id &&
    claims.jti === credential.id &&
    claims.sub === subject &&
    claims.nbf === seconds(credential.validFrom) &&
    claims.exp === (credential.validUntil ? seconds(credential.validUntil) : undefined) &&
    credential.credentialStatus.statusListCredential === statusListUrlOf(publicUrl);
  return matches ? credential : undefined;
}

/**
 * @example
 * const { signatureValid, status, number } = await verifyCredential(db, pastedJwt, { publicUrl });
 * // { signatureValid: true, status: 'revoked', number: 'ETEL-T3-0001' }
 */
export async function verifyCredential(
  db: Database,
  jwt: string,
  {
    publicUrl,
    keys = databaseCredentialKeys(db, systemClock),
    now = new Date(),
  }: { publicUrl: string; keys?: CredentialKeys; now?: Date },
): Promise<CredentialVerification> {
  const credential = await verifiedCredential(jwt.trim(), keys, publicUrl);
  if (!credential) return NOT_OURS;
  const code = credential.id.slice(credentialUrlOf(publicUrl, '').length);
  const certificate = credential.id.startsWith(credentialUrlOf(publicUrl, ''))
    ? await loadCertificateByCode(db, code)
    : undefined;
  if (!certificate) return { signatureValid: true, status: 'not_found' };
  const number = certificate.number;
  // The bit the credential names, read from the list as it is published now.
  const index = Number(credential.credentialStatus.statusListIndex);
  if (bitAt(bitstringOf(await revokedIndices(db)), index))
    return { signatureValid: true, status: 'revoked', number };
  const status = effectiveStatus(certificate, tallinnDay(now));
  if (status === 'valid' && credential.validUntil && Date.parse(credential.validUntil) <= now.getTime())
    return { signatureValid: true, status: 'expired', number };
  return { signatureValid: true, status, number };
}
