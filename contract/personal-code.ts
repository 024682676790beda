// Estonian personal identification code (isikukood): GYYMMDDSSSC, checked by the rules in
// docs/glossary.md (century/sex digit, a real birth date, and the two-pass mod-11 check digit).
import * as v from 'valibot';

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 1];
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 1, 2, 3];

/** The check digit for the first ten digits. @example personalCodeCheckDigit('3680528010') === 9 */
export function personalCodeCheckDigit(firstTen: string): number {
  const digits = [...firstTen].map(Number);
  const weighted = (weights: number[]) => digits.reduce((sum, d, i) => sum + d * (weights[i] ?? 0), 0) % 11;
  const first = weighted(FIRST_WEIGHTS);
  if (first < 10) return first;
  const second = weighted(SECOND_WEIGHTS);
  return second < 10 ? second : 0;
}

/** The birth date a personal code encodes, or null when the code names no real date. */
export function personalCodeBirthDate(code: string): string | null {
  const century = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 }[code[0] ?? ''];
  if (century === undefined) return null;
  const year = century + Number(code.slice(1, 3));
  const month = Number(code.slice(3, 5));
  const day = Number(code.slice(5, 7));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** Whether a string is a valid Estonian personal code. @example isPersonalCode('36805280109') === true */
export function isPersonalCode(code: string): boolean {
  return (
    /^[1-6]\d{10}$/.test(code) &&
    personalCodeBirthDate(code) !== null &&
    personalCodeCheckDigit(code.slice(0, 10)) === Number(code[10])
  );
}

export const PersonalCode = v.pipe(
  v.string(),
  v.regex(/^\d{11}$/, 'must be 11 digits'),
  v.check((s) => /^[1-6]/.test(s), 'must start with 1–6 (century and sex)'),
  v.check((s) => personalCodeBirthDate(s) !== null, 'must contain a real birth date'),
  v.check((s) => personalCodeCheckDigit(s.slice(0, 10)) === Number(s[10]), 'has a wrong check digit'),
);
