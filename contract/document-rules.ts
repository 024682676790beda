// The rules a document type's kind sets (seed 003), checked: the API refuses what breaks them,
// and the application form imports this same module to say so before the file is even sent.
// Pure and wording-free: a broken rule is a code with its parameters, which
// document-rules.wording.ts says in the reader's language.
import { addMonthsToDay } from './calendar.ts';

/** One of the documents a `oneOf` rule accepts, named in both languages. */
export type Variant = { slug: string; nameEt: string; nameEn: string };

/**
 * A rule a document must satisfy, as data so that API and widget check the same thing.
 * - `issuedBeforeExam`: issued at most `months` before the exam date (criminal-record extract).
 * - `coversRecentPeriod`: covers at least the last `months` (continuing-training certificate).
 * - `oneOf`: the document must be one of the listed variants (passport, ID card, driving licence).
 */
export type DocumentRule =
  | { type: 'issuedBeforeExam'; months: number }
  | { type: 'coversRecentPeriod'; months: number }
  | { type: 'oneOf'; variants: Variant[] };

export type DocumentFacts = {
  variant?: string | null | undefined;
  issuedOn?: string | null | undefined;
  coversFrom?: string | null | undefined;
  coversUntil?: string | null | undefined;
};

/** What the check knows of the application: today (Tallinn) and the chosen exam's day, if any. */
export type RuleContext = { today: string; examDay: string | null };

/** What each broken rule's sentence needs: days as YYYY-MM-DD, said in the reader's format. */
export type RuleParams = {
  chooseVariant: { variants: readonly Variant[] };
  enterIssuedOn: Record<string, never>;
  issuedInFuture: Record<string, never>;
  issuedTooLongBeforeExam: { months: number; earliest: string };
  enterCoversFrom: Record<string, never>;
  enterCoversUntil: Record<string, never>;
  endsBeforeItBegins: Record<string, never>;
  coversTooLittle: { months: number; mustStartBy: string; mustRunTo: string };
};

/** The upload query's field a broken rule concerns. */
export type RuleField = 'variant' | 'issuedOn' | 'coversFrom' | 'coversUntil';

/** A broken rule: its field, and a code with parameters (as a valibot issue has type and requirement). */
export type RuleProblem = {
  [Code in keyof RuleParams]: { field: RuleField; code: Code; params: RuleParams[Code] };
}[keyof RuleParams];

/**
 * Every rule the document breaks (empty when it may be used).
 * @example checkDocument([{ type: 'issuedBeforeExam', months: 6 }], { issuedOn: '2026-01-02' },
 *   { today: '2026-11-23', examDay: '2026-12-21' })
 *   // [{ field: 'issuedOn', code: 'issuedTooLongBeforeExam', params: { months: 6, earliest: '2026-06-21' } }]
 */
export function checkDocument(
  rules: readonly DocumentRule[],
  facts: DocumentFacts,
  { today, examDay }: RuleContext,
): RuleProblem[] {
  const problems: RuleProblem[] = [];
  for (const rule of rules) {
    switch (rule.type) {
      case 'oneOf': {
        if (!rule.variants.some((x) => x.slug === facts.variant))
          problems.push({ field: 'variant', code: 'chooseVariant', params: { variants: rule.variants } });
        break;
      }
      case 'issuedBeforeExam': {
        if (!facts.issuedOn) {
          problems.push({ field: 'issuedOn', code: 'enterIssuedOn', params: {} });
        } else if (facts.issuedOn > today) {
          problems.push({ field: 'issuedOn', code: 'issuedInFuture', params: {} });
        } else if (examDay) {
          const earliest = addMonthsToDay(examDay, -rule.months);
          if (facts.issuedOn < earliest)
            problems.push({
              field: 'issuedOn',
              code: 'issuedTooLongBeforeExam',
              params: { months: rule.months, earliest },
            });
        }
        break;
      }
      case 'coversRecentPeriod': {
        const { coversFrom, coversUntil } = facts;
        const mustStartBy = addMonthsToDay(today, -rule.months);
        // A certificate is issued after the training it covers: it may end up to a month ago.
        const mustRunTo = addMonthsToDay(today, -1);
        if (!coversFrom) problems.push({ field: 'coversFrom', code: 'enterCoversFrom', params: {} });
        if (!coversUntil) problems.push({ field: 'coversUntil', code: 'enterCoversUntil', params: {} });
        if (!coversFrom || !coversUntil) break;
        if (coversUntil < coversFrom)
          problems.push({ field: 'coversUntil', code: 'endsBeforeItBegins', params: {} });
        else if (coversFrom > mustStartBy || coversUntil < mustRunTo)
          problems.push({
            field: coversFrom > mustStartBy ? 'coversFrom' : 'coversUntil',
            code: 'coversTooLittle',
            params: { months: rule.months, mustStartBy, mustRunTo },
          });
        break;
      }
    }
  }
  return problems;
}
