// The rules a document type's kind sets (seed 003), checked and described: the API refuses what
// breaks them, and the application form imports this same module to say so before the file is
// even sent. Pure: no database, no Node APIs.
import { addMonthsToDay, formatDay } from './calendar.ts';

type Language = 'et' | 'en';

/**
 * A rule a document must satisfy, as data so that API and widget check the same thing.
 * - `issuedBeforeExam`: issued at most `months` before the exam date (criminal-record extract).
 * - `coversRecentPeriod`: covers at least the last `months` (continuing-training certificate).
 * - `oneOf`: the document must be one of the listed variants (passport, ID card, driving licence).
 */
export type DocumentRule =
  | { type: 'issuedBeforeExam'; months: number }
  | { type: 'coversRecentPeriod'; months: number }
  | { type: 'oneOf'; variants: { slug: string; nameEt: string; nameEn: string }[] };

export type DocumentFacts = {
  variant?: string | null | undefined;
  issuedOn?: string | null | undefined;
  coversFrom?: string | null | undefined;
  coversUntil?: string | null | undefined;
};

/** What the check knows of the application: today (Tallinn) and the chosen exam's day, if any. */
export type RuleContext = { today: string; examDay: string | null };

/** A broken rule: the upload query's field it concerns and a sentence for the applicant. */
export type RuleProblem = { field: 'variant' | 'issuedOn' | 'coversFrom' | 'coversUntil'; detail: string };

/**
 * Every rule the document breaks (empty when it may be used).
 * @example checkDocument([{ type: 'issuedBeforeExam', months: 6 }], { issuedOn: '2026-01-02' },
 *   { today: '2026-11-23', examDay: '2026-12-21' }, 'en')
 *   // [{ field: 'issuedOn', detail: 'The extract must be made no earlier than 21/06/2026 …' }]
 */
export function checkDocument(
  rules: readonly DocumentRule[],
  facts: DocumentFacts,
  { today, examDay }: RuleContext,
  language: Language,
): RuleProblem[] {
  const et = language === 'et';
  const problems: RuleProblem[] = [];
  for (const rule of rules) {
    switch (rule.type) {
      case 'oneOf': {
        const names = rule.variants.map((x) => (et ? x.nameEt : x.nameEn)).join(', ');
        if (!rule.variants.some((x) => x.slug === facts.variant))
          problems.push({
            field: 'variant',
            detail: et ? `Vali dokumendi liik: ${names}.` : `Choose the kind of document: ${names}.`,
          });
        break;
      }
      case 'issuedBeforeExam': {
        if (!facts.issuedOn) {
          problems.push({
            field: 'issuedOn',
            detail: et
              ? 'Sisesta dokumendi väljastamise kuupäev.'
              : 'Enter the date the document was issued.',
          });
        } else if (facts.issuedOn > today) {
          problems.push({
            field: 'issuedOn',
            detail: et
              ? 'Väljastamise kuupäev ei saa olla tulevikus.'
              : 'The issue date cannot be in the future.',
          });
        } else if (examDay) {
          const earliest = addMonthsToDay(examDay, -rule.months);
          if (facts.issuedOn < earliest)
            problems.push({
              field: 'issuedOn',
              detail: et
                ? `Tõend peab olema tehtud mitte üle ${rule.months} kuu enne eksamit, st ${formatDay(earliest, language)} või hiljem. Telli uus tõend.`
                : `The extract must be made no more than ${rule.months} months before the exam, i.e. on ${formatDay(earliest, language)} or later. Please order a new one.`,
            });
        }
        break;
      }
      case 'coversRecentPeriod': {
        const { coversFrom, coversUntil } = facts;
        const mustStartBy = addMonthsToDay(today, -rule.months);
        // A certificate is issued after the training it covers: it may end up to a month ago.
        const mustRunTo = addMonthsToDay(today, -1);
        if (!coversFrom)
          problems.push({
            field: 'coversFrom',
            detail: et
              ? 'Sisesta, mis kuupäevast koolitus algas.'
              : 'Enter the day the training period began.',
          });
        if (!coversUntil)
          problems.push({
            field: 'coversUntil',
            detail: et
              ? 'Sisesta, mis kuupäevani koolitus kestis.'
              : 'Enter the day the training period ended.',
          });
        if (!coversFrom || !coversUntil) break;
        if (coversUntil < coversFrom)
          problems.push({
            field: 'coversUntil',
            detail: et ? 'Lõpp ei saa olla enne algust.' : 'The end cannot be before the beginning.',
          });
        else if (coversFrom > mustStartBy || coversUntil < mustRunTo)
          problems.push({
            field: coversFrom > mustStartBy ? 'coversFrom' : 'coversUntil',
            detail: et
              ? `Koolitus peab hõlmama vähemalt viimast ${rule.months === 12 ? 'aastat' : `${rule.months} kuud`}: algama hiljemalt ${formatDay(mustStartBy, language)} ja kestma vähemalt ${formatDay(mustRunTo, language)}.`
              : `The training must cover at least the last ${rule.months === 12 ? 'year' : `${rule.months} months`}: begin by ${formatDay(mustStartBy, language)} and run to ${formatDay(mustRunTo, language)} or later.`,
          });
        break;
      }
    }
  }
  return problems;
}

/**
 * A rule as a sentence in the reader's language.
 * @example describeRule({ type: 'issuedBeforeExam', months: 6 }, 'en')
 *   // 'Issued no more than 6 months before the exam.'
 */
export function describeRule(rule: DocumentRule, language: Language): string {
  const et = language === 'et';
  switch (rule.type) {
    case 'issuedBeforeExam':
      return et
        ? `Väljastatud mitte varem kui ${rule.months} kuud enne eksamit.`
        : `Issued no more than ${rule.months} months before the exam.`;
    case 'coversRecentPeriod':
      if (rule.months === 12)
        return et ? 'Peab hõlmama vähemalt viimast aastat.' : 'Must cover at least the last year.';
      return et
        ? `Peab hõlmama vähemalt viimast ${rule.months} kuud.`
        : `Must cover at least the last ${rule.months} months.`;
    case 'oneOf': {
      const names = rule.variants.map((variant) => (et ? variant.nameEt : variant.nameEn)).join(', ');
      return et ? `Sobib: ${names}.` : `Accepted: ${names}.`;
    }
  }
}
