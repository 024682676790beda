// The callback checks the ID token's signature against the provider's published keys (by kid):
// a provider whose token was signed by a key other than the one it publishes under that kid —
// what a forged token looks like — signs nobody in. The same login against an honest provider does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider } from '../../demo/idp/server.ts';
import { browser } from '../fixtures/fetch-browser.ts';
import { throughProvider } from '../fixtures/provider-sign-in.ts';
import { serveApp } from '../fixtures/served-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

const CLIENTS = [{ clientId: 'kutse-demo', clientSecret: 'kutse-demo-secret' }];

let database: TestDatabase;
const closers: (() => Promise<void>)[] = [];
let honest: string;
let forging: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const start = async (publishForeignKey: boolean) => {
    const idp = await startIdentityProvider({ port: 0, clients: CLIENTS, publishForeignKey });
    const api = await serveApp(database, { issuer: idp.issuer });
    closers.push(api.close, idp.close);
    return api.url;
  };
  honest = await start(false);
  forging = await start(true);
});
afterAll(async () => {
  for (const close of closers) await close();
  await database?.drop();
});

async function consoleLogin(apiUrl: string) {
  const go = browser();
  const first = await go(`${apiUrl}/auth/console/login?return=%2Fconsole`);
  return (await throughProvider(go, first, { person: '48806064234', method: 'idcard' }, { apiUrl })).callback;
}

describe('the ID token’s signature', () => {
  it('made by the key the provider publishes: the person is signed in', async () => {
    const callback = await consoleLogin(honest);
    expect(callback.response.status).toBe(302);
    expect(callback.response.headers.getSetCookie().some((c) => c.startsWith('kutse_session='))).toBe(true);
  });

  it('made by another key than the one published under its kid: refused, no session', async () => {
    const callback = await consoleLogin(forging);
    expect(callback.response.status).toBe(400);
    expect(callback.html).toContain('login_failed');
    expect(callback.response.headers.getSetCookie().filter((c) => c.startsWith('kutse_session='))).toEqual(
      [],
    );
  });
});
