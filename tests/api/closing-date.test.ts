// The closing date: a draft begun while a kind was open cannot be submitted once it has closed —
// unless the body says drafts started in time may still come in. The page's window (seed 003)
// closes at the end of 30.06.2024.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../contract/applications.ts';
import { fixedClock } from '../../db/clock.ts';
import { awardingBodies } from '../../db/schema/index.ts';
import { widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

const afterClose = fixedClock('2024-07-01T09:00:00+03:00');
let database: TestDatabase;
let onPageDay: ReturnType<typeof createTestApp>['app'];
let late: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  onPageDay = createTestApp(database).app;
  late = createTestApp(database, { clock: afterClose }).app;
});
afterAll(() => database.drop());

type Problem = { status: number; detail: string; errors: { field: string; detail: string }[] };
type Headers = Record<string, string>;

async function call<T>(app: typeof late, headers: Headers, method: string, path: string, body?: unknown) {
  const res = await app.request(`/bodies/etel/applications${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, type: res.headers.get('content-type'), json: (await res.json()) as T };
}

/** Ülo's VÕTA on an employer's statement, complete on 15 May 2024: nothing but the date stops it. */
async function aCompleteDraft(): Promise<string> {
  const { authorization, origin } = await widgetHeaders(database, 'oldQualificationHolder');
  const ulo = { authorization, origin };
  const draft = await call<ApplicationView>(onPageDay, ulo, 'POST', '', {
    qualification: 'turvatootaja-4',
    kind: 'rpl-employer-statement',
  });
  const id = draft.json.id;
  for (const type of ['employer-statement', 'payment-order']) {
    const res = await onPageDay.request(
      `/bodies/etel/applications/${id}/documents/${type}?name=${type}.pdf`,
      {
        method: 'PUT',
        headers: { ...ulo, 'content-type': 'application/pdf' },
        body: new TextEncoder().encode(`%PDF-1.7\n${type}\n%%EOF`),
      },
    );
    expect(res.status).toBe(201);
  }
  const saved = await call<ApplicationView>(onPageDay, ulo, 'PATCH', `/${id}`, {
    confirmedPrerequisites: [1],
    contact: { email: 'ulo@example.ee' },
    delivery: 'none',
    publicConsent: true,
  });
  expect(saved.json.missing).toEqual([]);
  return id;
}

const lateHeaders = async (): Promise<Headers> => {
  const { authorization, origin } = await widgetHeaders(database, 'oldQualificationHolder', {
    now: afterClose.now(),
  });
  return { authorization, origin };
};

const setLateDrafts = (allowed: boolean) =>
  database.db
    .update(awardingBodies)
    .set({ submitDraftsAfterClose: allowed })
    .where(eq(awardingBodies.slug, 'etel'));

describe('a draft begun in time, submitted the day after applications closed', () => {
  let id: string;
  beforeEach(async () => {
    id = await aCompleteDraft();
  });

  it('is refused, naming the kind and since when, in Estonian and in English', async () => {
    await setLateDrafts(false);
    const headers = await lateHeaders();
    const refused = await call<Problem>(late, headers, 'POST', `/${id}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    expect(refused.json.errors).toEqual([
      { in: 'body', field: 'kind', detail: 'Taotluste vastuvõtt lõppes 30.06.2024.' },
    ]);
    const english = await call<Problem>(late, headers, 'POST', `/${id}/submit?lang=en`);
    expect(english.json.errors.map((e) => e.detail)).toEqual(['Applications closed on 30/06/2024.']);
    // What the form's review and the status tracker show says the same.
    const view = await call<ApplicationView>(late, headers, 'GET', `/${id}`);
    expect(view.json.missing).toEqual([{ field: 'kind', detail: 'Taotluste vastuvõtt lõppes 30.06.2024.' }]);
    expect(view.json.state).toBe('draft');
  });

  it('is taken when the body lets drafts started in time be submitted after the closing date', async () => {
    await setLateDrafts(true);
    const submitted = await call<ApplicationView>(late, await lateHeaders(), 'POST', `/${id}/submit`);
    expect(submitted.status).toBe(200);
    expect(submitted.json.state).toBe('submitted');
  });
});
