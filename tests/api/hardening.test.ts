// Found in review: what must not happen however a request is crafted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  claimHandoff,
  completeAttempt,
  recordAttempt,
  recordFailure,
} from '../../api/auth/login-attempts.ts';
import { sha256 } from '../../api/auth/secrets.ts';
import { consoleHeaders, ETEL_ORIGIN, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

describe('the handoff while the callback is at work', () => {
  const start = (state: string, handoff: string) =>
    recordAttempt(database.db, {
      state,
      nonce: 'n',
      codeVerifier: null,
      methods: ['smartid'],
      purpose: 'widget',
      origin: ETEL_ORIGIN,
      handoffHash: sha256(handoff),
      language: 'et',
      browserHash: sha256('the-browser'),
      now: database.clock.now(),
    });

  it('says "pending", not "gone", between the state being used and the session being made', async () => {
    const handoff = 'H'.repeat(43);
    await start('state-in-the-gap', handoff);
    await completeAttempt(
      database.db,
      { state: 'state-in-the-gap', browser: 'the-browser' },
      database.clock.now(),
    );
    expect(await claimHandoff(database.db, handoff, database.clock.now())).toEqual({ status: 'pending' });
  });

  it('says why a login failed, once it has', async () => {
    const handoff = 'F'.repeat(43);
    await start('state-that-fails', handoff);
    const attempt = await completeAttempt(
      database.db,
      { state: 'state-that-fails', browser: 'the-browser' },
      database.clock.now(),
    );
    await recordFailure(database.db, attempt?.id as string, 'access_denied');
    const res = await app.request('/auth/widget/handoff', {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ETEL_ORIGIN },
      body: JSON.stringify({ handoff }),
    });
    expect(res.status).toBe(410);
    expect(await res.json()).toMatchObject({ error: 'access_denied', status: 410 });
  });
});

describe('console requests from another site', () => {
  it('are refused even with the cookie (a link elsewhere cannot make staff read anyone)', async () => {
    const headers = await consoleHeaders(database, 'etelManager');
    const crossSite = await app.request('/staff/bodies/etel/applications', {
      headers: { ...headers, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await app.request('/staff/bodies/etel/applications', {
      headers: { ...headers, 'sec-fetch-site': 'same-origin' },
    });
    expect(sameOrigin.status).toBe(200);
  });
});

describe('NUL bytes and other unstorable input', () => {
  it('get a 4xx, never a 500', async () => {
    const staff = await consoleHeaders(database, 'etelManager');
    const widget = await widgetHeaders(database, 'applicant');
    const forgedKid = `${Buffer.from(JSON.stringify({ alg: 'HS256', kid: 'a\u0000b' })).toString('base64url')}.e30.sig`;
    const cases: [string, RequestInit][] = [
      ['/staff/bodies/a%00b/applications', { headers: staff }],
      [
        `/auth/widget/start?body=etel&origin=${encodeURIComponent('http://a\u0000b')}&handoff=${'A'.repeat(43)}`,
        {},
      ],
      ['/me', { headers: { authorization: `Bearer ${forgedKid}`, origin: ETEL_ORIGIN } }],
      [
        '/auth/widget/handoff',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: ETEL_ORIGIN },
          body: '{"handoff":"A\\u0000AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"}',
        },
      ],
      [
        '/me/data-tracker?limit=5%00',
        { headers: { authorization: widget.authorization, origin: ETEL_ORIGIN } },
      ],
    ];
    for (const [path, init] of cases) {
      const res = await app.request(path, init);
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
    }
  });
});
