// One calendar: the catalogue and an application take "today" — and so the VAT rate — from the
// same day in Tallinn. At 00:30 on 1 July 2025 in Tallinn it is still 30 June in UTC, and the
// rate changed from 22 % to 24 % that day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../contract/applications.ts';
import { tallinnDay } from '../../contract/calendar.ts';
import type { BodyDetail, QualificationDetail } from '../../contract/catalogue.ts';
import { fixedClock } from '../../db/clock.ts';
import { seed } from '../../db/seed/index.ts';
import { widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

const clock = fixedClock('2025-07-01T00:30:00+03:00');
let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase({ clock, seeded: false });
  // Windows open around that night (the page's own closed in 2024).
  await seed(database.db, { clock, windows: 'demo', etelOrigins: ['http://localhost:5174'] });
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

const get = async <T>(path: string, headers: Record<string, string> = {}) =>
  (await (await app.request(path, { headers })).json()) as T;

describe('on a VAT change day, half an hour after midnight in Tallinn', () => {
  it('the catalogue and an application both take 1 July and its 24 %', async () => {
    const page = await get<QualificationDetail>('/bodies/etel/qualifications/turvajuht-5');
    expect(page.on).toBe('2025-07-01');
    const fee = page.kinds.find((k) => k.kind === 'first')?.fees[0];
    expect(fee?.vatRatePercent).toBe(24);

    const body = await get<BodyDetail>('/bodies/etel');
    const post = body.deliveryOptions.find((d) => d.slug === 'post');
    expect(post?.vatRatePercent).toBe(24);

    const { authorization, origin } = await widgetHeaders(database, 'securityOfficer');
    const res = await app.request('/bodies/etel/applications', {
      method: 'POST',
      headers: { authorization, origin, 'content-type': 'application/json' },
      body: JSON.stringify({ qualification: 'turvajuht-5', kind: 'first' }),
    });
    const draft = (await res.json()) as ApplicationView;
    expect(draft.payment.items[0]?.vatRatePercent).toBe(24);
    expect(draft.payment.items[0]?.grossCents).toBe(fee?.grossCents);
  });
});

describe('the day in Tallinn at an instant', () => {
  it('turns over at midnight there, summer and winter, and on the night the clocks go back', () => {
    const asked: [string, string][] = [
      ['2026-06-20T20:59:59.999Z', '2026-06-20'],
      ['2026-06-20T21:00:00.000Z', '2026-06-21'],
      ['2026-01-10T21:59:59.999Z', '2026-01-10'],
      ['2026-01-10T22:00:00.000Z', '2026-01-11'],
      // The night clocks go back (25 October 2026, 04:00 EEST → 03:00 EET): still the 25th.
      ['2026-10-25T00:30:00.000Z', '2026-10-25'],
      ['2026-10-25T01:30:00.000Z', '2026-10-25'],
      ['2026-10-25T21:59:00.000Z', '2026-10-25'],
      ['2026-10-25T22:00:00.000Z', '2026-10-26'],
    ];
    for (const [instant, day] of asked) expect(tallinnDay(instant), instant).toBe(day);
  });
});

describe('the day in Tallinn, asked for instant after instant', () => {
  it('turns at Tallinn midnight and across the autumn clock change, whatever was asked before', () => {
    // Each pair shares a UTC hour or straddles a boundary; the answer must not be the previous one.
    const asked = [
      ['2026-06-20T20:59:59.999Z', '2026-06-20'],
      ['2026-06-20T21:00:00.000Z', '2026-06-21'], // midnight, summer time (+3)
      ['2026-06-20T21:59:59.999Z', '2026-06-21'],
      ['2026-06-20T20:30:00.000Z', '2026-06-20'], // back an hour
      ['2026-10-24T21:30:00.000Z', '2026-10-25'], // 00:30 on the night the clocks go back
      ['2026-10-25T00:59:59.999Z', '2026-10-25'], // 03:59:59 summer time
      ['2026-10-25T01:00:00.000Z', '2026-10-25'], // 03:00 winter time (+2)
      ['2026-10-25T21:59:59.999Z', '2026-10-25'],
      ['2026-10-25T22:00:00.000Z', '2026-10-26'], // midnight, winter time
      ['1969-12-31T22:30:00.000Z', '1970-01-01'], // before 1970, formatted every time
      ['1969-12-31T20:30:00.000Z', '1969-12-31'],
    ] as const;
    for (const [instant, day] of asked) expect(tallinnDay(instant), instant).toBe(day);
    for (const [instant, day] of [...asked].reverse())
      expect(tallinnDay(new Date(instant)), instant).toBe(day);
  });
});
