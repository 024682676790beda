// The re-certification window of seed 003 (0 to 6 months after expiry) and other bodies' choices.
import { describe, expect, it } from 'vitest';
import { recertificationFor } from '../../api/applications/recertification.ts';
import { addMonthsToDay } from '../../contract/calendar.ts';

const J5 = 7;
const ETEL = { fromMonths: 0, untilMonths: 6 };
const held = (validUntil: string | null, number = 'ETEL-J5-0002') => [
  { number, qualificationId: J5, validUntil },
];

describe('re-certification', () => {
  it('is open to a holder whose certificate expired two months ago', () => {
    expect(recertificationFor(held('2026-09-23'), J5, ETEL, '2026-11-23')).toEqual({
      status: 'open',
      certificate: 'ETEL-J5-0002',
      closesOn: '2027-03-23',
    });
  });

  it('says when it opens before expiry, and that it closed three years after', () => {
    expect(recertificationFor(held('2027-01-10'), J5, ETEL, '2026-11-23')).toMatchObject({
      status: 'too_early',
      opensOn: '2027-01-10',
    });
    expect(recertificationFor(held('2023-11-23'), J5, ETEL, '2026-11-23')).toMatchObject({
      status: 'too_late',
      closedOn: '2024-05-23',
    });
  });

  it('includes both edges of the window', () => {
    expect(recertificationFor(held('2026-05-23'), J5, ETEL, '2026-11-23').status).toBe('open');
    expect(recertificationFor(held('2026-11-23'), J5, ETEL, '2026-11-23').status).toBe('open');
    expect(recertificationFor(held('2026-05-22'), J5, ETEL, '2026-11-23').status).toBe('too_late');
  });

  it('follows the body’s own edges: from 3 months before expiry to a year after', () => {
    const generous = { fromMonths: -3, untilMonths: 12 };
    expect(recertificationFor(held('2027-01-10'), J5, generous, '2026-11-23').status).toBe('open');
    expect(recertificationFor(held('2026-01-10'), J5, generous, '2026-11-23').status).toBe('open');
    expect(recertificationFor(held('2025-11-10'), J5, generous, '2026-11-23').status).toBe('too_late');
  });

  it('renews the newest certificate; non-holders and indefinite ones get no re-certification', () => {
    const two = [...held('2020-01-01', 'OLD'), ...held('2026-10-01', 'NEW')];
    expect(recertificationFor(two, J5, ETEL, '2026-11-23')).toMatchObject({
      status: 'open',
      certificate: 'NEW',
    });
    expect(recertificationFor(held('2026-10-01'), 99, ETEL, '2026-11-23')).toEqual({
      status: 'not_a_holder',
    });
    expect(recertificationFor(held(null), J5, ETEL, '2026-11-23')).toMatchObject({ status: 'indefinite' });
  });

  it('moves days by months as calendars do', () => {
    expect(addMonthsToDay('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonthsToDay('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonthsToDay('2026-03-15', -3)).toBe('2025-12-15');
  });
});
