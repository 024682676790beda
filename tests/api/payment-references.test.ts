// Payment references and accounts, by the published examples (docs/glossary.md) and by property.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatReference,
  isCreditorReference,
  isEstonianIban,
  isReferenceNumber,
  referenceCheckDigit,
  withCheckDigit,
} from '../../contract/payment-reference.ts';

describe('7-3-1 reference numbers', () => {
  it('computes the Estonian Banking Association’s example', () => {
    expect(referenceCheckDigit('12131295')).toBe(2);
    expect(withCheckDigit('12131295')).toBe('121312952');
    expect(isReferenceNumber('121312952')).toBe(true);
    expect(formatReference('121312952')).toBe('1213 1295 2');
  });

  it('weights the digits from the right: 7, 3, 1, 7, …', () => {
    expect(referenceCheckDigit('1')).toBe(3); // 1×7 = 7 → 3
    expect(referenceCheckDigit('12')).toBe(3); // 2×7 + 1×3 = 17 → 3
    expect(referenceCheckDigit('123')).toBe(2); // 3×7 + 2×3 + 1×1 = 28 → 2
  });

  it('refuses a wrong check digit, too short and too long numbers, and letters', () => {
    expect(isReferenceNumber('121312953')).toBe(false);
    expect(isReferenceNumber('7')).toBe(false);
    expect(isReferenceNumber(`${'1'.repeat(20)}1`)).toBe(false);
    expect(isReferenceNumber('12131295A')).toBe(false);
  });

  it('accepts every base with its own check digit, and only that digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,19}$/), fc.integer({ min: 1, max: 9 }), (base, shift) => {
        const good = withCheckDigit(base);
        const bad = `${base}${(Number(good.at(-1)) + shift) % 10}`;
        return isReferenceNumber(good) && !isReferenceNumber(bad);
      }),
    );
  });
});

describe('RF creditor references and Estonian IBANs', () => {
  it('accepts the published examples and ETEL’s account', () => {
    expect(isCreditorReference('RF18539007547034')).toBe(true);
    expect(isCreditorReference('RF18 5390 0754 7034')).toBe(true);
    expect(isEstonianIban('EE382200221020145685')).toBe(true);
    expect(isEstonianIban('EE55 2200 0011 2006 3926')).toBe(true);
  });

  it('refuses a changed digit', () => {
    expect(isCreditorReference('RF18539007547035')).toBe(false);
    expect(isEstonianIban('EE382200221020145686')).toBe(false);
    expect(isEstonianIban('EE38220022102014568')).toBe(false);
  });
});
