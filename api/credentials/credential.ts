// A certificate as an Open Badges 3.0 credential on the W3C VC 2.0 data model, signed as a JWT
// (reference.md, Verifiable credentials): the registry issues it, the awarding body is the
// achievement's creator, the holder is a salted hash of their personal code.
import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { SignJWT } from 'jose';
import { tallinnDay } from '../../contract/calendar.ts';
import type { OpenBadgeCredential } from '../../contract/credentials.ts';
import type { Database } from '../../db/client.ts';
import { persons } from '../../db/schema/index.ts';
import type { LoadedCertificate } from '../certificates/load.ts';
import type { CredentialKeys } from './keys.ts';
import { statusIndexOf } from './status-index.ts';

export const VC_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OB_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';

/**
 * OB 3.0's achievementType vocabulary has `Certificate` and `Certification`; CTDL, which it takes
 * them from, calls a Certification "time-limited, revocable, renewable … awarded by an authoritative
 * body for demonstrating the knowledge, skills and abilities to perform an occupation" — a kutse.
 */
export const ACHIEVEMENT_TYPE = 'Certification';

/** The registry as the issuer, in Estonian first. */
export const REGISTRY_NAME = 'Kutseregister / Estonian Qualifications Register';

/** The credential's stable public URL: its id, by the paper's verification code. */
export const credentialUrlOf = (publicUrl: string, code: string) => `${publicUrl}/credentials/${code}`;
/** The registry's one revocation list. */
export const statusListUrlOf = (publicUrl: string) => `${publicUrl}/status-lists/1`;

/**
 * The instant a Tallinn day begins (EET or EEST, whichever is in force then).
 * @example tallinnMidnight('2026-07-01') // 2026-06-30T21:00:00.000Z
 */
export function tallinnMidnight(day: string): Date {
  for (const offset of ['+03:00', '+02:00']) {
    const instant = new Date(`${day}T00:00:00${offset}`);
    if (tallinnDay(instant) === day && tallinnDay(new Date(instant.getTime() - 1)) !== day) return instant;
  }
  throw new Error(`no Tallinn midnight on ${day}`);
}

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** OB's IdentityHash: `sha256$` and the hex digest of the identity followed by its salt. */
export const identityHashOf = (identity: string, salt: string) =>
  `sha256$${createHash('sha256')
    .update(identity + salt)
    .digest('hex')}`;

/** The value hashed into the credential, and OB's name for its kind. */
export type HolderIdentity = { identity: string; identityType: 'nationalIdentityNumber' | 'identifier' };

const both = (et: string, en: string) => (et === en ? et : `${et} / ${en}`);

/** The credential's JSON (unsigned), for a certificate with its status index already taken. */
export function credentialOf(
  row: LoadedCertificate,
  { statusIndex, holder, publicUrl }: { statusIndex: number; holder: HolderIdentity; publicUrl: string },
): OpenBadgeCredential {
  const id = credentialUrlOf(publicUrl, row.verificationCode);
  const name = both(row.qualificationNameEt, row.qualificationNameEn);
  return {
    '@context': [VC_CONTEXT, OB_CONTEXT],
    id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: publicUrl, type: ['Profile'], name: REGISTRY_NAME, url: publicUrl },
    validFrom: tallinnMidnight(row.issuedOn).toISOString(),
    // A certificate is good through its last day: the credential ends when the next one begins.
    ...(row.validUntil ? { validUntil: tallinnMidnight(nextDay(row.validUntil)).toISOString() } : {}),
    name,
    description: both(
      `Kutsetunnistus ${row.number}, välja antud ${row.issuedOn}`,
      `Professional certificate ${row.number}, issued ${row.issuedOn}`,
    ),
    credentialSubject: {
      type: ['AchievementSubject'],
      // No DID: the holder proves who they are by showing the personal code that, with the salt,
      // gives this hash. The code itself is never in the credential.
      identifier: [
        {
          type: 'IdentityObject',
          identityHash: identityHashOf(holder.identity, row.credentialSalt),
          identityType: holder.identityType,
          hashed: true,
          salt: row.credentialSalt,
        },
      ],
      achievement: {
        id: `${publicUrl}/bodies/${row.bodySlug}/qualifications/${row.qualificationSlug}`,
        type: ['Achievement'],
        name,
        description: both(
          `Kutse „${row.qualificationNameEt}“, mille annab ${row.bodyNameEt}.`,
          `The qualification “${row.qualificationNameEn}”, awarded by ${row.bodyNameEn}.`,
        ),
        criteria: {
          narrative: both(
            'Kutsestandardi nõuded, hinnatud kutseeksamil; kutse annab kutsekomisjoni otsusega kutse andja.',
            'The occupational standard’s requirements, assessed in a qualification exam; the awarding body grants the qualification on its qualification committee’s decision.',
          ),
        },
        achievementType: ACHIEVEMENT_TYPE,
        creator: {
          id: `${publicUrl}/bodies/${row.bodySlug}`,
          type: ['Profile'],
          name: both(row.bodyNameEt, row.bodyNameEn),
        },
      },
    },
    credentialStatus: {
      id: `${statusListUrlOf(publicUrl)}#${statusIndex}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(statusIndex),
      statusListCredential: statusListUrlOf(publicUrl),
    },
  };
}

/**
 * What the holder is identified by: the personal code, or (a person without one, signed in through
 * eIDAS) the login's subject, as OB's generic `identifier`.
 */
async function holderIdentityOf(db: Database, holderId: string): Promise<HolderIdentity> {
  const [holder] = await db
    .select({ personalCode: persons.personalCode, subject: persons.subject })
    .from(persons)
    .where(eq(persons.id, holderId));
  if (!holder) throw new Error(`certificate holder ${holderId} is gone`);
  return holder.personalCode
    ? { identity: holder.personalCode, identityType: 'nationalIdentityNumber' }
    : { identity: holder.subject, identityType: 'identifier' };
}

const seconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** The OB 3.0 JWT proof: the claims repeat the credential's issuer, id, subject and validity. */
export async function signCredential(keys: CredentialKeys, credential: OpenBadgeCredential, now: Date) {
  const { kid, alg, privateKey } = await keys.signingKey();
  const [identity] = credential.credentialSubject.identifier;
  const jwt = new SignJWT({ vc: credential })
    .setProtectedHeader({ alg, kid, typ: 'JWT' })
    .setIssuer(credential.issuer.id)
    .setJti(credential.id)
    .setSubject(identity?.identityHash as string)
    .setNotBefore(seconds(credential.validFrom))
    .setIssuedAt(Math.floor(now.getTime() / 1000));
  if (credential.validUntil) jwt.setExpirationTime(seconds(credential.validUntil));
  return jwt.sign(privateKey);
}

/**
 * A certificate's credential, signed now; takes the certificate's status index on first issue.
 * @example const { jwt } = await issueCredential(db, keys, row, { publicUrl, now: clock.now() });
 */
export async function issueCredential(
  db: Database,
  keys: CredentialKeys,
  row: LoadedCertificate,
  { publicUrl, now }: { publicUrl: string; now: Date },
) {
  const statusIndex = await statusIndexOf(db, row.id, row.statusIndex);
  const credential = credentialOf(row, {
    statusIndex,
    holder: await holderIdentityOf(db, row.holderId),
    publicUrl,
  });
  return { jwt: await signCredential(keys, credential, now), credential };
}
