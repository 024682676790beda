// The card's own words, Estonian (the source language) and English. Both are bundled, unlike the
// larger components' strings: they are a few hundred bytes, and an English page then needs no
// second request before the card can show anything. Names come from the API already translated.
import type { CertificateStatus } from '../../../contract/certificates.ts';
import type { StringTable } from '../shared/i18n.ts';

const et = {
  certificate: 'Kutsetunnistus',
  eqfLevel: (level: number) => `EKR tase ${level}`,
  holder: 'Omanik',
  body: 'Kutse andja',
  number: 'Number',
  issuedOn: 'Välja antud',
  validUntil: 'Kehtib kuni',
  indefinite: 'tähtajatu',
  statusLabel: 'Staatus',
  status: {
    valid: 'Kehtiv',
    expired: 'Kehtivus lõppenud',
    revoked: 'Kehtetuks tunnistatud',
    replaced: 'Asendatud',
  } satisfies Record<CertificateStatus, string>,
  verify: 'Kontrolli',
  verifyWhat: (number: string) => ` tunnistust ${number} kutseregistris`,
  loading: 'Laadin tunnistust…',
  hidden: 'Tunnistus ei ole avalik',
  hiddenDetail: 'Tunnistuse omanik ei ole seda kutseregistris avalikuks teinud.',
  invalidNumber: 'Tunnistuse number on vigane',
  invalidNumberDetail: (number: string) => `„${number}“ ei ole kutsetunnistuse number.`,
  loadFailed: 'Tunnistust ei õnnestunud laadida',
  offline: 'Kontrollige internetiühendust ja proovige uuesti.',
  serverTrouble: 'Teenuses on ajutine tõrge. Proovige mõne aja pärast uuesti.',
  retry: 'Proovi uuesti',
  misconfigured: 'Vidinal puudub atribuut certificate.',
};

export type CertificateCardStrings = typeof et;

export const strings: StringTable<CertificateCardStrings> = {
  et,
  en: {
    certificate: 'Professional certificate',
    eqfLevel: (level) => `EQF level ${level}`,
    holder: 'Holder',
    body: 'Awarding body',
    number: 'Number',
    issuedOn: 'Issued',
    validUntil: 'Valid until',
    indefinite: 'indefinite',
    statusLabel: 'Status',
    status: {
      valid: 'Valid',
      expired: 'Expired',
      revoked: 'Revoked',
      replaced: 'Replaced',
    },
    verify: 'Verify',
    verifyWhat: (number) => ` certificate ${number} in the qualifications register`,
    loading: 'Loading the certificate…',
    hidden: 'This certificate is not public',
    hiddenDetail: 'Its holder has not made it public in the qualifications register.',
    invalidNumber: 'Invalid certificate number',
    invalidNumberDetail: (number) => `“${number}” is not a certificate number.`,
    loadFailed: 'The certificate could not be loaded',
    offline: 'Check your internet connection and try again.',
    serverTrouble: 'The service has a temporary problem. Please try again in a moment.',
    retry: 'Try again',
    misconfigured: 'The widget is missing its certificate attribute.',
  },
};
