// The body's dashboard: what its staff see of where applications stand and of the fees, counted
// from the applications themselves — drafts and the other body's applications never in it — and
// the fees priced as the public catalogue prices them on the month's first day.
import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationState } from '../../contract/application-states.ts';
import { QualificationDetail } from '../../contract/catalogue.ts';
import { Dashboard } from '../../contract/dashboard.ts';
import {
  applicantSnapshot,
  applicationKinds,
  applications,
  awardingBodies,
  persons,
  qualifications,
} from '../../db/schema/index.ts';
import type { SeedPersonKey } from '../../db/seed/people.ts';
import { consoleHeaders, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

async function dashboardAs(who: SeedPersonKey, body = 'etel', lang = 'et') {
  return app.request(`/staff/bodies/${body}/dashboard?lang=${lang}`, {
    headers: await consoleHeaders(database, who),
  });
}

async function figures(who: SeedPersonKey = 'etelProcessor', lang = 'et') {
  const res = await dashboardAs(who, 'etel', lang);
  expect(res.status).toBe(200);
  return v.parse(Dashboard, await res.json());
}

/** The gross fees due at submission of ETEL's Turvajuht 5 first application, as the catalogue prices them on a day. */
async function cataloguedFee(day: string) {
  const res = await app.request(`/bodies/etel/qualifications/turvajuht-5?on=${day}`);
  const detail = v.parse(QualificationDetail, await res.json());
  const kind = detail.kinds.find((k) => k.kind === 'first');
  return (kind?.fees ?? []).filter((f) => f.due === 'submission').reduce((sum, f) => sum + f.grossCents, 0);
}

/** Adds applications for Turvajuht 5 (first) at `body`, submitted at the instants given, in the states given. */
async function addApplications(
  rows: { state: ApplicationState; submittedAt: string | null; feeReceived?: boolean; waived?: boolean }[],
  body = 'etel',
) {
  const [kind] = await database.db
    .select({ id: applicationKinds.id, bodyId: qualifications.bodyId })
    .from(applicationKinds)
    .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
    .innerJoin(awardingBodies, eq(awardingBodies.id, qualifications.bodyId))
    .where(and(eq(awardingBodies.slug, body), eq(applicationKinds.kind, 'first')))
    .orderBy(qualifications.slug)
    .limit(1);
  const applicantId = await personId(database, 'applicant');
  const [person] = await database.db.select().from(persons).where(eq(persons.id, applicantId));
  if (!kind || !person) throw new Error('seed without a first application kind or the applicant');
  const now = database.clock.now();
  await database.db.insert(applications).values(
    rows.map((r) => ({
      bodyId: kind.bodyId,
      applicationKindId: kind.id,
      applicantId,
      submittedById: applicantId,
      state: r.state,
      applicant: applicantSnapshot(person),
      createdAt: now,
      updatedAt: now,
      submittedAt: r.submittedAt ? new Date(r.submittedAt) : null,
      feeReceivedAt: r.feeReceived ? now : null,
      feeWaivedReason: r.waived ? 'lives abroad, fee paid at the exam' : null,
    })),
  );
}

describe('the dashboard', () => {
  it('counts sent-in applications by state and qualification, leaves drafts and the other body out, and prices the months’ fees', async () => {
    const before = await figures();
    // The test clock's day is 2024-05-15: this month is 2024-05, and 2023-12 is before VAT rose to 22 %.
    await addApplications([
      { state: 'submitted', submittedAt: '2024-05-02T10:00:00+03:00', feeReceived: true },
      { state: 'submitted', submittedAt: '2024-05-03T10:00:00+03:00' },
      { state: 'admitted', submittedAt: '2024-05-04T10:00:00+03:00', waived: true },
      { state: 'withdrawn', submittedAt: '2024-05-05T10:00:00+03:00' },
      // 23:30 in Tallinn on 30 November is still November there (21:30 UTC).
      { state: 'submitted', submittedAt: '2023-11-30T21:30:00Z', feeReceived: true },
      { state: 'draft', submittedAt: null },
    ]);
    await addApplications([{ state: 'submitted', submittedAt: '2024-05-02T10:00:00+03:00' }], 'naidiskokad');
    const after = await figures();

    expect(after.asOf).toBe('2024-05-15');
    expect(after.months.map((m) => m.month)).toEqual([
      '2023-06',
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
    ]);
    expect(after.byState.submitted).toBe((before.byState.submitted ?? 0) + 3);
    expect(after.byState.admitted).toBe((before.byState.admitted ?? 0) + 1);
    expect(after.byState.withdrawn).toBe((before.byState.withdrawn ?? 0) + 1);
    expect(after.byState.draft).toBe(0);
    const total = (d: Dashboard) => d.byQualification.reduce((n, q) => n + q.total, 0);
    expect(total(after)).toBe(total(before) + 5);

    const may = after.months.at(-1);
    const mayBefore = before.months.at(-1);
    const mayFee = await cataloguedFee('2024-05-01');
    expect(mayFee).toBeGreaterThan(0);
    // Four sent in; the waived one and the one withdrawn before paying are expected of no one.
    expect(may?.submitted).toBe((mayBefore?.submitted ?? 0) + 4);
    expect(may?.waived).toBe((mayBefore?.waived ?? 0) + 1);
    expect(may?.expectedCents).toBe((mayBefore?.expectedCents ?? 0) + 2 * mayFee);
    expect(may?.receivedCents).toBe((mayBefore?.receivedCents ?? 0) + mayFee);

    const november = after.months.find((m) => m.month === '2023-11');
    const novemberBefore = before.months.find((m) => m.month === '2023-11');
    const novemberFee = await cataloguedFee('2023-11-01');
    expect(novemberFee).toBeLessThan(mayFee); // 20 % VAT then, 22 % in May 2024
    expect(november?.receivedCents).toBe((novemberBefore?.receivedCents ?? 0) + novemberFee);
  });

  it('names qualifications in the language asked for', async () => {
    const et = await figures('etelProcessor', 'et');
    const en = await figures('etelProcessor', 'en');
    expect(et.byQualification.length).toBeGreaterThan(0);
    expect(en.byQualification.map((q) => q.slug).sort()).toEqual(
      et.byQualification.map((q) => q.slug).sort(),
    );
    const slug = et.byQualification[0]?.slug;
    expect(en.byQualification.find((q) => q.slug === slug)?.name).not.toBe(et.byQualification[0]?.name);
  });

  it('is for the body’s own staff only', async () => {
    expect((await dashboardAs('etelAssessor')).status).toBe(200);
    expect((await dashboardAs('etelManager')).status).toBe(200);
    // The other body's manager, ETEL's committee chair, and ETEL's processor at the other body.
    expect((await dashboardAs('cooksManager')).status).toBe(403);
    expect((await dashboardAs('committeeChair')).status).toBe(403);
    expect((await dashboardAs('etelProcessor', 'naidiskokad')).status).toBe(403);
    // An applicant's widget token is never a console session.
    const widget = await app.request('/staff/bodies/etel/dashboard', {
      headers: await widgetHeaders(database, 'applicant'),
    });
    expect(widget.status).toBe(403);
  });
});
