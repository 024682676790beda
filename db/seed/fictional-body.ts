// A clearly fictional second awarding body, so that tenant isolation and CORS have a neighbour.
import type { BodySpec, KindSpec } from './catalogue-builder.ts';

export function fictionalBody({
  window,
  origins,
}: {
  window: KindSpec['window'];
  origins: string[];
}): BodySpec {
  return {
    slug: 'naidiskokad',
    name: { et: 'Näidiskokkade Liit (väljamõeldud)', en: 'Sample Cooks’ Association (fictional)' },
    iban: 'EE382200221020145685',
    paymentExplanation: {
      et: 'Selgitusse kirjutage kutse nimi ja taotleja nimi.',
      en: 'Write the qualification and the applicant’s name in the explanation.',
    },
    contactEmail: 'info@naidiskokad.example',
    website: 'https://naidiskokad.example',
    fictional: true,
    origins,
    documentTypes: [
      { slug: 'application-form', name: { et: 'Avaldus', en: 'Application' } },
      { slug: 'education', name: { et: 'Haridust tõendav dokument', en: 'Education document' } },
      { slug: 'identity', name: { et: 'Isikut tõendav dokument', en: 'Identity document' } },
    ],
    deliveryOptions: [
      {
        slug: 'none',
        label: { et: 'Paberil tunnistust ei soovi', en: 'No paper certificate' },
        costNetCents: 0,
      },
    ],
    qualifications: [
      {
        slug: 'kokk-4',
        name: { et: 'Kokk, tase 4', en: 'Cook, level 4' },
        eqfLevel: 4,
        validityMonths: 60,
        kinds: [
          {
            kind: 'first',
            slug: 'first',
            title: { et: 'Kutse taotlemine', en: 'Applying for the qualification' },
            window,
            prerequisites: [
              {
                et: 'kutsealane töökogemus vähemalt 2 aastat',
                en: 'at least 2 years of work experience in the field',
              },
            ],
            documents: [
              // Fictional: a body that wants its own form signed, optional, with a blank to download.
              {
                type: 'application-form',
                label: { et: 'allkirjastatud avaldus', en: 'signed application form' },
                required: false,
                templateUrl: 'https://naidiskokad.example/avaldus.pdf',
              },
              {
                type: 'education',
                label: { et: 'haridust tõendava dokumendi koopia', en: 'copy of the education document' },
              },
              {
                type: 'identity',
                label: { et: 'isikut tõendava dokumendi koopia', en: 'copy of an identity document' },
              },
            ],
            fees: [{ label: { et: 'Eksamitasu', en: 'Exam fee' }, netCents: 8000, demoValue: true }],
            assessment: [
              {
                method: 'practical',
                description: { et: 'Praktiline töö köögis', en: 'Practical work in a kitchen' },
              },
              { method: 'interview', description: { et: 'Vestlus', en: 'Interview' } },
            ],
          },
        ],
      },
    ],
  };
}
