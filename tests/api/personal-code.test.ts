// Personal codes (isikukood): generated valid ones are accepted, every kind of broken one is
// refused with a reason, and wherever one is entered the API names the field — and never logs it.
import fc from 'fast-check';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPersonalCode, PersonalCode, personalCodeCheckDigit } from '../../contract/personal-code.ts';
import { consoleHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

const CENTURY = { 1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000 } as const;

/** A valid code: a century/sex digit, a real birth date, a serial, and its check digit. */
const validCode = fc
  .record({
    first: fc.constantFrom(1, 2, 3, 4, 5, 6) as fc.Arbitrary<keyof typeof CENTURY>,
    date: fc.date({
      min: new Date('1800-01-01T00:00:00Z'),
      max: new Date('2099-12-31T00:00:00Z'),
      noInvalidDate: true,
    }),
    serial: fc.integer({ min: 0, max: 999 }),
  })
  .filter(({ first, date }) => Math.floor((date.getUTCFullYear() - CENTURY[first]) / 100) === 0)
  .map(({ first, date, serial }) => {
    const yy = String(date.getUTCFullYear() % 100).padStart(2, '0');
    const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
    const dd = String(date.getUTCDate()).padStart(2, '0');
    const firstTen = `${first}${yy}${mm}${dd}${String(serial).padStart(3, '0')}`;
    return `${firstTen}${personalCodeCheckDigit(firstTen)}`;
  });

describe('personal codes, property-based', () => {
  it('accepts every code built by the rules', () => {
    fc.assert(fc.property(validCode, (code) => isPersonalCode(code) && v.is(PersonalCode, code)));
  });

  it('refuses a valid code with any other check digit', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 1, max: 9 }), (code, shift) => {
        const wrong = `${code.slice(0, 10)}${(Number(code[10]) + shift) % 10}`;
        return !isPersonalCode(wrong);
      }),
    );
  });

  it('refuses codes of another length, or with a century digit outside 1–6', () => {
    fc.assert(
      fc.property(
        validCode,
        fc.constantFrom('0', '7', '8', '9'),
        (code, century) => !isPersonalCode(`${century}${code.slice(1)}`),
      ),
    );
    fc.assert(
      fc.property(validCode, (code) => !isPersonalCode(code.slice(0, 10)) && !isPersonalCode(`${code}0`)),
    );
  });

  it('refuses a date that does not exist, whatever the check digit', () => {
    for (const date of ['990230', '010229', '991301', '990431', '990000']) {
      const firstTen = `3${date}123`;
      expect(isPersonalCode(`${firstTen}${personalCodeCheckDigit(firstTen)}`)).toBe(false);
    }
    // 29 February of a leap year is real.
    expect(isPersonalCode(`5000229123${personalCodeCheckDigit('5000229123')}`)).toBe(true);
  });

  it('explains what is wrong, one reason at a time', () => {
    const reason = (code: string) =>
      v.safeParse(PersonalCode, code, { abortPipeEarly: true }).issues?.[0]?.message;
    expect(reason('3680528010')).toBe('must be 11 digits');
    expect(reason('76805280109')).toBe('must start with 1–6 (century and sex)');
    expect(reason('36802300000')).toBe('must contain a real birth date');
    expect(reason('36805280108')).toBe('has a wrong check digit');
  });
});

describe('where a personal code is entered', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.drop());

  it('answers 422 naming the field, and keeps the code out of the logs', async () => {
    const { app, logLines } = createTestApp(database);
    const headers = await consoleHeaders(database, 'registryAdmin');
    const search = (personalCode: string) =>
      app.request('/admin/people/search', {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ personalCode, purpose: 'identity check' }),
      });
    const bad = await search('49107075715');
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({
      errors: [
        // In Estonian, the language a request gets when it asks for none.
        { in: 'body', field: 'personalCode', pointer: '/personalCode', detail: 'kontrollnumber on vale' },
      ],
    });
    const good = await search('49107075714');
    expect(good.status).toBe(200);
    expect(await good.json()).toMatchObject({ givenName: 'Mari', familyName: 'Tamm' });
    const logs = logLines.join('\n');
    expect(logs).toContain('/admin/people/search');
    expect(logs).not.toContain('4910707571');
  });
});
