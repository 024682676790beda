// Signing in through the local identity provider's popup, as a person would: the shared step of
// the end-to-end tests. `open` clicks whichever "Logi sisse" the test chooses.
import type { Browser, Locator, Page } from 'playwright-core';

/** Opens the popup from `button`, picks a seeded person (or types a new one) and continues. */
export async function signInWith(
  page: Page,
  button: Locator,
  person: { personalCode: string } | { personalCode: string; givenName: string; familyName: string },
) {
  const popupOpened = page.waitForEvent('popup');
  await button.click();
  const popup = await popupOpened;
  await popup.waitForLoadState();
  if ('givenName' in person) await typePerson(popup, person);
  else await popup.locator(`input[name="person"][value="${person.personalCode}"]`).check();
  await popup.locator('input[name="method"][value="smartid"]').check();
  const closed = popup.waitForEvent('close');
  await popup.locator('#continue').click();
  await closed;
}

async function typePerson(popup: Page, p: { personalCode: string; givenName: string; familyName: string }) {
  await popup.locator('input[name="personalCode"]').fill(p.personalCode);
  await popup.locator('input[name="givenName"]').fill(p.givenName);
  await popup.locator('input[name="familyName"]').fill(p.familyName);
}

/** Where the console and its identity provider are. */
export type ConsoleUrls = { apiUrl: string; idpUrl: string };

/**
 * Signs `personalCode` in at /console: "Logi sisse", the person and Smart-ID at the identity
 * provider, continue. Where the console then lands depends on who it is (see signInToConsole).
 */
export async function consoleSignIn(page: Page, { apiUrl, idpUrl }: ConsoleUrls, personalCode: string) {
  await page.goto(`${apiUrl}/console`);
  await page.getByRole('link', { name: 'Logi sisse' }).click();
  await page.waitForURL((url) => url.origin === idpUrl);
  await page.locator(`input[name="person"][value="${personalCode}"]`).check();
  await page.locator('input[name="method"][value="smartid"]').check();
  await page.locator('#continue').click();
}

/** Signs `personalCode` in to the console as a body's staff do: back on the body's list of applications. */
export async function signInToConsole(page: Page, urls: ConsoleUrls, personalCode: string) {
  await consoleSignIn(page, urls, personalCode);
  await page.waitForURL(/\/console\/bodies\/[\w-]+\/applications/);
}

/**
 * A person who is nobody's staff (an owner) signed in to Kutse with a console session, calling their
 * own routes with it and its CSRF token, as their pages would; the page offers only to sign out.
 */
export async function ownerConsoleSession(browser: Browser, urls: ConsoleUrls, personalCode: string) {
  const page = await (await browser.newContext({ locale: 'et-EE' })).newPage();
  page.setDefaultTimeout(15_000);
  await consoleSignIn(page, urls, personalCode);
  const signOut = page.locator('#sign-out');
  await signOut.waitFor();
  const csrf = (await signOut.getAttribute('data-csrf')) ?? '';
  const call = (path: string, json?: unknown): Promise<unknown> =>
    page.evaluate(
      async ({ path, json, csrf }) => {
        const response = await fetch(path, {
          method: json === undefined ? 'GET' : 'POST',
          headers: json === undefined ? {} : { 'content-type': 'application/json', 'x-csrf-token': csrf },
          ...(json === undefined ? {} : { body: JSON.stringify(json) }),
        });
        if (!response.ok) throw new Error(`${response.status} ${path}`);
        return response.json();
      },
      { path, json, csrf },
    );
  return { page, call };
}
