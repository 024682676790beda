// Handoff phishing: a link to the widget's start URL with a handoff the attacker chose, opened and
// signed in by a victim, must not hand the victim's token to the attacker, who polls the handoff
// with the secret. Only a start from the body's own page (the browser's Sec-Fetch-Site and Referer
// say so) goes straight to the identity provider; any other asks the person first. A handoff lives
// 2 minutes after the login, and a callback opened in another browser burns nothing.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { confirmPage } from '../../api/auth/confirm-page.ts';
import { sha256 } from '../../api/auth/secrets.ts';
import { fixedClock } from '../../db/clock.ts';
import { startIdentityProvider } from '../../demo/idp/server.ts';
import { browser } from '../fixtures/fetch-browser.ts';
import { throughProvider } from '../fixtures/provider-sign-in.ts';
import { serveApp } from '../fixtures/served-app.ts';
import { ETEL_ORIGIN, FROM_ETEL_PAGE } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
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

const PERSON = { person: '47802154211', method: 'smartid' };
const newSecret = () => randomBytes(32).toString('base64url');
const widgetStart = (handoff: string, lang = 'et') =>
  `${api.url}/auth/widget/start?body=etel&origin=${encodeURIComponent(ETEL_ORIGIN)}&handoff=${sha256(handoff)}&lang=${lang}`;

/** The handoff poll, as anyone can send it: the Origin header is only checked, not proven. */
const collect = (handoff: string, request: (url: string, init: RequestInit) => Promise<Response> = fetch) =>
  request(`${api.url}/auth/widget/handoff`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ETEL_ORIGIN },
    body: JSON.stringify({ handoff }),
  });

/** A Continue or Cancel on the confirmation page, as the browser posts it from the API's page. */
function answer(go: ReturnType<typeof browser>, page: string, button: 'continue' | 'cancel') {
  const action = /<form[^>]*method="post"[^>]*action="([^"]+)"/.exec(page)?.[1] as string;
  const confirm = /name="confirm" value="([^"]+)"/.exec(page)?.[1] as string;
  return {
    confirm,
    send: (headers: Record<string, string> = { origin: api.url, 'sec-fetch-site': 'same-origin' }) =>
      go(new URL(action.replaceAll('&amp;', '&'), api.url).href, {
        form: { confirm, action: button },
        headers,
      }),
  };
}

describe('a start that does not come from the body’s page', () => {
  it('signed in by the victim, gives the attacker’s handoff poll no token', async () => {
    const attackersSecret = newSecret();
    const victim = browser();
    // A link in an e-mail or a chat: the browser says nobody sent it (Sec-Fetch-Site: none).
    const start = await victim(widgetStart(attackersSecret), { headers: { 'sec-fetch-site': 'none' } });
    // The victim signs in wherever the popup leads without being asked anything (before the fix:
    // straight to the identity provider).
    if (start.location) {
      const { callback } = await throughProvider(victim, start, PERSON, { apiUrl: api.url });
      expect(callback.response.status).toBe(200);
    }
    const polled = await collect(attackersSecret);
    const body = await polled.text();
    expect(polled.status, body).not.toBe(200);
    expect(body).not.toContain('token');
  });

  it('shows a confirmation page instead of going to the provider, whatever else the headers say', async () => {
    const cases: Record<string, string>[] = [
      {},
      { 'sec-fetch-site': 'none' },
      // The attacker's own page opens the popup, or strips the Referer, or fakes only one header.
      { 'sec-fetch-site': 'cross-site', referer: 'https://evil.example/' },
      { 'sec-fetch-site': 'cross-site' },
      { referer: `${ETEL_ORIGIN}/` },
      { 'sec-fetch-site': 'same-origin', referer: `${ETEL_ORIGIN}/` },
      { 'sec-fetch-site': 'cross-site', referer: `${ETEL_ORIGIN}.evil.example/` },
    ];
    for (const headers of cases) {
      const res = await fetch(widgetStart(newSecret()), { redirect: 'manual', headers });
      expect(res.status, JSON.stringify(headers)).toBe(200);
      expect(res.headers.get('location')).toBeNull();
      expect(await res.text()).toContain('<form method="post"');
    }
  });

  it('names the body and the website, in Estonian and in English, and cannot be framed', async () => {
    const et = await fetch(widgetStart(newSecret()), { redirect: 'manual' });
    const etPage = await et.text();
    expect(etPage).toContain('<html lang="et">');
    expect(etPage).toContain(
      `Veebileht ${ETEL_ORIGIN} (Eesti Turvaettevõtete Liit) palub teil Kutsesse sisse logida.`,
    );
    expect(etPage).toContain('Jätkake ainult siis, kui avasite selle akna sellelt veebilehelt.');
    expect(etPage).toMatch(/<button[^>]*value="continue"[^>]*>Jätka<\/button>/);
    expect(etPage).toMatch(/<button[^>]*value="cancel"[^>]*>Katkesta<\/button>/);
    expect(et.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(et.headers.get('cache-control')).toBe('no-store');

    const enPage = await (await fetch(widgetStart(newSecret(), 'en'), { redirect: 'manual' })).text();
    expect(enPage).toContain(
      `Estonian Security Companies Association’s website ${ETEL_ORIGIN} asks you to sign in to Kutse.`,
    );
    expect(enPage).toContain('Continue only if you opened this from that website.');
    expect(enPage).toMatch(/>Continue<\/button>/);
    expect(enPage).toMatch(/>Cancel<\/button>/);
  });

  it('lets its form post only to the API and be redirected only to the provider', () => {
    const policy = (providerOrigin: string) =>
      confirmPage({
        bodyName: { et: 'B', en: 'B' },
        origin: ETEL_ORIGIN,
        confirm: 'c',
        providerOrigin,
        language: 'et',
      }).headers['Content-Security-Policy'];
    expect(policy('https://tara.ria.ee')).toContain("form-action 'self' https://tara.ria.ee;");
    // CSP cannot name an IPv6 literal (the test stack's provider): only its scheme, then.
    expect(policy('http://[::1]:8788')).toContain("form-action 'self' http:;");
  });

  it('goes on to the provider when the person continues, once, and then hands the token over', async () => {
    const secret = newSecret();
    const go = browser();
    const page = await go(widgetStart(secret));
    expect((await collect(secret)).status).toBe(202); // the widget keeps waiting meanwhile
    const continued = answer(go, page.html, 'continue');
    const onward = await continued.send();
    expect(onward.response.status).toBe(303);
    expect(onward.location).toContain(idp.issuer);
    expect((await continued.send()).response.status).toBe(400); // a one-time value
    const { callback } = await throughProvider(go, onward, PERSON, { apiUrl: api.url });
    expect(callback.response.status).toBe(200);
    const handed = await collect(secret);
    expect(handed.status).toBe(200);
    expect(((await handed.json()) as { person: { givenName: string } }).person.givenName).toBe('Kädi');
  });

  it('refuses a Continue from another browser or from another site, which burns nothing', async () => {
    const go = browser();
    const page = await go(widgetStart(newSecret()));
    const continued = answer(go, page.html, 'continue');
    const elsewhere = await browser()(`${api.url}/auth/widget/confirm`, {
      form: { confirm: continued.confirm, action: 'continue' },
      headers: { origin: api.url, 'sec-fetch-site': 'same-origin' },
    });
    expect(elsewhere.response.status).toBe(400);
    const foreign: Record<string, string>[] = [
      { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
      { origin: api.url, 'sec-fetch-site': 'cross-site' },
      { origin: 'https://evil.example' },
    ];
    for (const headers of foreign) {
      const res = await continued.send(headers);
      expect(res.response.status, JSON.stringify(headers)).toBe(403);
      expect(res.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
    expect((await continued.send()).response.status).toBe(303);
  });

  it('ends the login when the person cancels: the page and the handoff hear why', async () => {
    const secret = newSecret();
    const go = browser();
    const page = await go(widgetStart(secret));
    const cancelled = await answer(go, page.html, 'cancel').send();
    expect(cancelled.response.status).toBe(200);
    expect(cancelled.html).toContain('"type":"kutse:login-error","error":"access_denied"');
    expect(cancelled.html).toContain(`"${ETEL_ORIGIN}")`);
    const polled = await collect(secret);
    expect(polled.status).toBe(410);
    expect(await polled.json()).toMatchObject({ error: 'access_denied' });
  });
});

describe('a start link opened twice', () => {
  it('gets a 409 problem in the person’s language the second time, not a 500', async () => {
    const secret = newSecret();
    const first = await fetch(widgetStart(secret), { redirect: 'manual', headers: FROM_ETEL_PAGE });
    expect(first.status).toBe(302);
    for (const lang of ['et', 'en']) {
      const again = await fetch(widgetStart(secret, lang), { redirect: 'manual', headers: FROM_ETEL_PAGE });
      expect(again.status).toBe(409);
      expect(again.headers.get('content-type')).toContain('application/problem+json');
      const { detail } = (await again.json()) as { detail: string };
      expect(detail).toMatch(lang === 'en' ? /used already/ : /juba kasutatud/);
    }
  });
});

describe('a start from the body’s page', () => {
  it('goes straight to the provider (Sec-Fetch-Site and Referer of the registered origin)', async () => {
    for (const headers of [
      FROM_ETEL_PAGE,
      { 'sec-fetch-site': 'same-site', referer: `${ETEL_ORIGIN}/kutse/turvajuht?x=1` },
    ]) {
      const res = await fetch(widgetStart(newSecret()), { redirect: 'manual', headers });
      expect(res.status).toBe(302);
      expect(res.headers.get('location')).toContain(idp.issuer);
    }
  });

  it('hands the token over for 2 minutes after the login, not later', async () => {
    const secret = newSecret();
    const go = browser();
    const start = await go(widgetStart(secret), { headers: FROM_ETEL_PAGE });
    await throughProvider(go, start, PERSON, { apiUrl: api.url });
    const after = (seconds: number) =>
      createTestApp(database, {
        clock: fixedClock(new Date(database.clock.now().getTime() + seconds * 1000)),
      }).app;
    const viaApp = (seconds: number) => (url: string, init: RequestInit) =>
      Promise.resolve(after(seconds).request(new URL(url).pathname, init));
    expect((await collect(secret, viaApp(121))).status).toBe(410);
    expect((await collect(secret, viaApp(119))).status).toBe(200);
  });
});

describe('the callback', () => {
  it('opened in another browser first, does not burn the login of the browser that started it', async () => {
    const go = browser();
    const start = await go(widgetStart(newSecret()), { headers: FROM_ETEL_PAGE });
    const { callbackUrl, callback } = await throughProvider(go, start, PERSON, {
      apiUrl: api.url,
      callbackBrowser: browser(),
    });
    expect(callback.response.status).toBe(400);
    const genuine = await go(callbackUrl);
    expect(genuine.response.status).toBe(200);
    expect(genuine.html).toContain('"type":"kutse:login"');
  });
});
