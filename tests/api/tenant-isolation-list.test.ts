// The console's list keeps each body to its own applications, and each role to its share: ETEL's
// staff cannot list, count, search (by the other body's applicant's personal code) or export the
// cooks' applications; a committee sees only the states it decides on; a partner only what was
// submitted under its mandates.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { committee } from '../../contract/application-states.ts';
import type { ApplicationPage } from '../../contract/staff.ts';
import { applications, awardingBodies } from '../../db/schema/index.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { consoleHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import { insertApplications, sampleApplications } from './application-list.fixtures.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
/** The cooks' application (the other body's), and its applicant's personal code. */
let theirs: { id: string; personalCode: string };

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  await insertApplications(database, sampleApplications());
  const [cooks] = await database.db
    .select({ id: awardingBodies.id })
    .from(awardingBodies)
    .where(eq(awardingBodies.slug, 'naidiskokad'));
  const [row] = await database.db
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.bodyId, cooks?.id as number));
  theirs = { id: row?.id as string, personalCode: SEED_PEOPLE.oldQualificationHolder.personalCode };
}, 60_000);
afterAll(() => database.drop());

async function get(path: string, who: Parameters<typeof consoleHeaders>[1]) {
  return app.request(path, { headers: await consoleHeaders(database, who) });
}

async function page(path: string, who: Parameters<typeof consoleHeaders>[1]) {
  const res = await get(path, who);
  expect(res.status).toBe(200);
  return (await res.json()) as ApplicationPage;
}

describe('another body’s applications', () => {
  it('are not listed, counted or found by ETEL’s staff', async () => {
    const all = await page('/staff/bodies/etel/applications?limit=200', 'etelManager');
    expect(all.applications.map((a) => a.id)).not.toContain(theirs.id);
    expect(all.applications.length).toBeGreaterThan(30);
    // The cooks' one is submitted: ETEL's submitted count holds ETEL's alone.
    const submitted = await page('/staff/bodies/etel/applications?state=submitted&limit=200', 'etelManager');
    expect(submitted.counts.submitted).toBe(submitted.applications.length);

    const byCode = await page(`/staff/bodies/etel/applications?q=${theirs.personalCode}`, 'etelManager');
    expect(byCode).toMatchObject({ applications: [], total: 0, next: null });
    expect(Object.values(byCode.counts).every((n) => n === 0)).toBe(true);

    const byQualification = await page('/staff/bodies/etel/applications?qualification=kokk-4', 'etelManager');
    expect(byQualification.total).toBe(0);
  });

  it('are not exported by ETEL’s staff', async () => {
    const res = await get(`/staff/bodies/etel/applications.csv?q=${theirs.personalCode}`, 'etelManager');
    expect(res.status).toBe(200);
    const lines = (await res.text()).trimEnd().split('\r\n');
    expect(lines).toHaveLength(1);
    const everything = await (await get('/staff/bodies/etel/applications.csv', 'etelManager')).text();
    expect(everything).not.toContain(theirs.id);
  });

  it('are refused through the other body’s path', async () => {
    for (const path of [
      '/staff/bodies/naidiskokad/applications',
      `/staff/bodies/naidiskokad/applications?q=${theirs.personalCode}`,
      '/staff/bodies/naidiskokad/applications.csv',
      '/committee/bodies/naidiskokad/applications',
      '/partner/bodies/naidiskokad/applications',
    ]) {
      const res = await get(
        path,
        path.startsWith('/committee')
          ? 'committeeChair'
          : path.startsWith('/partner')
            ? 'etelPartner'
            : 'etelManager',
      );
      expect(res.status, path).toBe(403);
    }
  });
});

describe('a role’s share of the body’s applications', () => {
  it('a committee lists and counts only the states it decides on', async () => {
    const seen = await page('/committee/bodies/etel/applications?limit=200', 'committeeChair');
    expect(seen.applications.length).toBeGreaterThan(0);
    expect(seen.applications.every((a) => (committee as readonly string[]).includes(a.state))).toBe(true);
    for (const [state, n] of Object.entries(seen.counts))
      if (!(committee as readonly string[]).includes(state)) expect(n, state).toBe(0);
    const submitted = await page('/committee/bodies/etel/applications?state=submitted', 'committeeChair');
    expect(submitted.total).toBe(0);
  });

  it('a partner lists, counts and finds only what was submitted under its mandate', async () => {
    const seen = await page('/partner/bodies/etel/applications', 'etelPartner');
    expect(seen.total).toBe(1);
    expect(seen.applications).toEqual([
      expect.objectContaining({
        channel: 'partner',
        qualification: expect.objectContaining({ slug: 'turvatootaja-3' }),
      }),
    ]);
    expect(Object.values(seen.counts).reduce((a, b) => a + b, 0)).toBe(1);
    // Mari's application (not under the mandate) is not found by her personal code.
    const mari = await page(
      `/partner/bodies/etel/applications?q=${SEED_PEOPLE.applicant.personalCode}`,
      'etelPartner',
    );
    expect(mari.total).toBe(0);
  });
});
