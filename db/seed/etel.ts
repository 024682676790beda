// Eesti Turvaettevõtete Liit (ETEL) exactly as seed 003 describes it (its page for applicants until
// 30.06.2024), with English beside the Estonian. Values the page does not give are marked demo.
import type { DocumentRule } from '../../contract/document-rules.ts';
import type { BodySpec, KindSpec } from './catalogue-builder.ts';

/** The application window on the page: 30.04.2024 – 30.06.2024, Tallinn time. */
export const PAGE_WINDOW = {
  openFrom: new Date('2024-04-30T00:00:00+03:00'),
  openUntil: new Date('2024-06-30T23:59:59+03:00'),
  demoValues: false,
};

const criminalRecordRule: DocumentRule = { type: 'issuedBeforeExam', months: 6 };
const fitnessAndHealth = {
  et: 'vastamine üldfüüsilise ettevalmistuse ja terviseseisundi nõuetele',
  en: 'meeting the general physical fitness and health requirements',
};
const noPunishment = {
  et: 'isiku kehtiva karistuse puudumine karistusregistris',
  en: 'no valid punishment in the criminal records database',
};
// The page asks for "avaldus (avalduse vorm)": the online application is that application, so the
// signed form is not required on top of it. A body that wants its own form on paper keeps the
// type, optional, with its blank form's address (`templateUrl`); the page's link is not in our copy.
const applicationForm = {
  type: 'application-form',
  label: { et: 'avaldus (avalduse vorm)', en: 'application (application form)' },
  required: false,
};
const educationCopy = {
  type: 'education',
  label: { et: 'haridust tõendava dokumendi koopia', en: 'copy of the education document' },
};
const idCardOrPassport = {
  type: 'identity',
  label: {
    et: 'koopia isikut tõendavast dokumendist (pass või ID kaart)',
    en: 'copy of an identity document (passport or ID card)',
  },
  rules: [
    {
      type: 'oneOf',
      variants: [
        { slug: 'passport', nameEt: 'pass', nameEn: 'passport' },
        { slug: 'id-card', nameEt: 'ID kaart', nameEn: 'ID card' },
      ],
    },
  ] satisfies DocumentRule[],
};
const criminalRecord = {
  type: 'criminal-record',
  label: {
    et: 'karistusregistri tõend isiku kehtiva karistuse puudumise kohta (karistusregistri väljavõtte tegemise aeg mitte üle 6 kuud enne eksami toimumist)',
    en: 'criminal records extract showing no valid punishment (made no more than 6 months before the exam)',
  },
  rules: [criminalRecordRule],
};
const paymentOrder = {
  type: 'payment-order',
  label: {
    et: 'maksekorralduse koopia eksamitasu maksmise kohta',
    en: 'copy of the payment order for the exam fee',
  },
};
const test = {
  method: 'test' as const,
  description: {
    et: 'Teadmiste kontrolli test (valikvastustega küsimustik) – kutsetaotleja sooritab testi vastavalt etteantud juhistele.',
    en: 'Knowledge test (multiple-choice questionnaire) – the applicant takes the test following the instructions given.',
  },
};

/** Builds ETEL's description; `window` is the page's own or a demo window in the coming months. */
export function etel({ window, origins }: { window: KindSpec['window']; origins: string[] }): BodySpec {
  return {
    slug: 'etel',
    name: { et: 'Eesti Turvaettevõtete Liit', en: 'Estonian Security Companies Association' },
    iban: 'EE552200001120063926',
    bankName: 'Swedbank',
    paymentExplanation: {
      et: 'Selgitusse lisada taotletav kutsekvalifikatsioon ja taotleja nimi.',
      en: 'In the explanation, state the qualification applied for and the applicant’s name.',
    },
    // Not on the page: a demo address.
    contactEmail: 'info@etel.ee',
    website: 'https://www.etel.ee',
    origins: ['https://www.etel.ee', ...origins],
    documentTypes: [
      { slug: 'application-form', name: { et: 'Avaldus', en: 'Application' } },
      { slug: 'education', name: { et: 'Haridust tõendav dokument', en: 'Education document' } },
      { slug: 'identity', name: { et: 'Isikut tõendav dokument', en: 'Identity document' } },
      { slug: 'basic-training', name: { et: 'Põhiõppe tunnistus', en: 'Basic training certificate' } },
      {
        slug: 'manager-training',
        name: { et: 'Turvajuhi õppe tunnistus', en: 'Security manager training certificate' },
      },
      {
        slug: 'continuing-training',
        name: { et: 'Täiendkoolituse tunnistus', en: 'Continuing training certificate' },
      },
      { slug: 'criminal-record', name: { et: 'Karistusregistri tõend', en: 'Criminal records extract' } },
      { slug: 'payment-order', name: { et: 'Maksekorralduse koopia', en: 'Payment order copy' } },
      { slug: 'employer-statement', name: { et: 'Tööandja õiend', en: 'Employer’s statement' } },
      {
        slug: 'prior-qualification',
        name: { et: 'Varasema kutse tõend', en: 'Proof of the earlier qualification' },
      },
      {
        slug: 'work-experience',
        name: { et: 'Töökogemust tõendav dokument', en: 'Proof of work experience' },
      },
    ],
    // The page names no delivery options: demo values.
    deliveryOptions: [
      {
        slug: 'none',
        label: { et: 'Paberil tunnistust ei soovi', en: 'No paper certificate' },
        costNetCents: 0,
      },
      {
        slug: 'pickup',
        label: { et: 'Kättesaamine ETEL-i kontorist', en: 'Collect from the ETEL office' },
        costNetCents: 0,
        demoValue: true,
      },
      {
        slug: 'post',
        label: { et: 'Saatmine postiga (Eesti)', en: 'By post (Estonia)' },
        costNetCents: 500,
        demoValue: true,
      },
    ],
    qualifications: [
      securityOfficer3(window),
      securityManager5(window),
      securityOfficer4(window),
      ...historical,
    ],
  };
}

function securityOfficer3(window: KindSpec['window']) {
  return {
    slug: 'turvatootaja-3',
    name: { et: 'Turvatöötaja, tase 3', en: 'Security Officer, level 3' },
    eqfLevel: 3,
    validityMonths: null,
    standardName: {
      et: 'Turvatöötaja, tase 3 kutsestandard',
      en: 'Occupational standard of Security Officer, level 3',
    },
    kinds: [
      {
        kind: 'first' as const,
        slug: 'first',
        title: { et: 'Kutse taotlemine', en: 'Applying for the qualification' },
        window,
        prerequisites: [
          { et: 'haridustase – põhiharidus', en: 'level of education – basic education' },
          { et: 'turvaseadusele vastav põhiõpe', en: 'basic training under the Security Act' },
          fitnessAndHealth,
          noPunishment,
        ],
        documents: [
          applicationForm,
          educationCopy,
          {
            type: 'identity',
            label: {
              et: 'koopia isikut tõendavast dokumendist (pass, ID kaart, juhiluba)',
              en: 'copy of an identity document (passport, ID card, driving licence)',
            },
            rules: [
              {
                type: 'oneOf',
                variants: [
                  { slug: 'passport', nameEt: 'pass', nameEn: 'passport' },
                  { slug: 'id-card', nameEt: 'ID kaart', nameEn: 'ID card' },
                  { slug: 'driving-licence', nameEt: 'juhiluba', nameEn: 'driving licence' },
                ],
              },
            ] satisfies DocumentRule[],
          },
          {
            type: 'basic-training',
            label: {
              et: 'turvaseadusele vastava põhiõppe läbimist tõendava dokumendi koopia',
              en: 'copy of the document proving completion of basic training under the Security Act',
            },
          },
          criminalRecord,
          paymentOrder,
        ],
        // The page gives no exam fee amounts: demo values.
        fees: [{ label: { et: 'Eksamitasu', en: 'Exam fee' }, netCents: 6000, demoValue: true }],
        assessment: [
          test,
          {
            method: 'interview' as const,
            description: {
              et: 'Vestlus - kutsetaotleja tõendab hindamiskomisjoni liikmetele eksamipiletist tulenevate küsimuste ja juhtumianalüüsi käigus kohustuslike kompetentside koosmõju.',
              en: 'Interview – the applicant shows the assessment committee how the required competences work together, answering the exam-ticket questions and analysing a case.',
            },
          },
        ],
      },
    ],
  };
}

function securityManager5(window: KindSpec['window']) {
  return {
    slug: 'turvajuht-5',
    name: { et: 'Turvajuht, tase 5', en: 'Security Manager, level 5' },
    eqfLevel: 5,
    validityMonths: 60,
    standardName: {
      et: 'Turvajuht, tase 5 kutsestandard',
      en: 'Occupational standard of Security Manager, level 5',
    },
    kinds: [
      {
        kind: 'first' as const,
        slug: 'first',
        title: { et: 'Kutse taotlemine', en: 'Applying for the qualification' },
        window,
        prerequisites: [
          { et: 'haridustase – keskharidus', en: 'level of education – secondary education' },
          {
            et: 'turvaseadusele vastav turvajuhi õpe',
            en: 'security manager training under the Security Act',
          },
          fitnessAndHealth,
          noPunishment,
        ],
        documents: [
          applicationForm,
          educationCopy,
          idCardOrPassport,
          {
            type: 'manager-training',
            label: {
              et: 'turvaseadusele vastava turvajuhi õppe läbimist tõendava dokumendi koopia',
              en: 'copy of the document proving completion of security manager training under the Security Act',
            },
          },
          criminalRecord,
          paymentOrder,
        ],
        fees: [{ label: { et: 'Eksamitasu', en: 'Exam fee' }, netCents: 12000, demoValue: true }],
        assessment: [
          {
            method: 'written_task' as const,
            description: {
              et: 'Kirjalik ülesanne – kutse taotleja koostab ja esitab enne testi täitmisele asumist hindamisgrupile turvaplaani.',
              en: 'Written task – before starting the test, the applicant prepares a security plan and hands it to the assessors.',
            },
          },
          test,
          {
            method: 'interview' as const,
            description: {
              et: 'Vestlus - hindajate poolt ette antud ettevalmistusaja järel kutsetaotleja teostab juhtumianalüüsi vastavalt eksamipiletis toodule ja täpsustab tema poolt koostatud turvaplaani sisu.',
              en: 'Interview – after the preparation time the assessors give, the applicant analyses the case on the exam ticket and clarifies the security plan they wrote.',
            },
          },
        ],
      },
      {
        kind: 'recertification' as const,
        slug: 'recertification',
        title: { et: 'Kutse taastõendamine', en: 'Re-certification' },
        window,
        // "Normally within 6 months after the certificate expires."
        recertification: { fromMonths: 0, untilMonths: 6 },
        prerequisites: [
          {
            et: 'turvajuht, tase 5 kutsekvalifikatsiooni olemasolu',
            en: 'holding the Security Manager, level 5 qualification',
          },
          {
            et: 'turvaseadusele vastava täiendõppe läbimine',
            en: 'completed continuing training under the Security Act',
          },
          fitnessAndHealth,
          noPunishment,
        ],
        documents: [
          applicationForm,
          educationCopy,
          idCardOrPassport,
          criminalRecord,
          {
            type: 'continuing-training',
            label: {
              et: 'Turvajuht, tase 5 kutsestandardis toodud kompetentside osas turvaseaduses kehtestatud täiendkoolituse läbimist tõendava dokumendi koopia vähemalt viimase aasta kohta',
              en: 'copy of the document proving continuing training under the Security Act in the competences of the Security Manager, level 5 standard, covering at least the last year',
            },
            rules: [{ type: 'coversRecentPeriod', months: 12 }] satisfies DocumentRule[],
          },
          paymentOrder,
        ],
        fees: [
          {
            label: { et: 'Taastõendamise tasu', en: 'Re-certification fee' },
            netCents: 9000,
            demoValue: true,
          },
        ],
        assessment: [
          test,
          {
            method: 'interview' as const,
            description: {
              et: 'Vestlus - hindajate poolt ette antud ettevalmistusaja järel kutse taastõendaja teostab juhtumianalüüsi vastavalt eksamipiletis toodule (võib sisaldada näitliku valveobjekti üldise turvaplaani suulist esitamist).',
              en: 'Interview – after the preparation time the assessors give, the applicant analyses the case on the exam ticket (may include presenting orally a general security plan for a sample site).',
            },
          },
        ],
      },
    ],
  };
}

const rplPrerequisite = {
  et: '2004–2014 kehtinud turvatöötaja I või turvatöötaja II kutsestandardi või 2014–30.06.2024 kehtinud turvatöötaja, tase 3 kutsestandardi alusel väljastatud tähtajatu kutse',
  en: 'an indefinite qualification issued under the Security Officer I or II standards (2004–2014) or the Security Officer, level 3 standard (2014–30.06.2024)',
};
const rplAssessment = {
  method: 'portfolio' as const,
  description: {
    et: 'VÕTA hindamiskomisjoni ülesandeid täidab turvateenistuse kutsekomisjon.',
    en: 'The security services qualification committee acts as the recognition (VÕTA) assessment committee.',
  },
};

function securityOfficer4(window: KindSpec['window']) {
  return {
    slug: 'turvatootaja-4',
    name: { et: 'Turvatöötaja, tase 4', en: 'Security Officer, level 4' },
    eqfLevel: 4,
    // A fixed-term qualification; the page does not say for how long: demo value.
    validityMonths: 60,
    validityDemoValue: true,
    kinds: [
      {
        kind: 'rpl' as const,
        slug: 'rpl-documents',
        title: {
          et: 'VÕTA taotlus dokumentide esitamisega',
          en: 'Recognition of prior learning (VÕTA) with documents',
        },
        window,
        prerequisites: [rplPrerequisite],
        // The page links the VÕTA procedure without listing documents: demo list.
        documents: [
          {
            type: 'prior-qualification',
            label: { et: 'Varasema kutse tõend', en: 'Proof of the earlier qualification' },
            demoValue: true,
          },
          {
            type: 'work-experience',
            label: { et: 'Töökogemust tõendavad dokumendid', en: 'Documents proving work experience' },
            demoValue: true,
          },
          { ...paymentOrder, demoValue: true },
        ],
        fees: [
          {
            label: { et: 'VÕTA dokumentide menetlemise tasu', en: 'VÕTA document processing fee' },
            netCents: 2500,
          },
        ],
        assessment: [rplAssessment],
      },
      {
        kind: 'rpl' as const,
        slug: 'rpl-employer-statement',
        title: {
          et: 'VÕTA taotlus tööandja õiendi alusel',
          en: 'Recognition of prior learning (VÕTA) on an employer’s statement',
        },
        window,
        prerequisites: [rplPrerequisite],
        // The employer's statement is what the page names this kind by; the payment order's copy
        // is a demo requirement (the page lists no VÕTA documents).
        documents: [
          { type: 'employer-statement', label: { et: 'Tööandja õiend', en: 'Employer’s statement' } },
          { ...paymentOrder, demoValue: true },
        ],
        fees: [
          {
            label: { et: 'VÕTA tööandja õiendi alusel tasu', en: 'VÕTA fee on an employer’s statement' },
            netCents: 900,
          },
        ],
        assessment: [rplAssessment],
      },
    ],
  };
}

/** Historical qualifications: no longer awarded, but their certificates entitle holders to VÕTA. */
const historical = [
  {
    slug: 'turvatootaja-i',
    name: { et: 'Turvatöötaja I', en: 'Security Officer I' },
    eqfLevel: null,
    validityMonths: null,
    awardedUntil: '2014-12-31',
    kinds: [],
  },
  {
    slug: 'turvatootaja-ii',
    name: { et: 'Turvatöötaja II', en: 'Security Officer II' },
    eqfLevel: null,
    validityMonths: null,
    awardedUntil: '2014-12-31',
    kinds: [],
  },
];
