import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QualificationDetail } from '../../contract/catalogue.ts';
import { fixedClock } from '../../db/clock.ts';
import { applications, examSessions, persons } from '../../db/schema/index.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function getJson<T>(path: string, init?: RequestInit, clock = database.clock) {
  const { app } = createTestApp(database, { clock });
  const res = await app.request(path, init);
  return { res, body: (await res.json()) as T };
}
const manager5 = '/bodies/etel/qualifications/turvajuht-5';

describe('a qualification page', () => {
  it('shows ETEL’s Turvajuht, tase 5 in Estonian by default, as seed 003 writes it', async () => {
    const { res, body } = await getJson<QualificationDetail>(manager5);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-language')).toBe('et');
    expect(body.body.name).toBe('Eesti Turvaettevõtete Liit');
    expect(body.body.iban).toBe('EE552200001120063926');
    expect(body.qualification).toMatchObject({ name: 'Turvajuht, tase 5', eqfLevel: 5, validityMonths: 60 });
    const first = body.kinds.find((k) => k.kind === 'first');
    expect(first?.prerequisites).toEqual([
      'haridustase – keskharidus',
      'turvaseadusele vastav turvajuhi õpe',
      'vastamine üldfüüsilise ettevalmistuse ja terviseseisundi nõuetele',
      'isiku kehtiva karistuse puudumine karistusregistris',
    ]);
    expect(first?.documents.map((d) => d.slug)).toEqual([
      'application-form',
      'education',
      'identity',
      'manager-training',
      'criminal-record',
      'payment-order',
    ]);
    const criminalRecord = first?.documents.find((d) => d.slug === 'criminal-record');
    expect(criminalRecord?.rules).toEqual([
      { type: 'issuedBeforeExam', months: 6, text: 'Väljastatud mitte varem kui 6 kuud enne eksamit.' },
    ]);
    expect(first?.documents.find((d) => d.slug === 'identity')?.rules[0]?.text).toBe(
      'Sobib: pass, ID kaart.',
    );
    expect(first?.assessment.map((a) => a.method)).toEqual(['written_task', 'test', 'interview']);
  });

  it('asks for the application form only optionally: the online application is the application', async () => {
    const { body } = await getJson<QualificationDetail>(manager5);
    for (const kind of body.kinds)
      expect(kind.documents.find((d) => d.slug === 'application-form')).toMatchObject({
        label: 'avaldus (avalduse vorm)',
        required: false,
        templateUrl: null,
      });
  });

  it('marks what ETEL’s page does not say as example data: Turvatöötaja 4’s validity, the VÕTA documents', async () => {
    const { body } = await getJson<QualificationDetail>('/bodies/etel/qualifications/turvatootaja-4');
    expect(body.qualification).toMatchObject({ validityMonths: 60, validityDemoValue: true });
    const documents = Object.fromEntries(
      body.kinds.map((k) => [k.slug, k.documents.map((d) => [d.slug, d.demoValue])]),
    );
    expect(documents).toEqual({
      'rpl-documents': [
        ['prior-qualification', true],
        ['work-experience', true],
        ['payment-order', true],
      ],
      'rpl-employer-statement': [
        ['employer-statement', false],
        ['payment-order', true],
      ],
    });
    // Turvajuht 5's five years are on the page.
    const { body: manager } = await getJson<QualificationDetail>(manager5);
    expect(manager.qualification).toMatchObject({ validityMonths: 60, validityDemoValue: false });
    expect(manager.kinds.flatMap((k) => k.documents).some((d) => d.demoValue)).toBe(false);
  });

  it('answers in English for Accept-Language: en and for lang=en', async () => {
    for (const init of [{ headers: { 'Accept-Language': 'en-GB,en;q=0.9,et;q=0.5' } }, undefined]) {
      const path = init ? manager5 : `${manager5}?lang=en`;
      const { res, body } = await getJson<QualificationDetail>(path, init);
      expect(res.headers.get('content-language')).toBe('en');
      expect(body.qualification.name).toBe('Security Manager, level 5');
      expect(body.kinds[0]?.prerequisites[0]).toBe('level of education – secondary education');
    }
  });

  it('offers re-certification with its continuing-training rule and the 6-month window after expiry', async () => {
    const { body } = await getJson<QualificationDetail>(`${manager5}?lang=en`);
    const recertification = body.kinds.find((k) => k.kind === 'recertification');
    expect(recertification?.recertificationWindow).toEqual({ fromMonths: 0, untilMonths: 6 });
    expect(recertification?.documents.find((d) => d.slug === 'continuing-training')?.rules[0]?.text).toBe(
      'Must cover at least the last year.',
    );
  });

  it('says applications are open on 15 May 2024 and closed on 1 July 2024', async () => {
    const open = await getJson<QualificationDetail>(manager5);
    expect(open.body.qualification.applicationsOpen).toBe(true);
    expect(open.body.kinds.every((k) => k.status === 'open')).toBe(true);
    const closed = await getJson<QualificationDetail>(
      manager5,
      undefined,
      fixedClock('2024-07-01T09:00:00+03:00'),
    );
    expect(closed.body.qualification.applicationsOpen).toBe(false);
    expect(closed.body.kinds.map((k) => k.status)).toEqual(['closed', 'closed']);
  });

  it('computes the VÕTA employer-statement fee with the VAT rate of the day', async () => {
    const path = '/bodies/etel/qualifications/turvatootaja-4';
    const fee = async (on: string) => {
      const { body } = await getJson<QualificationDetail>(`${path}?on=${on}`);
      return body.kinds.find((k) => k.slug === 'rpl-employer-statement')?.fees[0];
    };
    expect(await fee('2026-11-23')).toMatchObject({
      netCents: 900,
      vatRatePercent: 24,
      vatCents: 216,
      grossCents: 1116,
    });
    expect(await fee('2024-05-15')).toMatchObject({
      netCents: 900,
      vatRatePercent: 22,
      vatCents: 198,
      grossCents: 1098,
    });
    expect(await fee('2023-12-31')).toMatchObject({ vatRatePercent: 20, grossCents: 1080 });
    const withDocuments = (await getJson<QualificationDetail>(`${path}?on=2026-11-23`)).body.kinds.find(
      (k) => k.slug === 'rpl-documents',
    );
    expect(withDocuments?.fees[0]).toMatchObject({
      netCents: 2500,
      vatCents: 600,
      grossCents: 3100,
      currency: 'EUR',
    });
  });

  it('lists the next exam sessions with free places, counting applications that hold a place', async () => {
    const before = await getJson<QualificationDetail>(manager5);
    const next = before.body.examSessions[0];
    expect(before.body.examSessions).toHaveLength(3);
    expect(next).toMatchObject({ place: 'Tallinn', capacity: 12, freePlaces: 12, registrationOpen: true });

    const [session] = await database.db.select().from(examSessions).limit(1);
    const [person] = await database.db.select().from(persons).limit(1);
    const applicant = { givenName: 'Mari', familyName: 'Tamm', personalCode: null, email: null, phone: null };
    const application = (state: 'draft' | 'submitted' | 'withdrawn') => ({
      bodyId: session?.bodyId as number,
      applicationKindId: 1,
      applicantId: person?.id as string,
      submittedById: person?.id as string,
      state,
      examSessionId: next?.id,
      applicant,
      createdAt: database.clock.now(),
      updatedAt: database.clock.now(),
    });
    await database.db
      .insert(applications)
      .values([
        application('submitted'),
        application('submitted'),
        application('draft'),
        application('withdrawn'),
      ]);
    const after = await getJson<QualificationDetail>(manager5);
    expect(after.body.examSessions[0]?.freePlaces).toBe(10);
  });

  it('lists only as many sessions as asked for', async () => {
    const { body } = await getJson<QualificationDetail>(`${manager5}?sessions=1`);
    expect(body.examSessions).toHaveLength(1);
  });

  it('answers 404 as problem+json for an unknown qualification or body', async () => {
    for (const path of ['/bodies/etel/qualifications/kokk-4', '/bodies/nobody/qualifications/turvajuht-5']) {
      const { res, body } = await getJson<{ status: number; detail: string }>(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(body.status).toBe(404);
    }
  });
});

describe('a body’s list of qualifications', () => {
  it('lists the qualifications still awarded, not the historical ones, and whether each is open', async () => {
    const { body } = await getJson<{ slug: string; applicationsOpen: boolean }[]>(
      '/bodies/etel/qualifications',
    );
    expect(body.map((q) => q.slug)).toEqual(['turvatootaja-3', 'turvatootaja-4', 'turvajuht-5']);
    expect(body.every((q) => q.applicationsOpen)).toBe(true);
  });

  it('lists both bodies, the fictional one marked as such', async () => {
    const { body } = await getJson<{ slug: string; fictional: boolean }[]>('/bodies');
    expect(body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ slug: 'etel', fictional: false }),
        expect.objectContaining({ slug: 'naidiskokad', fictional: true }),
      ]),
    );
  });
});
