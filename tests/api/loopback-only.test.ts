// Plain http only on this machine: an identity provider or a body's website on http:// is accepted
// on a loopback host (the demo, the tests) and refused anywhere else, where it must be https.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { awardingBodies, bodyOrigins } from '../../db/schema/index.ts';
import { widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

const PLAIN_ELSEWHERE = 'http://etel.example';
const LOOPBACK = [
  'http://127.0.0.1:5174',
  'http://127.8.9.10:8080',
  'http://[::1]:5174',
  'http://localhost:5174',
];

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase({ etelOrigins: [] });
  ({ app } = createTestApp(database));
  const [etel] = await database.db.select().from(awardingBodies).where(eq(awardingBodies.slug, 'etel'));
  // As if registered before the rule: the API must not honour it.
  await database.db.insert(bodyOrigins).values(
    [PLAIN_ELSEWHERE, 'https://etel.example', ...LOOPBACK].map((origin) => ({
      bodyId: etel?.id as number,
      origin,
    })),
  );
});
afterAll(() => database.drop());

const corsFor = async (origin: string) =>
  (await app.request('/bodies/etel', { headers: { origin } })).headers.get('access-control-allow-origin');

describe('a body’s website origin', () => {
  it('on http:// elsewhere gets no CORS, no sign-in and no use of a token', async () => {
    expect(await corsFor(PLAIN_ELSEWHERE)).toBeNull();
    const handoff = 'A'.repeat(43);
    const start = await app.request(
      `/auth/widget/start?body=etel&origin=${encodeURIComponent(PLAIN_ELSEWHERE)}&handoff=${handoff}`,
    );
    expect(start.status).toBe(403);
    const { authorization } = await widgetHeaders(database, 'applicant', { origin: PLAIN_ELSEWHERE });
    const me = await app.request('/me', { headers: { authorization, origin: PLAIN_ELSEWHERE } });
    expect(me.status).toBe(403);
  });

  it('on https:// or on a loopback http:// is honoured', async () => {
    for (const origin of ['https://etel.example', ...LOOPBACK]) {
      expect(await corsFor(origin), origin).toBe(origin);
      const { authorization } = await widgetHeaders(database, 'applicant', { origin });
      expect((await app.request('/me', { headers: { authorization, origin } })).status, origin).toBe(200);
    }
  });
});

describe('the identity provider’s issuer', () => {
  it('on http:// elsewhere stops the API from starting', () => {
    for (const issuer of ['http://tara.example', 'http://127.0.0.1.example', 'http://localhost.evil.example'])
      expect(() => createTestApp(database, { issuer }), issuer).toThrow(/OIDC_ISSUER/);
  });

  it('on https:// or on a loopback http:// is accepted', () => {
    for (const issuer of [
      'https://tara.ria.ee',
      'http://localhost:8788',
      'http://127.0.0.1:1',
      'http://[::1]:1',
    ])
      expect(() => createTestApp(database, { issuer }), issuer).not.toThrow();
  });
});
