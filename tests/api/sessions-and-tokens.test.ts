// What the API does with credentials that are tampered with, expired, meant for someone else,
// replayed or sent without their CSRF token — and that logout really ends a session.
import { eq } from 'drizzle-orm';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { completeAttempt, recordAttempt } from '../../api/auth/login-attempts.ts';
import { sha256 } from '../../api/auth/secrets.ts';
import { fixedClock } from '../../db/clock.ts';
import { sessions } from '../../db/schema/index.ts';
import { consoleHeaders, ETEL_ORIGIN, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp, TEST_API_URL, TEST_TOKEN_KEYS } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

const later = (minutes: number) => fixedClock(new Date(database.clock.now().getTime() + minutes * 60_000));
const me = (headers: Record<string, string>, on = app) => on.request('/me', { headers });

async function problem(res: Response) {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return (await res.json()) as { status: number; detail: string };
}

describe('widget tokens', () => {
  it('are accepted from the website they were issued to', async () => {
    const { authorization, origin } = await widgetHeaders(database, 'recentlyExpiredManager');
    const res = await me({ authorization, origin });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ givenName: 'Kädi', familyName: 'O’Connež-Šuslik' });
  });

  it('are refused when tampered with', async () => {
    const { token, origin } = await widgetHeaders(database, 'applicant');
    const [head, payload, signature] = token.split('.');
    const forged = JSON.parse(Buffer.from(payload as string, 'base64url').toString());
    forged.sub = '00000000-0000-0000-0000-000000000000';
    const tampered = `${head}.${Buffer.from(JSON.stringify(forged)).toString('base64url')}.${signature}`;
    const res = await me({ authorization: `Bearer ${tampered}`, origin });
    expect(res.status).toBe(401);
    expect((await problem(res)).detail).toMatch(/invalid or has expired/);
    const badSignature = `${head}.${payload}.${(signature as string).slice(0, -4)}AAAA`;
    expect((await me({ authorization: `Bearer ${badSignature}`, origin })).status).toBe(401);
  });

  it('are refused once expired', async () => {
    const { authorization, origin } = await widgetHeaders(database, 'applicant', { minutes: 10 });
    const { app: tenMinutesLater } = createTestApp(database, { clock: later(11) });
    expect((await me({ authorization, origin }, tenMinutesLater)).status).toBe(401);
  });

  it('are refused with another audience or issuer, even signed with the API’s key', async () => {
    const { token, origin } = await widgetHeaders(database, 'applicant');
    const kid = TEST_TOKEN_KEYS.current;
    const claims = JSON.parse(Buffer.from(token.split('.')[1] as string, 'base64url').toString());
    const sign = (audience: string, issuer: string) =>
      new SignJWT({ sid: claims.sid, body: claims.body, origin: claims.origin })
        .setProtectedHeader({ alg: 'HS256', kid })
        .setSubject(claims.sub)
        .setIssuer(issuer)
        .setAudience(audience)
        .setIssuedAt(claims.iat)
        .setExpirationTime(claims.exp)
        .sign(TEST_TOKEN_KEYS.byKid.get(kid) as Uint8Array);
    for (const forged of [
      await sign('another-api', TEST_API_URL),
      await sign('kutse-widget', 'https://evil.example'),
    ])
      expect((await me({ authorization: `Bearer ${forged}`, origin })).status).toBe(401);
  });

  it('are refused from a website the body did not register, with no CORS headers for it', async () => {
    const { authorization } = await widgetHeaders(database, 'applicant');
    const res = await me({ authorization, origin: 'https://evil.example' });
    expect(res.status).toBe(403);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect((await problem(res)).detail).toMatch(/another website/);
    expect((await me({ authorization })).status).toBe(403); // no Origin at all
  });

  it('stop working, all of them, when the person signs out', async () => {
    const { authorization, origin, sessionId } = await widgetHeaders(database, 'applicant');
    const out = await app.request('/auth/widget/logout', {
      method: 'POST',
      headers: { authorization, origin },
    });
    expect(out.status).toBe(204);
    expect((await me({ authorization, origin })).status).toBe(401);
    const [row] = await database.db.select().from(sessions).where(eq(sessions.id, sessionId));
    expect(row?.endedAt).not.toBeNull();
  });

  it('can be refreshed while the session lives, never past it', async () => {
    const { authorization, origin } = await widgetHeaders(database, 'applicant');
    const res = await app.request('/auth/widget/refresh', {
      method: 'POST',
      headers: { authorization, origin },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { token: string; person: { givenName: string } };
    expect(body.person.givenName).toBe('Mari');
    expect((await me({ authorization: `Bearer ${body.token}`, origin })).status).toBe(200);
    const { app: nineHoursLater } = createTestApp(database, { clock: later(9 * 60) });
    const stale = await nineHoursLater.request('/auth/widget/refresh', {
      method: 'POST',
      headers: { authorization: `Bearer ${body.token}`, origin },
    });
    expect(stale.status).toBe(401);
  });
});

describe('the login callback', () => {
  it('refuses a state it already used (a replay) and one it never issued', async () => {
    const now = database.clock.now();
    await recordAttempt(database.db, {
      state: 'state-of-a-finished-login',
      nonce: 'n',
      codeVerifier: null,
      methods: ['smartid'],
      purpose: 'console',
      returnTo: '/',
      language: 'et',
      browserHash: sha256('the-browser'),
      now,
    });
    const finished = { state: 'state-of-a-finished-login', browser: 'the-browser' };
    expect(await completeAttempt(database.db, finished, now)).toBeDefined();
    for (const state of ['state-of-a-finished-login', 'never-issued-state']) {
      // From the browser that started it: refused as a replay, not for lack of the cookie.
      const cookie = `kutse_login_${sha256(state).slice(0, 16)}=the-browser`;
      const res = await app.request(`/auth/callback?state=${state}&code=abc`, { headers: { cookie } });
      expect(res.status).toBe(400);
      expect((await res.json()) as object).toMatchObject({ errors: [{ in: 'query', field: 'state' }] });
    }
  });

  it('never redirects a console login to another site', async () => {
    const res = await app.request('/auth/console/login?return=%2F%2Fevil.example%2F');
    expect(res.status).toBe(400);
    expect((await problem(res)) as object).toMatchObject({ errors: [{ field: 'return' }] });
  });
});

describe('console sessions', () => {
  const logout = (headers: Record<string, string>) =>
    app.request('/auth/console/logout', { method: 'POST', headers });

  it('refuse a state-changing request without its CSRF token, with a wrong one, or from another origin', async () => {
    const headers = await consoleHeaders(database, 'etelManager');
    const { 'x-csrf-token': _, ...withoutToken } = headers;
    expect((await logout(withoutToken)).status).toBe(403);
    expect((await logout({ ...headers, 'x-csrf-token': 'wrong' })).status).toBe(403);
    expect((await logout({ ...headers, origin: 'https://evil.example' })).status).toBe(403);
    // None of those ended the session.
    expect((await app.request('/auth/session', { headers })).status).toBe(200);
  });

  it('end on logout, on the server: the same cookie no longer works', async () => {
    const headers = await consoleHeaders(database, 'etelManager');
    const session = await app.request('/auth/session', { headers });
    expect(session.status).toBe(200);
    expect(await session.json()).toMatchObject({
      person: { givenName: 'Piret', familyName: 'Põder' },
      csrfToken: headers['x-csrf-token'],
      roles: { staff: [{ body: 'etel', role: 'manager' }], registryAdmin: false },
    });
    const out = await logout(headers);
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/kutse_session=;.*Max-Age=0/);
    expect((await app.request('/auth/session', { headers })).status).toBe(401);
  });

  it('end after the idle timeout and after the absolute one', async () => {
    const headers = await consoleHeaders(database, 'etelProcessor');
    const { app: idle } = createTestApp(database, { clock: later(31) });
    expect((await idle.request('/auth/session', { headers })).status).toBe(401);

    const active = await consoleHeaders(database, 'etelProcessor');
    // Active every 20 minutes for 12 hours: alive until the absolute end, then gone.
    let minutes = 0;
    for (; minutes < 12 * 60; minutes += 20) {
      const res = await createTestApp(database, { clock: later(minutes) }).app.request('/auth/session', {
        headers: active,
      });
      expect(res.status).toBe(200);
    }
    const res = await createTestApp(database, { clock: later(minutes) }).app.request('/auth/session', {
      headers: active,
    });
    expect(res.status).toBe(401);
  });
});

describe('the data tracker', () => {
  it('shows a person that a staff member read their application, and who', async () => {
    const staff = await consoleHeaders(database, 'etelManager');
    const list = await app.request('/staff/bodies/etel/applications', { headers: staff });
    const mine = (
      (await list.json()) as { applications: { id: string; applicant: { givenName: string } }[] }
    ).applications.find((a) => a.applicant.givenName === 'Mari');
    const read = await app.request(`/staff/bodies/etel/applications/${mine?.id}`, { headers: staff });
    expect(read.status).toBe(200);

    const applicant = await widgetHeaders(database, 'applicant');
    const res = await app.request('/me/data-tracker', {
      headers: { authorization: applicant.authorization, origin: ETEL_ORIGIN },
    });
    expect(res.status).toBe(200);
    const { events } = (await res.json()) as {
      events: {
        action: string;
        entityId: string;
        actor: { name: string; role: string };
        body: { slug: string };
      }[];
    };
    expect(events).toContainEqual(
      expect.objectContaining({
        action: 'application.read',
        entityId: mine?.id,
        actor: { name: 'Piret Põder', role: 'manager' },
        body: expect.objectContaining({ slug: 'etel' }),
      }),
    );
    // Another person's tracker does not show it.
    const other = await widgetHeaders(database, 'securityOfficer');
    const theirs = await app.request('/me/data-tracker', {
      headers: { authorization: other.authorization, origin: ETEL_ORIGIN },
    });
    const otherEvents = ((await theirs.json()) as { events: { entityId: string }[] }).events;
    expect(otherEvents.map((e) => e.entityId)).not.toContain(mine?.id);
  });
});
