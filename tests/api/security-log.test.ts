// Refusals (401, 403, 429, CSRF and origin failures) and failed logins are logged with who the
// request proved to be and why — and never with a personal code, a name or a token.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { consoleHeaders, ETEL_ORIGIN, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let logLines: string[];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app, logLines } = createTestApp(database));
});
beforeEach(() => {
  logLines.length = 0;
});
afterAll(() => database.drop());

type Line = {
  level: number;
  msg: string;
  status: number;
  route: string;
  reason?: string | null;
  actor?: { via: string; personId: string; sessionId: string; body?: string } | null;
  loginFailure?: { reason: string };
};
const lines = () => logLines.map((l) => JSON.parse(l) as Line);
const refusals = () => lines().filter((l) => l.msg === 'refused');
const WARN = 40;

/** Nothing a person could be recognised by, nor anything that would let one act as them. */
function expectNoPersonalData(secrets: string[]) {
  const all = logLines.join('\n');
  for (const person of Object.values(SEED_PEOPLE)) {
    expect(all).not.toContain(person.personalCode);
    expect(all).not.toContain(person.familyName);
  }
  for (const secret of secrets) expect(all).not.toContain(secret);
}

describe('the log of a refused request', () => {
  it('names the reason of a bad token, and not the token', async () => {
    const { token } = await widgetHeaders(database, 'applicant');
    const forged = `${token.slice(0, -6)}AAAAAA`;
    const res = await app.request('/me', {
      headers: { authorization: `Bearer ${forged}`, origin: ETEL_ORIGIN },
    });
    expect(res.status).toBe(401);
    expect(refusals()).toEqual([
      expect.objectContaining({
        level: WARN,
        status: 401,
        route: '/me',
        reason: 'token-invalid',
        actor: null,
      }),
    ]);
    expectNoPersonalData([token, forged]);
  });

  it('names the person, session and body of a token used from another website', async () => {
    const { authorization, token, sessionId } = await widgetHeaders(database, 'applicant');
    const res = await app.request('/me', { headers: { authorization, origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect(refusals()).toEqual([
      expect.objectContaining({
        status: 403,
        reason: 'origin-mismatch',
        actor: { via: 'widget', personId: await personId(database, 'applicant'), sessionId, body: 'etel' },
      }),
    ]);
    expectNoPersonalData([token]);
  });

  it('names the console session of a write without its CSRF token', async () => {
    const { cookie, origin } = await consoleHeaders(database, 'etelManager');
    const res = await app.request('/auth/console/logout', { method: 'POST', headers: { cookie, origin } });
    expect(res.status).toBe(403);
    const [line] = refusals();
    expect(line).toMatchObject({
      reason: 'csrf',
      actor: { via: 'console', personId: await personId(database, 'etelManager') },
    });
    expectNoPersonalData([cookie.split('=')[1] as string]);
  });

  it('names the actor whom the policy refused', async () => {
    const { authorization, token } = await widgetHeaders(database, 'etelManager');
    const res = await app.request('/staff/bodies/etel/applications', {
      headers: { authorization, origin: ETEL_ORIGIN },
    });
    expect(res.status).toBe(403);
    expect(refusals()).toEqual([
      expect.objectContaining({ reason: 'policy', actor: expect.objectContaining({ via: 'widget' }) }),
    ]);
    expectNoPersonalData([token]);
  });
});

describe('the log of a failed login', () => {
  it('says that a callback came back with a state nobody started', async () => {
    const res = await app.request('/auth/callback?state=not-a-state-we-sent&code=x');
    expect(res.status).toBe(400);
    expect(lines()).toContainEqual(
      expect.objectContaining({
        level: WARN,
        msg: 'login failed',
        loginFailure: { reason: 'unknown-state' },
      }),
    );
  });
});
