// A widget session ends after 30 minutes without the person doing anything on the body's page, as
// a console session does. The API cannot see the page: the widget reports on each refresh how long
// the person has been idle, and the API refuses a refresh (and ends the session) once the last
// activity it knows of is more than 30 minutes old.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.ts';
import { sessions } from '../../db/schema/index.ts';
import { widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

const minutesFromNow = (minutes: number) => new Date(database.clock.now().getTime() + minutes * 60_000);
/** The API as it runs `minutes` from the test database's now. */
const apiAt = (minutes: number) =>
  createTestApp(database, { clock: fixedClock(minutesFromNow(minutes)) }).app;

/** A session opened 25 minutes ago, with a token that still holds for the next 35. */
const sessionOpened25MinutesAgo = () =>
  widgetHeaders(database, 'applicant', { now: minutesFromNow(-25), minutes: 60 });

function refresh(
  app: ReturnType<typeof apiAt>,
  { authorization, origin }: { authorization: string; origin: string },
  report?: unknown,
) {
  return app.request('/auth/widget/refresh', {
    method: 'POST',
    headers: {
      authorization,
      origin,
      ...(report === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(report === undefined ? {} : { body: JSON.stringify(report) }),
  });
}

const sessionRow = async (id: string) =>
  (await database.db.select().from(sessions).where(eq(sessions.id, id)))[0];

describe('a widget session left idle', () => {
  it('is not renewed after 30 minutes without activity, and ends there', async () => {
    const headers = await sessionOpened25MinutesAgo();
    // Five minutes ago (20 minutes after signing in) the person was still active: renewed.
    expect((await refresh(apiAt(-5), headers)).status).toBe(200);
    // Now 31 minutes have passed with nothing reported: refused, with a reason to show.
    const refused = await refresh(apiAt(6), headers);
    expect(refused.status).toBe(401);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await refused.json()) as { detail: string }).detail).toMatch(/30 minutes/);
    // Ended on the server: the token that still looks valid works no more.
    expect((await sessionRow(headers.sessionId))?.endedAt).not.toBeNull();
    const me = await apiAt(6).request('/me', { headers });
    expect(me.status).toBe(401);
  });

  it('counts from the last activity the widget reports', async () => {
    const headers = await sessionOpened25MinutesAgo();
    // The person did something a minute ago.
    const renewed = await refresh(apiAt(0), headers, { idleSeconds: 60 });
    expect(renewed.status).toBe(200);
    expect((await sessionRow(headers.sessionId))?.lastSeenAt).toEqual(minutesFromNow(-1));
    // 20 minutes on, idle for 21 (since that same moment): still within the 30.
    expect((await refresh(apiAt(20), headers, { idleSeconds: 21 * 60 })).status).toBe(200);
    // 30 minutes on, idle for 31: refused, whatever the report says, as without one.
    expect((await refresh(apiAt(30), headers, { idleSeconds: 31 * 60 })).status).toBe(401);
    expect((await sessionRow(headers.sessionId))?.endedAt).not.toBeNull();
  });

  it('is refused a report that is not a number of seconds, naming the field', async () => {
    const headers = await sessionOpened25MinutesAgo();
    for (const idleSeconds of [-1, 1.5, '60', null]) {
      const res = await refresh(apiAt(0), headers, { idleSeconds });
      expect(res.status, String(idleSeconds)).toBe(422);
      const problem = (await res.json()) as { errors: { field: string }[] };
      expect(problem.errors.map((e) => e.field)).toEqual(['idleSeconds']);
    }
    // None of them touched the session.
    expect((await sessionRow(headers.sessionId))?.endedAt).toBeNull();
  });
});
