// The certificates view's calls to the API on the console's own origin: a certificate of the body
// by its number, and revoking it (POST …/revoke, api/credentials/routes.ts). Answers are checked
// with the contract's schemas; a non-OK answer throws ApiProblem.
import { RevokedCertificate } from '../../../../contract/credentials.ts';
import { StaffCertificate } from '../../../../contract/staff-certificates.ts';
import type { Language } from '../../shared/i18n.ts';
import { checkedAnswer } from '../shared/checked-answer.ts';

/** @example await certificatesClient({ csrfToken, language: 'et' }).get('etel', 'ETEL-T3-0001') */
export function certificatesClient({
  csrfToken,
  language,
  origin = location.origin,
}: {
  csrfToken: string;
  language: Language;
  origin?: string;
}) {
  const url = (body: string, number: string, rest = '') => {
    const target = new URL(
      `/staff/bodies/${encodeURIComponent(body)}/certificates/${encodeURIComponent(number)}${rest}`,
      origin,
    );
    target.searchParams.set('lang', language);
    return target;
  };
  return {
    /** The body's certificate; the read is recorded. */
    async get(body: string, number: string, signal?: AbortSignal) {
      return checkedAnswer(
        await fetch(url(body, number), { credentials: 'same-origin', ...(signal ? { signal } : {}) }),
        StaffCertificate,
      );
    },
    /** Revokes it with the reason (the body's manager). */
    async revoke(body: string, number: string, reason: string) {
      const response = await fetch(url(body, number, '/revoke'), {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ reason }),
      });
      return checkedAnswer(response, RevokedCertificate);
    },
  };
}

export type CertificatesClient = ReturnType<typeof certificatesClient>;
