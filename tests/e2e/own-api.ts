// An API of the test's own for the registry's console tests: a fresh test database on today's clock
// (the browser's: a day chosen in a page must not be later than the API's today) and the local
// identity provider on another site, [::1] — no demo site or mail server, which these flows never reach.
import type { Browser } from 'playwright-core';
import { configFromEnv } from '../../api/config.ts';
import { systemClock } from '../../db/clock.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { startIdentityProvider } from '../../demo/idp/server.ts';
import { serveApp } from '../fixtures/served-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import { type ConsoleUrls, consoleSignIn } from './signing-in.ts';
import { launchChromium } from './stack.ts';

export type OwnApi = {
  browser: Browser;
  database: TestDatabase;
  urls: ConsoleUrls;
  close(): Promise<void>;
};

/** Chromium, the database and the identity provider at once, then the API that trusts it. */
export async function startOwnApi(): Promise<OwnApi> {
  const config = configFromEnv({});
  const [browser, database, idp] = await Promise.all([
    launchChromium(),
    createTestDatabase({ clock: systemClock }),
    startIdentityProvider({
      port: 0,
      host: '::1',
      clients: [{ clientId: config.auth.oidc.clientId, clientSecret: config.auth.oidc.clientSecret }],
    }),
  ]);
  const api = await serveApp(database, { issuer: idp.issuer });
  return {
    browser,
    database,
    urls: { apiUrl: api.url, idpUrl: idp.issuer },
    async close() {
      await browser.close();
      await api.close();
      await idp.close();
      await database.drop();
    },
  };
}

/**
 * Helle Kask, the registry's admin and nobody's staff, signed in at 1280 px: /console lands her on
 * the registry's requests. `problems` collects the page's errors and every answer of 400 or more.
 */
export async function registryAdminPage(own: OwnApi) {
  const context = await own.browser.newContext({ locale: 'et-EE', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  await consoleSignIn(page, own.urls, SEED_PEOPLE.registryAdmin.personalCode);
  await page.waitForURL(/\/console\/registry\/requests\?lang=et$/);
  return { page, problems };
}
