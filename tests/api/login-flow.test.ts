// A whole sign-in through the local identity provider, as TARA would run it: the widget's popup
// (start → provider's login page → callback → postMessage page, and the handoff fallback) and the
// console's cookie. The browser is a fetch with a cookie jar; Chromium drives it in tests/e2e.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../api/auth/secrets.ts';
import { startIdentityProvider } from '../../demo/idp/server.ts';
import { browser } from '../fixtures/fetch-browser.ts';
import { throughProvider } from '../fixtures/provider-sign-in.ts';
import { serveApp } from '../fixtures/served-app.ts';
import { ETEL_ORIGIN, FROM_ETEL_PAGE } from '../fixtures/sign-in.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let idp: Awaited<ReturnType<typeof startIdentityProvider>>;
let api: Awaited<ReturnType<typeof serveApp>>;

beforeAll(async () => {
  database = await createTestDatabase();
  idp = await startIdentityProvider({
    port: 0,
    clients: [{ clientId: 'kutse-demo', clientSecret: 'kutse-demo-secret' }],
  });
  api = await serveApp(database, { issuer: idp.issuer });
});
afterAll(async () => {
  await api?.close();
  await idp?.close();
  await database?.drop();
});

/**
 * From the API's start URL through the provider's login page to the API's callback answer. The
 * start comes, as from the widget's popup, from the body's page (`Sec-Fetch-Site`, `Referer`).
 */
async function signIn(
  startUrl: string,
  form: Record<string, string>,
  callbackBrowser?: ReturnType<typeof browser>,
) {
  const go = browser();
  const start = await go(startUrl, { headers: FROM_ETEL_PAGE });
  const { callback } = await throughProvider(go, start, form, { apiUrl: api.url, callbackBrowser });
  return { go, callback };
}

/** The popup's first URL: it carries only the SHA-256 of the handoff secret the page keeps. */
const widgetStart = (handoff: string, origin = ETEL_ORIGIN) =>
  `${api.url}/auth/widget/start?body=etel&origin=${encodeURIComponent(origin)}&handoff=${sha256(handoff)}&lang=et`;

describe('a widget sign-in', () => {
  it('posts the API’s own token to the registered page, and hands it over once by the handoff', async () => {
    const handoff = randomBytes(32).toString('base64url');
    const { callback } = await signIn(widgetStart(handoff), { person: '47802154211', method: 'smartid' });
    expect(callback.response.status).toBe(200);
    expect(callback.response.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
    // postMessage addressed to the body's page only, never '*'.
    expect(callback.html).toContain(`"${ETEL_ORIGIN}")`);
    expect(callback.html).toContain('"familyName":"O’Connež-Šuslik"');
    const posted = /"token":"([^"]+)"/.exec(callback.html)?.[1] as string;

    const collect = () =>
      fetch(`${api.url}/auth/widget/handoff`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: ETEL_ORIGIN },
        body: JSON.stringify({ handoff }),
      });
    const first = await collect();
    expect(first.status).toBe(200);
    const handed = (await first.json()) as { token: string; person: { givenName: string } };
    expect(handed.person.givenName).toBe('Kädi');
    expect((await collect()).status).toBe(410); // once only

    for (const token of [posted, handed.token]) {
      const me = await fetch(`${api.url}/me`, {
        headers: { authorization: `Bearer ${token}`, origin: ETEL_ORIGIN },
      });
      expect(me.status).toBe(200);
      expect(await me.json()).toMatchObject({ personalCode: '47802154211', familyName: 'O’Connež-Šuslik' });
      const elsewhere = await fetch(`${api.url}/me`, {
        headers: { authorization: `Bearer ${token}`, origin: 'https://evil.example' },
      });
      expect(elsewhere.status).toBe(403);
    }
  });

  it('answers "pending" to the handoff while the person is still at the provider', async () => {
    const handoff = randomBytes(32).toString('base64url');
    const start = await fetch(widgetStart(handoff), { redirect: 'manual', headers: FROM_ETEL_PAGE });
    expect(start.status).toBe(302);
    // Even on the redirect: COOP same-origin there would cut the popup off from the page.
    expect(start.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
    const res = await fetch(`${api.url}/auth/widget/handoff`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: ETEL_ORIGIN },
      body: JSON.stringify({ handoff }),
    });
    expect(res.status).toBe(202);
  });

  it('refuses to start for a website the body did not register', async () => {
    const res = await fetch(widgetStart(randomBytes(32).toString('base64url'), 'https://evil.example'), {
      redirect: 'manual',
    });
    expect(res.status).toBe(403);
    // Only the reason goes to the page (tests/api/unregistered-website.test.ts), never a token.
    const html = await res.text();
    expect(html).toContain('"type":"kutse:login-error","error":"origin_not_allowed"');
    expect(html).not.toMatch(/token/i);
  });

  it('tells the page when the person cancels at the provider', async () => {
    const handoff = randomBytes(32).toString('base64url');
    const { callback } = await signIn(widgetStart(handoff), { cancel: '1' });
    expect(callback.html).toContain('"type":"kutse:login-error","error":"access_denied"');
  });

  it('refuses the same callback a second time (replayed state)', async () => {
    const handoff = randomBytes(32).toString('base64url');
    const { go, callback } = await signIn(widgetStart(handoff), { person: '49107075714', method: 'idcard' });
    expect(callback.response.status).toBe(200);
    const again = await go(callback.response.url);
    expect(again.response.status).toBe(400);
  });
});

describe('a console sign-in', () => {
  it('is refused when its callback is opened in another browser (login CSRF)', async () => {
    const victim = browser();
    const { callback } = await signIn(
      `${api.url}/auth/console/login?return=%2Fconsole`,
      { person: '48806064234', method: 'idcard' },
      victim,
    );
    expect(callback.response.status).toBe(400);
    expect(callback.response.headers.getSetCookie().filter((c) => c.startsWith('kutse_session='))).toEqual(
      [],
    );
  });

  it('sets an HttpOnly, SameSite=Lax session cookie and returns to the console', async () => {
    const { go, callback } = await signIn(`${api.url}/auth/console/login?return=%2Fconsole`, {
      person: '48806064234',
      method: 'idcard',
    });
    expect(callback.response.status).toBe(302);
    expect(callback.location).toBe(`${api.url}/console`);
    const cookie = callback.response.headers
      .getSetCookie()
      .find((c) => c.startsWith('kutse_session=')) as string;
    expect(cookie).toMatch(/^kutse_session=[\w-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=43200/);
    const session = await go(`${api.url}/auth/session`);
    expect(JSON.parse(session.html)).toMatchObject({
      person: { givenName: 'Piret', familyName: 'Põder' },
      roles: { staff: [{ body: 'etel', role: 'manager' }] },
    });
    const console = await go(`${api.url}/console`);
    expect(console.html).toContain('Sisse logitud: <strong>Piret Põder</strong>');
    expect(console.html).toContain('Eesti Turvaettevõtete Liit: juht');
  });

  it('offers to sign in on the console page without a session', async () => {
    const page = await fetch(`${api.url}/console?lang=en`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain(
      'href="/auth/console/login?return=%2Fconsole%3Flang%3Den&amp;lang=en">Sign in</a>',
    );
    expect(html).not.toContain('sign-out');
  });
});
