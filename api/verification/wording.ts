// What verification says, in Estonian and English: the pages' words, each result's name and
// explanation, and the problems its routes give. Estonian is the source; English the translation.
import type { VerificationResult } from '../../contract/verification.ts';
import type { Language } from '../http/env.ts';

type ResultWords = { name: string; explanation: string };

type PageWords = {
  registry: string;
  title: string;
  skipToContent: string;
  otherLanguage: { label: string; lang: Language };
  intro: string;
  byNumber: { heading: string; number: string; name: string; nameHint: string; submit: string };
  byPdf: { heading: string; file: string; hint: string; submit: string };
  byCredential: { heading: string; credential: string; hint: string; submit: string };
  result: string;
  details: string;
  holder: string;
  qualification: string;
  level: string;
  body: string;
  number: string;
  issuedOn: string;
  validUntil: string;
  indefinite: string;
  checkedAt: string;
  replacedBy: string;
  checkAnother: string;
  results: Record<VerificationResult, ResultWords>;
  errorSummary: string;
  errors: {
    numberMissing: string;
    numberInvalid: string;
    nameTooLong: string;
    fileMissing: string;
    fileTooLarge: string;
    fileNotPdf: string;
    credentialMissing: string;
    credentialInvalid: string;
  };
  tooMany: { heading: string; text: (seconds: number) => string };
  tooManyProblem: (seconds: number) => string;
};

export const verificationWording: Record<Language, PageWords> = {
  et: {
    registry: 'Kutseregister',
    title: 'Tunnistuse kontroll',
    skipToContent: 'Liigu sisu juurde',
    otherLanguage: { label: 'In English', lang: 'en' },
    intro:
      'Kontrolli, kas kutsetunnistus on ehtne ja kehtiv. Sisselogimist pole vaja. Tunnistuse omanik näeb oma andmejälgijas, et ja millal tema tunnistust kontrolliti, kuid mitte seda, kes kontrollis.',
    byNumber: {
      heading: 'Tunnistuse numbri järgi',
      number: 'Tunnistuse number',
      name: 'Omaniku nimi (peidetud tunnistuse puhul)',
      nameHint:
        'Perekonnanimi või ees- ja perekonnanimi. Avalikustatud tunnistust saab kontrollida ka ilma nimeta; nime andmisel peab see olema omaniku nimi.',
      submit: 'Kontrolli numbri järgi',
    },
    byPdf: {
      heading: 'Digitempliga PDF-faili järgi',
      file: 'Tunnistuse PDF-fail',
      hint: 'Registrist alla laaditud digitempliga tunnistus, kuni 5 MB. Kontrollime, et faili pole pärast pitseerimist muudetud.',
      submit: 'Kontrolli faili',
    },
    byCredential: {
      heading: 'Digitaalse tõendi järgi',
      credential: 'Tõend (JWT)',
      hint: 'Kleebi siia kogu tõend (verifiable credential), mille omanik sulle andis: kolm punktidega eraldatud osa.',
      submit: 'Kontrolli tõendit',
    },
    result: 'Tulemus',
    details: 'Tunnistuse andmed',
    holder: 'Omanik',
    qualification: 'Kutse',
    level: 'Kvalifikatsioonitase (EKR)',
    body: 'Kutse andja',
    number: 'Tunnistuse number',
    issuedOn: 'Välja antud',
    validUntil: 'Kehtib kuni',
    indefinite: 'tähtajatu',
    checkedAt: 'Kontrollitud',
    replacedBy: 'Asendatud tunnistusega',
    checkAnother: 'Kontrolli teist tunnistust',
    results: {
      valid: { name: 'Kehtiv', explanation: 'Tunnistus on kutseregistris ja kehtib.' },
      expired: {
        name: 'Aegunud',
        explanation: 'Tunnistus on kutseregistris, kuid selle kehtivus on lõppenud.',
      },
      revoked: {
        name: 'Kehtetuks tunnistatud',
        explanation: 'Kutse andja on tunnistuse kehtetuks tunnistanud. See ei tõenda enam kutset.',
      },
      replaced: {
        name: 'Asendatud',
        explanation: 'Tunnistus on asendatud uuega ega kehti enam.',
      },
      not_found: {
        name: 'Ei leitud',
        explanation:
          'Sellist tunnistust registris ei leitud. Kui omanik on tunnistuse peitnud, kontrolli seda numbri ja omaniku nimega või tunnistusel oleva QR-koodi lingi kaudu.',
      },
      tampered: {
        name: 'Ei ole ehtne',
        explanation:
          'Allkiri ei pea: faili või tõendit on pärast pitseerimist muudetud või ei ole seda välja andnud kutseregister. Ära usalda seda.',
      },
    },
    errorSummary: 'Palun paranda',
    errors: {
      numberMissing: 'Sisesta tunnistuse number.',
      numberInvalid: 'Tunnistuse number on kujul ETEL-T3-0001.',
      nameTooLong: 'Nimi võib olla kuni 200 märki.',
      fileMissing: 'Vali tunnistuse PDF-fail.',
      fileTooLarge: 'Fail on suurem kui 5 MB.',
      fileNotPdf: 'Fail ei ole PDF.',
      credentialMissing: 'Kleebi tõend.',
      credentialInvalid: 'See ei ole tõend: oodatakse kolme punktidega eraldatud osa (JWT).',
    },
    tooMany: {
      heading: 'Liiga palju päringuid',
      text: (seconds) =>
        `Sinu võrgust on tehtud liiga palju kontrolle. Proovi uuesti ${seconds} sekundi pärast.`,
    },
    tooManyProblem: (seconds) =>
      `Teie võrgust on tulnud liiga palju tunnistuste kontrolle. Proovige uuesti ${seconds} s pärast.`,
  },
  en: {
    registry: 'Qualifications Register',
    title: 'Certificate verification',
    skipToContent: 'Skip to content',
    otherLanguage: { label: 'Eesti keeles', lang: 'et' },
    intro:
      'Check that a professional certificate is genuine and valid. No sign-in needed. The holder sees in their data tracker that and when their certificate was checked, but not by whom.',
    byNumber: {
      heading: 'By certificate number',
      number: 'Certificate number',
      name: 'Holder’s name (for a hidden certificate)',
      nameHint:
        'Family name, or given and family name. A published certificate can be checked without a name; a name given must be the holder’s.',
      submit: 'Check by number',
    },
    byPdf: {
      heading: 'By the sealed PDF',
      file: 'The certificate’s PDF file',
      hint: 'The sealed certificate downloaded from the register, up to 5 MB. We check it was not changed after it was sealed.',
      submit: 'Check the file',
    },
    byCredential: {
      heading: 'By the digital credential',
      credential: 'Credential (JWT)',
      hint: 'Paste the whole verifiable credential the holder gave you: three parts separated by dots.',
      submit: 'Check the credential',
    },
    result: 'Result',
    details: 'The certificate',
    holder: 'Holder',
    qualification: 'Qualification',
    level: 'Qualification level (EQF)',
    body: 'Awarding body',
    number: 'Certificate number',
    issuedOn: 'Issued on',
    validUntil: 'Valid until',
    indefinite: 'no expiry',
    checkedAt: 'Checked',
    replacedBy: 'Replaced by certificate',
    checkAnother: 'Check another certificate',
    results: {
      valid: { name: 'Valid', explanation: 'The certificate is in the register and valid.' },
      expired: { name: 'Expired', explanation: 'The certificate is in the register, but it has expired.' },
      revoked: {
        name: 'Revoked',
        explanation: 'The awarding body has revoked the certificate. It no longer proves the qualification.',
      },
      replaced: {
        name: 'Replaced',
        explanation: 'The certificate has been replaced by a new one and is no longer valid.',
      },
      not_found: {
        name: 'Not found',
        explanation:
          'No such certificate was found in the register. If its holder has hidden it, check it by number with the holder’s name, or through the QR code’s link on the certificate.',
      },
      tampered: {
        name: 'Not genuine',
        explanation:
          'The signature does not hold: the file or credential was changed after it was sealed, or the register did not issue it. Do not rely on it.',
      },
    },
    errorSummary: 'Please correct',
    errors: {
      numberMissing: 'Enter the certificate number.',
      numberInvalid: 'A certificate number looks like ETEL-T3-0001.',
      nameTooLong: 'The name may be at most 200 characters.',
      fileMissing: 'Choose the certificate’s PDF file.',
      fileTooLarge: 'The file is larger than 5 MB.',
      fileNotPdf: 'The file is not a PDF.',
      credentialMissing: 'Paste the credential.',
      credentialInvalid: 'This is not a credential: three parts separated by dots (a JWT) are expected.',
    },
    tooMany: {
      heading: 'Too many checks',
      text: (seconds) => `Too many checks have come from your network. Try again in ${seconds} seconds.`,
    },
    tooManyProblem: (seconds) => `Too many certificate checks from your network. Try again in ${seconds} s.`,
  },
};
