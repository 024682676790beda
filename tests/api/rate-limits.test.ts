// The public sign-in endpoints are rate limited per client address, counted in PostgreSQL: two API
// processes on one database share the limit, and the answer over it is 429 with Retry-After.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGN_IN_LIMITS } from '../../api/auth/rate-limit.ts';
import { fixedClock } from '../../db/clock.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

/** What @hono/node-server hands the app: the socket the request came on. */
const from = (remoteAddress: string) => ({ incoming: { socket: { remoteAddress } } });

// An incomplete start is refused by validation (400), after it was counted: cheap to repeat.
const START = '/auth/widget/start';
const CALLBACK = '/auth/callback';
const { max } = SIGN_IN_LIMITS[START] as { max: number };

describe('the sign-in endpoints’ rate limit', () => {
  it('is shared by two API processes on one database, and answers 429 with Retry-After', async () => {
    const one = createTestApp(database).app;
    const second = createTestApp(database);
    const two = second.app;
    const address = from('192.0.2.10');
    const statuses: number[] = [];
    for (let i = 0; i < max; i++)
      statuses.push((await (i % 2 ? one : two).request(START, {}, address)).status);
    expect(statuses.filter((s) => s === 429)).toEqual([]);

    const refused = await two.request(`${START}?lang=en`, {}, address);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    // The clock stands at 09:00:00: the minute's window ends in 60 s.
    expect(refused.headers.get('retry-after')).toBe('60');
    expect(await refused.json()).toMatchObject({ status: 429, detail: expect.stringMatching(/60 s/) });
    expect((await one.request(START, {}, address)).status).toBe(429);
    // Logged as a refusal, with the reason and without the address.
    const refusals = second.logLines.map((l) => JSON.parse(l)).filter((l) => l.msg === 'refused');
    expect(refusals).toEqual([expect.objectContaining({ status: 429, reason: 'rate-limit' })]);
    expect(second.logLines.join('\n')).not.toContain('192.0.2.10');

    // Another address, and another endpoint from the same address, have budgets of their own.
    expect((await one.request(START, {}, from('192.0.2.11'))).status).toBe(400);
    expect((await one.request(CALLBACK, {}, address)).status).toBe(400);

    // The next window starts afresh.
    const nextMinute = fixedClock(new Date(database.clock.now().getTime() + 60_000));
    expect(
      (await createTestApp(database, { clock: nextMinute }).app.request(START, {}, address)).status,
    ).toBe(400);
  });

  it('counts an IPv6 client by its /64 network', async () => {
    const { app } = createTestApp(database);
    for (let i = 0; i < max; i++)
      await app.request(CALLBACK, {}, from(`2001:db8:5:6::${(i + 1).toString(16)}`));
    expect((await app.request(CALLBACK, {}, from('2001:db8:5:6:ffff:1:2:3'))).status).toBe(429);
    expect((await app.request(CALLBACK, {}, from('2001:db8:5:7::1'))).status).toBe(400);
  });
});
