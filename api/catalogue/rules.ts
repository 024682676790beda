// Document rules, as sentences in the reader's language.
import type { DocumentRule } from '../../db/schema/index.ts';
import type { Language } from '../http/env.ts';

/** @example describeRule({ type: 'issuedBeforeExam', months: 6 }, 'en') */
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
