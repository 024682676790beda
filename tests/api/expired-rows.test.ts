// Expired logins in progress, sessions and rate-limit windows do not pile up: a login start removes
// a bounded batch of them (there is no job queue), and leaves everything still alive alone.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../api/auth/secrets.ts';
import { SWEEP_BATCH } from '../../api/auth/sweep.ts';
import { loginAttempts, rateLimits, sessions } from '../../db/schema/index.ts';
import { personId } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

const minutes = (m: number) => new Date(database.clock.now().getTime() + m * 60_000);

async function attempts(label: string, count: number, expiresAt: Date, sessionId?: string) {
  const rows = await database.db
    .insert(loginAttempts)
    .values(
      Array.from({ length: count }, (_, i) => ({
        stateHash: sha256(`${label}-${i}`),
        nonce: 'n',
        methods: ['smartid'],
        purpose: 'console' as const,
        language: 'et',
        createdAt: minutes(-60),
        expiresAt,
        sessionId,
      })),
    )
    .returning({ id: loginAttempts.id });
  return rows.map((r) => r.id);
}

async function consoleSessions(count: number, values: { expiresAt: Date; endedAt?: Date }) {
  const person = await personId(database, 'etelManager');
  const rows = await database.db
    .insert(sessions)
    .values(
      Array.from({ length: count }, () => ({
        kind: 'console' as const,
        personId: person,
        method: 'smartid',
        assurance: 'high',
        createdAt: minutes(-24 * 60),
        lastSeenAt: minutes(-60),
        ...values,
      })),
    )
    .returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

const remaining = async (table: typeof loginAttempts | typeof sessions, ids: string[]) =>
  (await database.db.select({ id: table.id }).from(table).where(inArray(table.id, ids))).length;

const startLogin = () => app.request('/auth/console/login');

describe('a login start', () => {
  it('removes expired logins in progress, ended and expired sessions; keeps live ones', async () => {
    const [liveSession] = await consoleSessions(1, { expiresAt: minutes(60) });
    const expired = await consoleSessions(3, { expiresAt: minutes(-1) });
    const ended = await consoleSessions(2, { expiresAt: minutes(60), endedAt: minutes(-5) });
    const oldAttempts = await attempts('old', 3, minutes(-1));
    // An expired login that led to an expired session: both go, the attempt first.
    const [expiredWithAttempt] = await consoleSessions(1, { expiresAt: minutes(-1) });
    const linked = await attempts('linked', 1, minutes(-1), expiredWithAttempt);
    const liveAttempts = await attempts('live', 2, minutes(5), liveSession);
    await database.db.insert(rateLimits).values([
      { endpoint: 'widget-start', client: '192.0.2.1', windowStart: minutes(-120), count: 3 },
      { endpoint: 'widget-start', client: '192.0.2.1', windowStart: minutes(0), count: 3 },
    ]);

    await startLogin();

    expect(await remaining(sessions, [...expired, ...ended, expiredWithAttempt as string])).toBe(0);
    expect(await remaining(loginAttempts, [...oldAttempts, ...linked])).toBe(0);
    expect(await remaining(sessions, [liveSession as string])).toBe(1);
    expect(await remaining(loginAttempts, liveAttempts)).toBe(2);
    const windows = await database.db
      .select({ windowStart: rateLimits.windowStart })
      .from(rateLimits)
      .where(eq(rateLimits.client, '192.0.2.1'));
    expect(windows.map((w) => w.windowStart)).toEqual([minutes(0)]);
  });

  it('removes a bounded batch, so that a backlog costs no single request much', async () => {
    const backlog = await attempts('backlog', SWEEP_BATCH + 20, minutes(-1));
    await startLogin();
    expect(await remaining(loginAttempts, backlog)).toBe(20);
    await startLogin();
    expect(await remaining(loginAttempts, backlog)).toBe(0);
  });
});
