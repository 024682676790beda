// What the document rules say, in Estonian and English: the problems checkDocument returns as codes
// (document-rules.ts) and each rule as the catalogue describes it. One table for the API, which
// refuses with these words, and the widget, which says them before the file is even sent.
import { formatDay } from './calendar.ts';
import type { DocumentRule, RuleParams, RuleProblem, Variant } from './document-rules.ts';
import { type Language, sayIn, type Tables, type Wording } from './wording.ts';

const etNames = (variants: readonly Variant[]) => variants.map((x) => x.nameEt).join(', ');
const enNames = (variants: readonly Variant[]) => variants.map((x) => x.nameEn).join(', ');
const etMonths = (months: number) => (months === 12 ? 'aastat' : `${months} kuud`);
const enMonths = (months: number) => (months === 12 ? 'year' : `${months} months`);

export const documentRuleWording = {
  et: {
    chooseVariant: ({ variants }) => `Vali dokumendi liik: ${etNames(variants)}.`,
    enterIssuedOn: () => 'Sisesta dokumendi väljastamise kuupäev.',
    issuedInFuture: () => 'Väljastamise kuupäev ei saa olla tulevikus.',
    issuedTooLongBeforeExam: ({ months, earliest }) =>
      `Tõend peab olema tehtud mitte üle ${months} kuu enne eksamit, st ${formatDay(earliest, 'et')} või hiljem. Telli uus tõend.`,
    enterCoversFrom: () => 'Sisesta, mis kuupäevast koolitus algas.',
    enterCoversUntil: () => 'Sisesta, mis kuupäevani koolitus kestis.',
    endsBeforeItBegins: () => 'Lõpp ei saa olla enne algust.',
    coversTooLittle: ({ months, mustStartBy, mustRunTo }) =>
      `Koolitus peab hõlmama vähemalt viimast ${etMonths(months)}: algama hiljemalt ${formatDay(mustStartBy, 'et')} ja kestma vähemalt ${formatDay(mustRunTo, 'et')}.`,
  },
  en: {
    chooseVariant: ({ variants }) => `Choose the kind of document: ${enNames(variants)}.`,
    enterIssuedOn: () => 'Enter the date the document was issued.',
    issuedInFuture: () => 'The issue date cannot be in the future.',
    issuedTooLongBeforeExam: ({ months, earliest }) =>
      `The extract must be made no more than ${months} months before the exam, i.e. on ${formatDay(earliest, 'en')} or later. Please order a new one.`,
    enterCoversFrom: () => 'Enter the day the training period began.',
    enterCoversUntil: () => 'Enter the day the training period ended.',
    endsBeforeItBegins: () => 'The end cannot be before the beginning.',
    coversTooLittle: ({ months, mustStartBy, mustRunTo }) =>
      `The training must cover at least the last ${enMonths(months)}: begin by ${formatDay(mustStartBy, 'en')} and run to ${formatDay(mustRunTo, 'en')} or later.`,
  },
} satisfies Tables<RuleParams>;

/** A problem checkDocument found, in a language. @example sayRuleProblem({ field: 'issuedOn', code: 'issuedInFuture', params: {} }, 'en') */
export const sayRuleProblem = (problem: RuleProblem, language: Language): string =>
  sayIn(documentRuleWording, problem, language);

type Described = { [Type in DocumentRule['type']]: Extract<DocumentRule, { type: Type }> };

const descriptions = {
  et: {
    issuedBeforeExam: ({ months }) => `Väljastatud mitte varem kui ${months} kuud enne eksamit.`,
    coversRecentPeriod: ({ months }) => `Peab hõlmama vähemalt viimast ${etMonths(months)}.`,
    oneOf: ({ variants }) => `Sobib: ${etNames(variants)}.`,
  },
  en: {
    issuedBeforeExam: ({ months }) => `Issued no more than ${months} months before the exam.`,
    coversRecentPeriod: ({ months }) => `Must cover at least the last ${enMonths(months)}.`,
    oneOf: ({ variants }) => `Accepted: ${enNames(variants)}.`,
  },
} satisfies Record<Language, Wording<Described>>;

/**
 * A rule as a sentence in the reader's language.
 * @example describeRule({ type: 'issuedBeforeExam', months: 6 }, 'en')
 *   // 'Issued no more than 6 months before the exam.'
 */
export const describeRule = (rule: DocumentRule, language: Language): string =>
  (descriptions[language][rule.type] as (rule: DocumentRule) => string)(rule);
