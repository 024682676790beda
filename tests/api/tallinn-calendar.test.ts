// One calendar: the catalogue and an application take "today" — and so the VAT rate — from the
// same day in Tallinn. At 00:30 on 1 July 2025 in Tallinn it is still 30 June in UTC, and the
// rate changed from 22 % to 24 % that day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../contract/applications.ts';
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
