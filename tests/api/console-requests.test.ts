// Which console requests a browser may send from elsewhere: a top-level navigation to the console's
// own page, yes (the identity provider sends people back that way); a data read, a write or the
// page in a frame, no. Headers as Chromium sends them (the e2e test drives Chromium itself).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let cookie: string;
let csrf: string;
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  const headers = await consoleHeaders(database, 'etelProcessor');
  cookie = headers.cookie;
  csrf = headers['x-csrf-token'];
});
afterAll(() => database.drop());

const navigation = (site: string) => ({
  'sec-fetch-site': site,
  'sec-fetch-mode': 'navigate',
  'sec-fetch-dest': 'document',
});

describe('a console page opened from another site', () => {
  it.each(['same-site', 'cross-site'])('shows the person signed in (%s navigation)', async (site) => {
    const res = await app.request('/console?lang=en', { headers: { cookie, ...navigation(site) } });
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('Signed in as <strong>Andres Kivi</strong>');
  });

  it('is refused inside another site’s frame', async () => {
    const res = await app.request('/console', {
      headers: { cookie, ...navigation('cross-site'), 'sec-fetch-dest': 'iframe' },
    });
    expect(res.status).toBe(403);
  });

  it('is refused to another site’s script', async () => {
    const res = await app.request('/console', {
      headers: {
        cookie,
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'cors',
        'sec-fetch-dest': 'empty',
      },
    });
    expect(res.status).toBe(403);
  });
});

describe('console data and writes from another site', () => {
  it('refuse a data read even as a top-level navigation', async () => {
    for (const site of ['same-site', 'cross-site']) {
      const res = await app.request('/staff/bodies/etel/applications', {
        headers: { cookie, ...navigation(site) },
      });
      expect(res.status, site).toBe(403);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    const typed = await app.request('/staff/bodies/etel/applications', {
      headers: { cookie, ...navigation('none') },
    });
    expect(typed.status).toBe(200);
  });

  it('refuse a write, even one that carries the CSRF token', async () => {
    const res = await app.request('/auth/console/logout', {
      method: 'POST',
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'sec-fetch-site': 'cross-site',
        'sec-fetch-mode': 'navigate',
        'sec-fetch-dest': 'document',
      },
    });
    expect(res.status).toBe(403);
    // The session survived: the console still shows the person.
    const page = await app.request('/console?lang=en', { headers: { cookie } });
    expect(await page.text()).toContain('Andres Kivi');
  });
});
