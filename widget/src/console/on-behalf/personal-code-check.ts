// The personal code staff type, checked in the browser by the contract's own rules
// (contract/personal-code.ts, as the API checks it) so the mistake is said next to the field at once.
import * as v from 'valibot';
import {
  PersonalCode,
  personalCodeBirthDate,
  personalCodeCheckDigit,
} from '../../../../contract/personal-code.ts';
import type { OnBehalfStrings } from './on-behalf.strings.ts';

/**
 * What is wrong with a typed personal code, in the page's language; undefined for a valid code.
 * @example personalCodeError('3800108571', t) // 'Isikukood on 11 numbrit.'
 */
export function personalCodeError(code: string, t: OnBehalfStrings): string | undefined {
  if (v.safeParse(PersonalCode, code).success) return undefined;
  const said = t.codeErrors;
  if (code === '') return said.empty;
  if (!/^\d{11}$/.test(code)) return said.digits;
  if (!/^[1-6]/.test(code)) return said.century;
  if (personalCodeBirthDate(code) === null) return said.birthDate;
  if (personalCodeCheckDigit(code.slice(0, 10)) !== Number(code[10])) return said.checkDigit;
  return said.digits;
}
