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
