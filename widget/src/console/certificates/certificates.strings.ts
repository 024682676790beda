// The certificates view's words in Estonian and English.
import type { CertificateStatus } from '../../../../contract/certificates.ts';
import type { Language } from '../../shared/i18n.ts';

const et = {
  view: 'Tunnistused',
  title: 'Tunnistused',
  find: 'Leia tunnistus',
  number: 'Tunnistuse number',
  numberHint: 'Näiteks ETEL-T3-0001',
  numberRequired: 'Sisestage tunnistuse number.',
  show: 'Näita',
  loading: 'Otsin tunnistust…',
  failed: 'Tunnistust ei õnnestunud leida.',
  notFound: (number: string) => `Tunnistust ${number} selle kutseandja tunnistuste hulgas ei ole.`,
  holder: 'Omanik',
  qualification: 'Kutse',
  issuedOn: 'Välja antud',
  validUntil: 'Kehtib kuni',
  indefinite: 'Tähtajatu',
  status: 'Staatus',
  register: 'Avalikus registris',
  published: 'Avalik',
  hidden: 'Peidetud',
  revokedAt: 'Kehtetuks tunnistatud',
  reason: 'Põhjus',
  verify: 'Kontrolli tunnistust',
  statuses: {
    valid: 'Kehtiv',
    expired: 'Aegunud',
    revoked: 'Kehtetuks tunnistatud',
    replaced: 'Asendatud',
  } satisfies Record<CertificateStatus, string>,
  revoke: 'Tunnista kehtetuks',
  revokeExplained:
    'Tunnistus muutub kohe kehtetuks kõikjal: tunnistuse kaardil, registris, kontrollimisel ja digitaalse tõendi olekus. Seda ei saa tagasi võtta.',
  revokeReason: 'Kehtetuks tunnistamise põhjus',
  revokeReasonRequired: 'Kirjutage põhjus (vähemalt 3 märki).',
  managersOnly: 'Tunnistuse saab kehtetuks tunnistada kutseandja juht.',
  confirm: 'Tunnista kehtetuks',
  cancel: 'Loobu',
  revoked: (number: string) => `Tunnistus ${number} on kehtetuks tunnistatud.`,
};

export type CertificateStrings = typeof et;

const en: CertificateStrings = {
  view: 'Certificates',
  title: 'Certificates',
  find: 'Find a certificate',
  number: 'Certificate number',
  numberHint: 'For example ETEL-T3-0001',
  numberRequired: 'Enter the certificate number.',
  show: 'Show',
  loading: 'Looking for the certificate…',
  failed: 'The certificate could not be found.',
  notFound: (number) => `Certificate ${number} is not among this awarding body’s certificates.`,
  holder: 'Holder',
  qualification: 'Qualification',
  issuedOn: 'Issued',
  validUntil: 'Valid until',
  indefinite: 'Indefinite',
  status: 'Status',
  register: 'In the public register',
  published: 'Published',
  hidden: 'Hidden',
  revokedAt: 'Revoked',
  reason: 'Reason',
  verify: 'Verify the certificate',
  statuses: { valid: 'Valid', expired: 'Expired', revoked: 'Revoked', replaced: 'Replaced' },
  revoke: 'Revoke',
  revokeExplained:
    'The certificate becomes invalid at once everywhere: its card, the register, verification and its credential’s status. This cannot be undone.',
  revokeReason: 'Why it is revoked',
  revokeReasonRequired: 'Write the reason (at least 3 characters).',
  managersOnly: 'Only the awarding body’s manager can revoke a certificate.',
  confirm: 'Revoke',
  cancel: 'Cancel',
  revoked: (number) => `Certificate ${number} has been revoked.`,
};

export const certificateStrings: Record<Language, CertificateStrings> = { et, en };
