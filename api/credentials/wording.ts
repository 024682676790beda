// What the credentials and revocation routes say, in Estonian and English, keyed by their codes.
import { formatDay } from '../../contract/calendar.ts';
import type { Coded, Tables } from '../../contract/wording.ts';
import { phrasesOf } from '../http/wording.ts';

type CredentialParams = {
  noSuchCertificate: { number: string };
  noSuchCode: Record<string, never>;
  alreadyRevoked: { number: string; day: string };
};

export const credentialWording = {
  et: {
    noSuchCertificate: ({ number }) => `Tunnistust ${number} ei leitud.`,
    noSuchCode: () => 'Selle kontrollkoodiga tunnistust ei leitud.',
    alreadyRevoked: ({ number, day }) =>
      `Tunnistus ${number} on juba kehtetuks tunnistatud (${formatDay(day, 'et')}).`,
  },
  en: {
    noSuchCertificate: ({ number }) => `Certificate ${number} was not found.`,
    noSuchCode: () => 'No certificate has this verification code.',
    alreadyRevoked: ({ number, day }) =>
      `Certificate ${number} was already revoked (${formatDay(day, 'en')}).`,
  },
} satisfies Tables<CredentialParams>;

export type CredentialCode = Coded<CredentialParams>;

/** A code as a phrase, said when the answer is written (http/errors.ts). */
export const credentialPhrase = phrasesOf(credentialWording);
