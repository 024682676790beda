// The element's own words in English, loaded the first time an element speaks English.
import type { QualificationInfoStrings } from './qualification-info.strings.ts';

export const en: QualificationInfoStrings = {
  eqfLevel: (level) => `EQF level ${level}`,
  validity: (months) => {
    if (months === null) return 'Valid indefinitely';
    if (months % 12 === 0) return months === 12 ? 'Valid for 1 year' : `Valid for ${months / 12} years`;
    return months === 1 ? 'Valid for 1 month' : `Valid for ${months} months`;
  },
  standard: 'Occupational standard',
  awardingBody: 'Awarding body',
  applications: 'When you can apply',
  kinds: 'Kinds of application',
  status: {
    open: (until) => (until ? `Open until ${until}` : 'Open'),
    not_yet_open: (from) => (from ? `Opens on ${from}` : 'Not open yet'),
    closed: (until) => (until ? `Closed (ended ${until})` : 'Closed'),
  },
  recertificationWindow: (fromMonths, untilMonths) => {
    const span = (from: number, until: number) => (from === until ? `${from}` : `${from}–${until}`);
    if (fromMonths >= 0) {
      return fromMonths === 0
        ? `Re-certification normally takes place within ${untilMonths} months after the certificate expires.`
        : `Re-certification normally takes place ${span(fromMonths, untilMonths)} months after the certificate expires.`;
    }
    if (untilMonths <= 0) {
      return `Re-certification normally takes place ${span(-untilMonths, -fromMonths)} months before the certificate expires.`;
    }
    return `Re-certification normally takes place from ${-fromMonths} months before until ${untilMonths} months after the certificate expires.`;
  },
  prerequisites: 'Prerequisites',
  noPrerequisites: 'No prerequisites.',
  documents: 'Documents to submit',
  noDocuments: 'No documents are needed.',
  optional: 'optional',
  fileTypes: (types, size) => `${types}, up to ${size}`,
  fees: 'Fees',
  noFees: 'No fees.',
  fee: 'Fee',
  net: 'Excl. VAT',
  gross: 'Total',
  vatIncluded: (amount, rate) => `incl.\u00a0VAT ${amount}${rate ? `\u00a0(${rate})` : ''}`,
  total: 'Total',
  due: {
    submission: 'Due when you apply',
    before_exam: 'Due before the exam',
  },
  assessment: 'Assessment',
  noAssessment: 'No assessment components are described.',
  methods: {
    test: 'Test',
    interview: 'Interview',
    written_task: 'Written task',
    practical: 'Practical task',
    portfolio: 'Portfolio',
  },
  sessions: 'Exam sessions',
  noSessions: 'No exam sessions have been announced yet.',
  when: 'Date and time',
  place: 'Place',
  freePlaces: 'Free places',
  free: (free, capacity) => `${free} of ${capacity} places free`,
  full: 'Full',
  registerBy: (deadline) => `Register by ${deadline}`,
  registrationClosed: 'Registration has closed',
  example: 'example data',
  fictionalBody: 'Example body: this awarding body’s details are made up.',
  contact: 'Questions:',
  website: 'Awarding body’s website',
};
