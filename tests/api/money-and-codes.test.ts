import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage } from '../../api/http/language.ts';
import { withVat } from '../../api/payments/vat.ts';
import { isEstonianIban, withCheckDigit } from '../../contract/payment-reference.ts';
import { isPersonalCode, personalCodeBirthDate } from '../../contract/personal-code.ts';

describe('VAT', () => {
  it('adds VAT to a net amount and rounds to the cent', () => {
    expect(withVat(900, 2400)).toEqual({
      netCents: 900,
      vatRatePercent: 24,
      vatCents: 216,
      grossCents: 1116,
      currency: 'EUR',
    });
    expect(withVat(2500, 2200)).toMatchObject({ vatCents: 550, grossCents: 3050 });
    expect(withVat(5, 2200)).toMatchObject({ vatCents: 1, grossCents: 6 });
  });
});

describe('personal codes', () => {
  it('accepts the published valid examples and refuses a wrong check digit', () => {
    for (const code of ['36805280109', '47302200234', '60001019906']) expect(isPersonalCode(code)).toBe(true);
    expect(isPersonalCode('36805280108')).toBe(false);
  });

  it('refuses impossible dates, centuries and lengths', () => {
    expect(personalCodeBirthDate('36802300000')).toBeNull();
    expect(isPersonalCode('76805280109')).toBe(false);
    expect(isPersonalCode('3680528010')).toBe(false);
    expect(personalCodeBirthDate('60001019906')).toBe('2000-01-01');
  });
});

describe('language negotiation', () => {
  it('picks the best supported language by quality', () => {
    expect(fromAcceptLanguage('ru, en;q=0.8, et;q=0.9')).toBe('et');
    expect(fromAcceptLanguage('en-US')).toBe('en');
    expect(fromAcceptLanguage('de, fr')).toBeUndefined();
  });
});

/** ISO 13616 check digits of an Estonian BBAN: 98 − (BBAN + "EE00" as digits mod 97), always 02–98. */
function checkDigits(bban: string): number {
  let remainder = 0;
  for (const digit of `${bban}141400`) remainder = (remainder * 10 + Number(digit)) % 97;
  return 98 - remainder;
}

/** A BBAN (bank code + 14-digit account with its 7-3-1 digit) whose check digits are 02, 97 or 98. */
function bbanWithAliasedCheck(bank: number, base: number): { bban: string; check: number } {
  // Walks on from `base` until one lands there (about 1 in 32 does); 02, 97 and 98 are the check
  // digits that 99, 00 and 01 equal modulo 97.
  for (let n = base; ; n++) {
    const bban = `${String(bank).padStart(2, '0')}${withCheckDigit(String(n).padStart(13, '0'))}`;
    const check = checkDigits(bban);
    if (check === 2 || check >= 97) return { bban, check };
  }
}

describe('IBAN check digits', () => {
  const bank = fc.integer({ min: 10, max: 99 });
  const base = fc.integer({ min: 1, max: 9_999_999_000_000 });

  it('accepts the check digits an account has, and refuses 00, 01 and 99 that equal them modulo 97', () => {
    fc.assert(
      fc.property(bank, base, (b, n) => {
        const { bban, check } = bbanWithAliasedCheck(b, n);
        expect(isEstonianIban(`EE${String(check).padStart(2, '0')}${bban}`)).toBe(true);
        const alias = check === 2 ? '99' : String(check - 97).padStart(2, '0');
        expect(isEstonianIban(`EE${alias}${bban}`)).toBe(false);
      }),
    );
  });

  it('never accepts 00, 01 or 99 (ISO 13616 allows 02–98)', () => {
    fc.assert(
      fc.property(fc.constantFrom('00', '01', '99'), fc.stringMatching(/^\d{16}$/), (check, bban) => {
        expect(isEstonianIban(`EE${check}${bban}`)).toBe(false);
      }),
    );
  });
});
