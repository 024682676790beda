// Payment references and account numbers as Estonian banks check them (docs/glossary.md): the 7-3-1
// reference number (viitenumber), the RF creditor reference (ISO 11649) and the IBAN (mod 97).

const WEIGHTS = [7, 3, 1];

/** The 7-3-1 check digit of a reference's base digits (weights from the right). @example referenceCheckDigit('12131295') === 2 */
export function referenceCheckDigit(base: string): number {
  if (!/^\d{1,19}$/.test(base)) throw new Error('a reference base is 1 to 19 digits');
  const sum = [...base]
    .reverse()
    .reduce((total, digit, i) => total + Number(digit) * (WEIGHTS[i % 3] as number), 0);
  return (10 - (sum % 10)) % 10;
}

/** The base with its check digit appended. @example withCheckDigit('12131295') === '121312952' */
export const withCheckDigit = (base: string) => `${base}${referenceCheckDigit(base)}`;

/** Whether a string is a valid reference number: 2–20 digits whose last is the 7-3-1 check digit. */
export function isReferenceNumber(value: string): boolean {
  return /^\d{2,20}$/.test(value) && referenceCheckDigit(value.slice(0, -1)) === Number(value.at(-1));
}

/** As printed on an invoice: groups of four from the left. @example formatReference('121312952') === '1213 1295 2' */
export const formatReference = (value: string) => value.replace(/(\d{4})(?=\d)/g, '$1 ');

/** ISO 7064 mod 97 of an alphanumeric string, letters as 10–35 (IBAN and RF references). */
function mod97(rearranged: string): number {
  let remainder = 0;
  for (const ch of rearranged.toUpperCase()) {
    const value = /\d/.test(ch) ? ch : String(ch.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder;
}

/** An RF creditor reference (ISO 11649). @example isCreditorReference('RF18539007547034') === true */
export function isCreditorReference(value: string): boolean {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(compact) && mod97(compact.slice(4) + compact.slice(0, 4)) === 1;
}

/**
 * An Estonian IBAN: `EE`, two check digits from 02 to 98, 16 digits, valid by mod 97 — and its
 * domestic account number's last digit a 7-3-1 check digit. 00, 01 and 99 pass mod 97 whenever 97,
 * 98 or 02 would, but ISO 13616 never issues them: such a number is mistyped.
 * @example isEstonianIban('EE382200221020145685') === true
 */
export function isEstonianIban(value: string): boolean {
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!/^EE\d{18}$/.test(compact) || mod97(compact.slice(4) + compact.slice(0, 4)) !== 1) return false;
  const check = Number(compact.slice(2, 4));
  if (check < 2 || check > 98) return false;
  // The bank code (2 digits) precedes the domestic account number, which carries its own check digit.
  return isReferenceNumber(compact.slice(6).replace(/^0+/, '') || '0');
}
