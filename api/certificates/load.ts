// One certificate with what every view of it names: its holder, qualification and awarding body.
// The card, the register, verification, the sealed PDF, the credential and the owner's list all
// start here, so they cannot disagree about a certificate.
import { and, eq, type SQL } from 'drizzle-orm';
import { type CertificateView, effectiveStatus } from '../../contract/certificates.ts';
import type { Database, Transaction } from '../../db/client.ts';
import { awardingBodies, certificates, persons, qualifications } from '../../db/schema/index.ts';

const columns = {
  id: certificates.id,
  number: certificates.number,
  status: certificates.status,
  public: certificates.public,
  issuedOn: certificates.issuedOn,
  validUntil: certificates.validUntil,
  verificationCode: certificates.verificationCode,
  statusIndex: certificates.statusIndex,
  credentialSalt: certificates.credentialSalt,
  revokedAt: certificates.revokedAt,
  revokedReason: certificates.revokedReason,
  replacedById: certificates.replacedById,
  holderId: certificates.holderId,
  holderGivenName: persons.givenName,
  holderFamilyName: persons.familyName,
  bodyId: certificates.bodyId,
  bodySlug: awardingBodies.slug,
  bodyNameEt: awardingBodies.nameEt,
  bodyNameEn: awardingBodies.nameEn,
  qualificationSlug: qualifications.slug,
  qualificationNameEt: qualifications.nameEt,
  qualificationNameEn: qualifications.nameEn,
  eqfLevel: qualifications.eqfLevel,
};

/** A certificate row with its holder's name, its qualification and body in both languages. */
export type LoadedCertificate = {
  [K in keyof typeof columns]: (typeof columns)[K]['_']['notNull'] extends true
    ? (typeof columns)[K]['_']['data']
    : (typeof columns)[K]['_']['data'] | null;
};

/**
 * The certificates matching `where` (conditions on db/schema certificates, persons, qualifications
 * or awarding_bodies), newest first.
 * @example await loadCertificates(db, eq(certificates.number, 'ETEL-T3-0001'))
 */
export async function loadCertificates(
  db: Database | Transaction,
  where: SQL | undefined,
  { limit = 100, offset = 0 }: { limit?: number; offset?: number } = {},
): Promise<LoadedCertificate[]> {
  return (await db
    .select(columns)
    .from(certificates)
    .innerJoin(persons, eq(persons.id, certificates.holderId))
    .innerJoin(qualifications, eq(qualifications.id, certificates.qualificationId))
    .innerJoin(awardingBodies, eq(awardingBodies.id, certificates.bodyId))
    .where(where)
    .orderBy(certificates.issuedOn, certificates.number)
    .limit(limit)
    .offset(offset)) as LoadedCertificate[];
}

/** One certificate by its number (as written on it), or undefined. */
export async function loadCertificateByNumber(db: Database | Transaction, number: string) {
  const [row] = await loadCertificates(db, and(eq(certificates.number, number)), { limit: 1 });
  return row;
}

/** One certificate by the code on its QR link, or undefined. */
export async function loadCertificateByCode(db: Database | Transaction, code: string) {
  const [row] = await loadCertificates(db, eq(certificates.verificationCode, code), { limit: 1 });
  return row;
}

/** The public verification page of a certificate, on the API's public origin. */
export const verifyUrlOf = (publicUrl: string, number: string) =>
  `${publicUrl}/verify/${encodeURIComponent(number)}`;

/**
 * What anyone may see of a certificate (contract CertificateView), in the reader's language, with
 * its status as of `today` (a Tallinn day). Callers decide whether it may be seen at all.
 */
export function certificateView(
  row: LoadedCertificate,
  { language, publicUrl, today }: { language: 'et' | 'en'; publicUrl: string; today?: string },
): CertificateView {
  const en = language === 'en';
  return {
    number: row.number,
    holder: { givenName: row.holderGivenName, familyName: row.holderFamilyName },
    qualification: {
      slug: row.qualificationSlug,
      name: en ? row.qualificationNameEn : row.qualificationNameEt,
      eqfLevel: row.eqfLevel,
    },
    body: { slug: row.bodySlug, name: en ? row.bodyNameEn : row.bodyNameEt },
    issuedOn: row.issuedOn,
    validUntil: row.validUntil,
    status: effectiveStatus(row, today),
    verifyUrl: verifyUrlOf(publicUrl, row.number),
  };
}
