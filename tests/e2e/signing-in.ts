// Signing in through the local identity provider's popup, as a person would: the shared step of
// the end-to-end tests. `open` clicks whichever "Logi sisse" the test chooses.
import type { Locator, Page } from 'playwright-core';

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

/**
 * Signs `personalCode` in to the console as staff do: /console, "Logi sisse", the person and
 * Smart-ID at the identity provider, back on the body's list of applications.
 */
export async function signInToConsole(
  page: Page,
  { apiUrl, idpUrl }: { apiUrl: string; idpUrl: string },
  personalCode: string,
) {
  await page.goto(`${apiUrl}/console`);
  await page.getByRole('link', { name: 'Logi sisse' }).click();
  await page.waitForURL((url) => url.origin === idpUrl);
  await page.locator(`input[name="person"][value="${personalCode}"]`).check();
  await page.locator('input[name="method"][value="smartid"]').check();
  await page.locator('#continue').click();
  await page.waitForURL(/\/console\/bodies\/[\w-]+\/applications/);
}
