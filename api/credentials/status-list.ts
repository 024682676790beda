// The registry's revocation list (W3C Bitstring Status List v1.0): a signed credential whose
// encodedList has one bit per status index, set for every revoked certificate. Built from the
// database on each request, so a revocation shows in the next answer of any API process.
import { gunzipSync, gzipSync } from 'node:zlib';
import { and, eq, isNotNull } from 'drizzle-orm';
import { SignJWT } from 'jose';
import type { Database } from '../../db/client.ts';
import { certificates, STATUS_LIST_LENGTH } from '../../db/schema/index.ts';
import { statusListUrlOf, VC_CONTEXT } from './credential.ts';
import type { CredentialKeys } from './keys.ts';

/** How long a verifier may keep the list before fetching it again (the list's `ttl`, and its HTTP caching). */
export const STATUS_LIST_TTL_SECONDS = 60;

/** The indices of every revoked certificate's bit. */
export async function revokedIndices(db: Database): Promise<number[]> {
  const rows = await db
    .select({ statusIndex: certificates.statusIndex })
    .from(certificates)
    .where(and(eq(certificates.status, 'revoked'), isNotNull(certificates.statusIndex)));
  return rows.map((r) => r.statusIndex as number);
}

/** Bit 0 is the first byte's most significant bit (Bitstring Status List §3.1, "left-most"). */
export function bitstringOf(indices: number[], length = STATUS_LIST_LENGTH): Uint8Array {
  const bits = new Uint8Array(length / 8);
  for (const index of indices) bits[index >> 3] = (bits[index >> 3] as number) | (0x80 >> (index & 7));
  return bits;
}

/** `u` (multibase base64url, no padding) + the gzipped bitstring. */
export const encodeList = (bits: Uint8Array) => `u${Buffer.from(gzipSync(bits)).toString('base64url')}`;

/** The bitstring of an encodedList, for verifiers (and tests). */
export function decodeList(encodedList: string): Uint8Array {
  if (!encodedList.startsWith('u')) throw new Error('encodedList is not multibase base64url');
  return new Uint8Array(gunzipSync(Buffer.from(encodedList.slice(1), 'base64url')));
}

/** Whether bit `index` is set. */
export const bitAt = (bits: Uint8Array, index: number) =>
  ((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))) !== 0;

/** The list as a credential (unsigned). */
export function statusListCredentialOf(
  encodedList: string,
  { publicUrl, now }: { publicUrl: string; now: Date },
) {
  const id = statusListUrlOf(publicUrl);
  return {
    '@context': [VC_CONTEXT],
    id,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: publicUrl,
    validFrom: new Date(Math.floor(now.getTime() / 1000) * 1000).toISOString(),
    credentialSubject: {
      id: `${id}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList,
      ttl: STATUS_LIST_TTL_SECONDS * 1000,
    },
  };
}

/**
 * The signed list as it is now.
 * @example const jwt = await signedStatusList(db, keys, { publicUrl, now: clock.now() });
 */
export async function signedStatusList(
  db: Database,
  keys: CredentialKeys,
  { publicUrl, now }: { publicUrl: string; now: Date },
): Promise<string> {
  const credential = statusListCredentialOf(encodeList(bitstringOf(await revokedIndices(db))), {
    publicUrl,
    now,
  });
  const { kid, alg, privateKey } = await keys.signingKey();
  return new SignJWT({ vc: credential })
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer(publicUrl)
    .setJti(credential.id)
    .setSubject(credential.credentialSubject.id)
    .setNotBefore(Math.floor(now.getTime() / 1000))
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .sign(privateKey);
}
