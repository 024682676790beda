// LinkedIn's "add to profile" link for a certification, filled in from a certificate
// (LinkedIn's Add to Profile for certifications: startTask=CERTIFICATION_NAME and its fields).
import type { LoadedCertificate } from '../certificates/load.ts';
import type { Language } from '../http/env.ts';

const ADD_TO_PROFILE = 'https://www.linkedin.com/profile/add';

/**
 * @example linkedInUrl(row, { language: 'en', certUrl: 'https://kutse.ee/credentials/…' })
 * // https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME&name=Security+manager%2C+level+5&…
 */
export function linkedInUrl(
  row: LoadedCertificate,
  { language, certUrl }: { language: Language; certUrl: string },
) {
  const en = language === 'en';
  const [issueYear, issueMonth] = row.issuedOn.split('-');
  const [expirationYear, expirationMonth] = row.validUntil?.split('-') ?? [];
  const fields: Record<string, string | undefined> = {
    startTask: 'CERTIFICATION_NAME',
    name: en ? row.qualificationNameEn : row.qualificationNameEt,
    organizationName: en ? row.bodyNameEn : row.bodyNameEt,
    issueYear,
    issueMonth: issueMonth && String(Number(issueMonth)),
    expirationYear,
    expirationMonth: expirationMonth && String(Number(expirationMonth)),
    certUrl,
    certId: row.number,
  };
  const query = new URLSearchParams(
    Object.entries(fields).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  return `${ADD_TO_PROFILE}?${query}`;
}
