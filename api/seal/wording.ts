// What the sealed certificate says, in Estonian and English: both languages are printed on the
// document, Estonian first, so one paper serves a reader of either.
import type { CertificateStatus } from '../../contract/certificates.ts';
import type { Language } from '../../contract/wording.ts';

type Labels = {
  register: string;
  title: string;
  holder: string;
  qualification: string;
  eqfLevel: (level: number) => string;
  body: string;
  number: string;
  issuedOn: string;
  validUntil: string;
  indefinite: string;
  status: string;
  statuses: Record<CertificateStatus, string>;
  verify: string;
  sealed: string;
  sealedOn: string;
  signatureReason: string;
};

export const sealWording = {
  et: {
    register: 'Kutseregister',
    title: 'Kutsetunnistus',
    holder: 'Kutse omanik',
    qualification: 'Kutse',
    eqfLevel: (level) => `EKR ${level}. tase`,
    body: 'Kutse andja',
    number: 'Tunnistuse number',
    issuedOn: 'Välja antud',
    validUntil: 'Kehtib kuni',
    indefinite: 'tähtajatu',
    status: 'Olek pitseerimise päeval',
    statuses: {
      valid: 'kehtiv',
      expired: 'aegunud',
      revoked: 'kehtetuks tunnistatud',
      replaced: 'asendatud',
    },
    verify: 'Kontrollige tunnistuse ehtsust ja praegust olekut',
    sealed: 'Digitaalselt pitseeritud Kutseregistri e-templiga',
    sealedOn: 'Pitseeritud',
    signatureReason: 'Kutseregistri kinnitus kutsetunnistuse andmetele',
  },
  en: {
    register: 'Register of Occupational Qualifications',
    title: 'Certificate of Occupational Qualification',
    holder: 'Holder',
    qualification: 'Qualification',
    eqfLevel: (level) => `EQF level ${level}`,
    body: 'Awarding body',
    number: 'Certificate number',
    issuedOn: 'Issued on',
    validUntil: 'Valid until',
    indefinite: 'indefinite',
    status: 'Status on the day it was sealed',
    statuses: { valid: 'valid', expired: 'expired', revoked: 'revoked', replaced: 'replaced' },
    verify: 'Verify that this certificate is genuine and see its status now',
    sealed: 'Digitally sealed with the e-seal of the register',
    sealedOn: 'Sealed',
    signatureReason: 'The register confirms the data of this certificate',
  },
} satisfies Record<Language, Labels>;

/** The owner's certificate was not found (or is not theirs, which is told the same way: no leak). */
export const certificateNotFound = (number: string) => (language: Language) =>
  language === 'et' ? `Teil ei ole kutsetunnistust ${number}.` : `You have no certificate ${number}.`;
