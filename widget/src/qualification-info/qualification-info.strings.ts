// The element's own words in Estonian, the source language (English is in .strings.en.ts, loaded
// only when needed). Names, prerequisites and rules come from the API already translated; only the
// element's chrome is here.
import type { StringTable, Translations } from '../shared/i18n.ts';

type Status = 'open' | 'not_yet_open' | 'closed';
/** The API's assessment method codes (db enum `assessment_method`). */
export type AssessmentMethod = 'test' | 'interview' | 'written_task' | 'practical' | 'portfolio';

const etStates = {
  loading: 'Laadin kutse andmeid…',
  notFound: 'Kutset ei leitud',
  notFoundDetail: (body: string, qualification: string) =>
    `Kontrollige kutse andja („${body}“) ja kutse („${qualification}“) tunnuseid.`,
  loadFailed: 'Kutse andmeid ei õnnestunud laadida',
  offline: 'Kontrollige internetiühendust ja proovige uuesti.',
  serverTrouble: 'Teenuses on ajutine tõrge. Proovige mõne aja pärast uuesti.',
  retry: 'Proovi uuesti',
  misconfigured: 'Vidinal puudub atribuut body või qualification.',
};

export type QualificationInfoStates = typeof etStates;

/**
 * What the element says before its strings and data have arrived, or instead of them: bundled in
 * both languages, so an English reader never sees Estonian while the English strings load.
 */
export const states: StringTable<QualificationInfoStates> = {
  et: etStates,
  en: {
    loading: 'Loading the qualification…',
    notFound: 'Qualification not found',
    notFoundDetail: (body, qualification) =>
      `Check the awarding body (“${body}”) and qualification (“${qualification}”) identifiers.`,
    loadFailed: 'The qualification could not be loaded',
    offline: 'Check your internet connection and try again.',
    serverTrouble: 'The service has a temporary problem. Please try again in a moment.',
    retry: 'Try again',
    misconfigured: 'The widget is missing its body or qualification attribute.',
  },
};

const et = {
  eqfLevel: (level: number) => `EKR tase ${level}`,
  validity: (months: number | null): string => {
    if (months === null) return 'Tähtajatu';
    if (months % 12 === 0) return months === 12 ? 'Kehtib 1 aasta' : `Kehtib ${months / 12} aastat`;
    return months === 1 ? 'Kehtib 1 kuu' : `Kehtib ${months} kuud`;
  },
  standard: 'Kutsestandard',
  awardingBody: 'Kutse andja',
  applications: 'Taotluste vastuvõtt',
  kinds: 'Taotluse liigid',
  status: {
    open: (until: string | null) => (until ? `Avatud kuni ${until}` : 'Avatud'),
    not_yet_open: (from: string | null) => (from ? `Avaneb ${from}` : 'Pole veel avatud'),
    closed: (until: string | null) => (until ? `Suletud (lõppes ${until})` : 'Suletud'),
  } satisfies Record<Status, (date: string | null) => string>,
  recertificationWindow: (fromMonths: number, untilMonths: number): string => {
    const span = (from: number, until: number) => (from === until ? `${from}` : `${from}–${until}`);
    if (fromMonths >= 0) {
      return fromMonths === 0
        ? `Taastõendamine toimub reeglina ${untilMonths} kuu jooksul pärast kutsetunnistuse kehtivuse lõppu.`
        : `Taastõendamine toimub reeglina ${span(fromMonths, untilMonths)} kuud pärast kutsetunnistuse kehtivuse lõppu.`;
    }
    if (untilMonths <= 0) {
      return `Taastõendamine toimub reeglina ${span(-untilMonths, -fromMonths)} kuud enne kutsetunnistuse kehtivuse lõppu.`;
    }
    return `Taastõendamine toimub reeglina ${-fromMonths} kuud enne kuni ${untilMonths} kuud pärast kutsetunnistuse kehtivuse lõppu.`;
  },
  prerequisites: 'Eeltingimused',
  noPrerequisites: 'Eeltingimusi pole.',
  documents: 'Esitatavad dokumendid',
  noDocuments: 'Dokumente ei ole vaja esitada.',
  optional: 'valikuline',
  fileTypes: (types: string, size: string) => `${types}, kuni ${size}`,
  fees: 'Tasud',
  noFees: 'Tasusid pole.',
  fee: 'Tasu',
  net: 'Käibemaksuta',
  gross: 'Kokku',
  // No-break spaces keep "sh käibemaks" and "6,00 € (24%)" whole when a narrow column wraps.
  vatIncluded: (amount: string, rate: string | null) =>
    `sh\u00a0käibemaks ${amount}${rate ? `\u00a0(${rate})` : ''}`,
  total: 'Kokku',
  due: {
    submission: 'Tasuda taotluse esitamisel',
    before_exam: 'Tasuda enne eksamit',
  },
  assessment: 'Hindamine',
  noAssessment: 'Hindamise osi pole kirjeldatud.',
  methods: {
    test: 'Test',
    interview: 'Vestlus',
    written_task: 'Kirjalik töö',
    practical: 'Praktiline ülesanne',
    portfolio: 'Portfoolio',
  } satisfies Record<AssessmentMethod, string>,
  sessions: 'Eksamiajad',
  noSessions: 'Eksamiaegu pole veel välja kuulutatud.',
  when: 'Aeg',
  place: 'Koht',
  freePlaces: 'Vabu kohti',
  free: (free: number, capacity: number) => `${free} vaba kohta ${capacity}-st`,
  full: 'Täis',
  registerBy: (deadline: string) => `Registreerimine kuni ${deadline}`,
  registrationClosed: 'Registreerimine on lõppenud',
  example: 'näidisandmed',
  fictionalBody: 'Näidisasutus: selle kutse andja andmed on välja mõeldud.',
  contact: 'Küsimused:',
  website: 'Kutse andja veebileht',
};

export type QualificationInfoStrings = typeof et;

/** Estonian first, English second (its own chunk). */
export const strings: Translations<QualificationInfoStrings> = {
  et,
  en: () => import('./qualification-info.strings.en.ts').then((module) => module.en),
};
