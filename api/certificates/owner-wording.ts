// What "my certificates" says, in Estonian and English (owner-*.ts): its refusals, and the words
// an order's payment explanation is made of.
import type { NoParams, Tables } from '../../contract/wording.ts';
import { phrasesOf } from '../http/wording.ts';

type OwnerParams = {
  noSuchCertificate: NoParams;
  noSuchRequest: NoParams;
  duplicateOfInvalid: { status: string };
  noSuchDeliveryOption: NoParams;
  printExplanation: { number: string; holder: string };
  duplicateExplanation: { number: string; holder: string };
};

const statusEt: Record<string, string> = {
  valid: 'kehtiv',
  expired: 'aegunud',
  revoked: 'kehtetuks tunnistatud',
  replaced: 'asendatud',
};

export const ownerWording = {
  et: {
    noSuchCertificate: () => 'Teil pole sellise numbriga kutsetunnistust.',
    noSuchRequest: () => 'Teil pole sellist pöördumist.',
    duplicateOfInvalid: ({ status }) =>
      `Duplikaati saab tellida ainult kehtivast kutsetunnistusest; see tunnistus on ${statusEt[status] ?? status}.`,
    noSuchDeliveryOption: () => 'Valige üks selle kutse andja kättetoimetamise viisidest.',
    printExplanation: ({ number, holder }) => `Kutsetunnistuse trükis ${number} – ${holder}`,
    duplicateExplanation: ({ number, holder }) => `Kutsetunnistuse duplikaat ${number} – ${holder}`,
  },
  en: {
    noSuchCertificate: () => 'You have no certificate with this number.',
    noSuchRequest: () => 'You have no such request.',
    duplicateOfInvalid: ({ status }) =>
      `A duplicate can be ordered of a valid certificate only; this certificate is ${status}.`,
    noSuchDeliveryOption: () => 'Choose one of this awarding body’s delivery options.',
    printExplanation: ({ number, holder }) => `Certificate print ${number} – ${holder}`,
    duplicateExplanation: ({ number, holder }) => `Certificate duplicate ${number} – ${holder}`,
  },
} satisfies Tables<OwnerParams>;

export const ownerPhrase = phrasesOf(ownerWording);
