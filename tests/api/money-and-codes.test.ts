import { describe, expect, it } from 'vitest';
import { fromAcceptLanguage } from '../../api/http/language.ts';
import { withVat } from '../../api/payments/vat.ts';
import { isPersonalCode, personalCodeBirthDate } from '../../api/people/personal-code.ts';

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
