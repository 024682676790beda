// The console's list of a body's applications: each filter narrows it, search finds by a part of a
// name (Estonian letters or not) or a whole personal code, every column sorts both ways, keyset
// paging visits every row once (ties included), the counts per state and the total, the CSV export,
// and a bad query answered 400 naming the parameter.
import { and, eq, gt, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationStates } from '../../contract/application-states.ts';
import type { ApplicationPage, ApplicationRow } from '../../contract/staff.ts';
import { applications, auditEvents, examSessions } from '../../db/schema/index.ts';
import { consoleHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import { insertApplications, type Made, sampleApplications } from './application-list.fixtures.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let headers: Record<string, string>;
let made: Awaited<ReturnType<typeof insertApplications>>;
/** Every ETEL application the processor may list: the seed's two submitted and one assessed, and ours. */
let everyId: string[];

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  made = await insertApplications(database, sampleApplications());
  headers = await consoleHeaders(database, 'etelProcessor');
  everyId = (await walk('')).map((r) => r.id);
}, 60_000);
afterAll(() => database.drop());

async function list(query: string, who: Record<string, string> = headers) {
  const res = await app.request(`/staff/bodies/etel/applications?${query}`, { headers: who });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as ApplicationPage;
}

/** Every page of a query, following `next`. */
async function walk(query: string, limit = 7): Promise<ApplicationRow[]> {
  const rows: ApplicationRow[] = [];
  let after: string | null = null;
  for (let pages = 0; pages < 100; pages++) {
    const page = await list(`${query}&limit=${limit}${after ? `&after=${encodeURIComponent(after)}` : ''}`);
    expect(page.applications.length).toBeLessThanOrEqual(limit);
    rows.push(...page.applications);
    after = page.next;
    if (!after) return rows;
  }
  throw new Error('more than 100 pages');
}

const ours = (test: (m: Made) => boolean) => made.filter((m) => test(m.made)).map((m) => m.id);
const idsOf = (page: ApplicationPage) => page.applications.map((a) => a.id);

describe('the list', () => {
  it('shows the body’s submitted applications, newest first, 50 a page, with counts and total', async () => {
    const page = await list('');
    expect(everyId).toHaveLength(made.length + 3);
    expect(page.total).toBe(everyId.length);
    expect(page.applications).toHaveLength(everyId.length);
    const submitted = page.applications.map((a) => a.submittedAt as string);
    expect(submitted).toEqual([...submitted].sort().reverse());
    expect(Object.keys(page.counts).sort()).toEqual([...applicationStates].sort());
    expect(Object.values(page.counts).reduce((a, b) => a + b, 0)).toBe(page.total);
    expect(page.counts.draft).toBe(0);
    expect(page.next).toBeNull();
    const first = page.applications.find((a) => a.id === made[0]?.id);
    expect(first).toMatchObject({
      state: 'submitted',
      qualification: { slug: 'turvatootaja-3', name: expect.any(String) },
      kind: 'first',
      applicant: { givenName: 'Mari', familyName: 'Tamm' },
      feeReceived: true,
      documentsAccepted: false,
      session: null,
      version: 1,
    });
  });

  it('narrows by qualification, kind, state (one or several), session, fee and submit days', async () => {
    const qualification = await list('qualification=turvatootaja-3');
    expect(idsOf(qualification)).toEqual(
      expect.arrayContaining(ours((m) => m.qualification === 'turvatootaja-3')),
    );
    expect(qualification.applications.every((a) => a.qualification.slug === 'turvatootaja-3')).toBe(true);

    const recertification = await list('kind=recertification');
    expect(recertification.applications.every((a) => a.kind === 'recertification')).toBe(true);
    expect(idsOf(recertification)).toEqual(expect.arrayContaining(ours((m) => m.kind === 'recertification')));
    expect(recertification.total).toBe(ours((m) => m.kind === 'recertification').length + 1);

    const returned = await list('state=returned');
    expect(idsOf(returned).sort()).toEqual(ours((m) => m.state === 'returned').sort());
    const two = await list('state=returned&state=rejected');
    expect(idsOf(two).sort()).toEqual(ours((m) => m.state === 'returned' || m.state === 'rejected').sort());
    expect(two.total).toBe(two.applications.length);

    const [session] = await database.db
      .select({ id: examSessions.id })
      .from(examSessions)
      .innerJoin(applications, eq(applications.examSessionId, examSessions.id));
    const inSession = await list(`session=${session?.id}`);
    expect(inSession.applications.length).toBeGreaterThan(0);
    expect(inSession.applications.every((a) => a.session?.id === session?.id)).toBe(true);

    const received = await list('fee=received');
    expect(idsOf(received).sort()).toEqual(ours((m) => m.fee === 'received').sort());
    // A waived fee is neither received nor due.
    const due = await list('fee=due');
    const waived = made.find((m) => m.made.fee === 'waived')?.id;
    expect(idsOf(due)).not.toContain(waived);
    expect(due.total + received.total).toBe(everyId.length - 1);

    // 2024-04-11T21:30Z is 12 April in Tallinn: the days are Tallinn's, both ends inclusive.
    const twelfth = await list('submittedFrom=2024-04-12&submittedTo=2024-04-12');
    expect(twelfth.applications.map((a) => a.submittedAt)).toEqual(['2024-04-11T21:30:00.000Z']);
    const fromMay = await list('submittedFrom=2024-05-01');
    expect(fromMay.applications.every((a) => (a.submittedAt as string) >= '2024-04-30T21:00:00.000Z')).toBe(
      true,
    );
    expect(fromMay.total).toBeGreaterThan(0);
  });

  it('counts every state under the other filters, and totals the states asked for', async () => {
    const page = await list('qualification=turvajuht-5&state=submitted');
    const all = await list('qualification=turvajuht-5');
    expect(page.counts).toEqual(all.counts);
    expect(page.total).toBe(all.counts.submitted);
    expect(page.applications.every((a) => a.state === 'submitted')).toBe(true);
  });
});

describe('the counts of an unfiltered list', () => {
  // Unfiltered, the counts come from application_state_counts (kept by a trigger); any other filter
  // counts the rows themselves. A filter that lets everything through must give the same numbers.
  const kept = async () => (await list('limit=1')).counts;
  const counted = async () => (await list('limit=1&submittedFrom=2000-01-01')).counts;

  it('follow each application as it moves, is added or removed', async () => {
    expect(await kept()).toEqual(await counted());
    const [first, second] = made;
    await database.db
      .update(applications)
      .set({ state: 'admitted' })
      .where(eq(applications.id, first?.id as string));
    await database.db
      .update(applications)
      .set({ version: 7 })
      .where(eq(applications.id, second?.id as string));
    const before = await counted();
    expect(await kept()).toEqual(before);
    const [copy] = await database.db
      .select()
      .from(applications)
      .where(eq(applications.id, second?.id as string));
    const { id: _, sortName: __, searchName: ___, ...values } = copy as typeof applications.$inferSelect;
    const [added] = await database.db
      .insert(applications)
      .values({ ...values, idempotencyKey: null, paymentReference: null, state: 'rejected' })
      .returning({ id: applications.id });
    expect((await kept()).rejected).toBe((before.rejected ?? 0) + 1);
    await database.db.delete(applications).where(eq(applications.id, added?.id as string));
    await database.db
      .update(applications)
      .set({ state: made[0]?.made.state })
      .where(eq(applications.id, first?.id as string));
    expect(await kept()).toEqual(await counted());
  });
});

describe('search', () => {
  it('finds a part of either name, with or without Estonian letters, in any case', async () => {
    const magi = ours((m) => /m[aä]gi/i.test(m.familyName));
    for (const q of ['mägi', 'MAGI', 'Mägi']) {
      const page = await list(`q=${encodeURIComponent(q)}`);
      expect(idsOf(page).sort(), q).toEqual(magi.sort());
    }
    const ounapuu = await list(`q=${encodeURIComponent('ounap')}`);
    expect(ounapuu.applications.every((a) => a.applicant.familyName === 'Õunapuu')).toBe(true);
    expect(ounapuu.total).toBeGreaterThan(0);
    const both = await list(`q=${encodeURIComponent('tamm mari')}`);
    // Both words, in either name (the seed's Mari Tamm too).
    expect(idsOf(both)).toEqual(
      expect.arrayContaining(ours((m) => m.givenName === 'Mari' && m.familyName === 'Tamm')),
    );
    expect(
      both.applications.every((a) => a.applicant.givenName === 'Mari' && a.applicant.familyName === 'Tamm'),
    ).toBe(true);
    expect(both.total).toBe(both.applications.length);
  });

  it('finds a whole personal code exactly, and nothing by a part of one', async () => {
    const target = made[5] as (typeof made)[number];
    const page = await list(`q=${target.personalCode}`);
    expect(idsOf(page)).toEqual([target.id]);
    expect(page.total).toBe(1);
    const part = await list(`q=${target.personalCode.slice(0, 6)}`);
    expect(part.applications).toEqual([]);
    expect(part.total).toBe(0);
  });
});

describe('sorting and paging', () => {
  const sorted = (values: string[], order: 'asc' | 'desc') => {
    const copy = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return order === 'asc' ? copy : copy.reverse();
  };

  it.each(['submitted', 'name', 'state', 'qualification'] as const)(
    'by %s both ways, every row once over pages of 7 (ties included)',
    async (sort) => {
      for (const order of ['asc', 'desc'] as const) {
        const rows = await walk(`sort=${sort}&order=${order}`);
        expect(rows.map((r) => r.id).sort(), `${sort} ${order}`).toEqual([...everyId].sort());
        if (sort === 'submitted') {
          const at = rows.map((r) => r.submittedAt as string);
          expect(at).toEqual(sorted(at, order));
        }
        if (sort === 'name') {
          const names = rows.map((r) => `${r.applicant.familyName} ${r.applicant.givenName}`.toLowerCase());
          expect(names).toEqual(sorted(names, order));
        }
        if (sort === 'state') {
          const positions = rows.map((r) => applicationStates.indexOf(r.state));
          expect(positions).toEqual([...positions].sort((a, b) => (order === 'asc' ? a - b : b - a)));
        }
        if (sort === 'qualification') {
          const names = rows.map((r) => r.qualification.name);
          expect(names).toEqual(sorted(names, order));
        }
      }
    },
    60_000,
  );

  it('pages a filtered list with its filter kept', async () => {
    const rows = await walk('qualification=turvajuht-5&state=submitted&state=returned&sort=name', 3);
    const once = await list('qualification=turvajuht-5&state=submitted&state=returned&limit=200');
    expect(rows.map((r) => r.id).sort()).toEqual(idsOf(once).sort());
  });
});

describe('bad queries', () => {
  it.each([
    ['limit=0', 'limit'],
    ['limit=201', 'limit'],
    ['state=lost', 'state'],
    ['sort=price', 'sort'],
    ['order=up', 'order'],
    ['fee=maybe', 'fee'],
    ['kind=any', 'kind'],
    ['submittedFrom=2024-13-01', 'submittedFrom'],
    ['session=first', 'session'],
    ['after=not-a-cursor', 'after'],
  ])('%s → 400 naming %s', async (query, field) => {
    const res = await app.request(`/staff/bodies/etel/applications?${query}`, { headers });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const problem = (await res.json()) as { errors: { in: string; field: string }[] };
    expect(problem.errors).toEqual([expect.objectContaining({ in: 'query', field })]);
  });

  it('refuses a cursor of another sort', async () => {
    const page = await list('limit=2');
    const res = await app.request(
      `/staff/bodies/etel/applications?sort=name&after=${encodeURIComponent(page.next as string)}`,
      { headers },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('after');
  });
});

describe('the CSV export', () => {
  async function exportCsv(query: string) {
    const [before] = await database.db.select({ last: max(auditEvents.id) }).from(auditEvents);
    const res = await app.request(`/staff/bodies/etel/applications.csv?${query}`, { headers });
    const bytes = new Uint8Array(await res.arrayBuffer());
    const exported = await database.db
      .select()
      .from(auditEvents)
      .where(and(gt(auditEvents.id, before?.last ?? 0), eq(auditEvents.action, 'application.export')));
    return { res, bytes, text: new TextDecoder().decode(bytes), exported };
  }

  it('gives every matching row, Estonian headers, a BOM for Excel, as an attachment, audited', async () => {
    const { res, bytes, text, exported } = await exportCsv('qualification=turvajuht-5&limit=2');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="taotlused-etel-\d{4}-\d\d-\d\d\.csv"$/,
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines[0]).toBe(
      'Taotlus;Esitatud;Perekonnanimi;Eesnimi;Kutse;Taotluse liik;Olek;Tasu laekunud;Dokumendid kinnitatud;Eksamiaeg;Eksami koht',
    );
    const expected = (await list('qualification=turvajuht-5&limit=200')).applications;
    // Not capped at `limit`: every row the filter matches.
    expect(
      lines
        .slice(1)
        .map((l) => l.split(';')[0])
        .sort(),
    ).toEqual(expected.map((a) => a.id).sort());
    expect(text).toContain('Õunapuu');
    expect(exported.map((e) => e.entityId).sort()).toEqual(expected.map((a) => a.id).sort());
  });

  it('speaks English with lang=en', async () => {
    const { text } = await exportCsv('lang=en&state=rejected');
    const [header, ...rows] = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(header).toBe(
      'Application,Submitted,Family name,Given name,Qualification,Kind,State,Fee received,Documents accepted,Exam session,Exam place',
    );
    expect(rows.length).toBe(ours((m) => m.state === 'rejected').length);
    expect(rows.every((r) => r.includes(',rejected,'))).toBe(true);
  });
});
