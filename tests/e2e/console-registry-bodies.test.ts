// Recording that an awarding body ceased, in real Chromium: Helle Kask, the registry's admin and
// nobody's staff, signs in to the console through the identity provider, opens "Register:
// kutseandjad" and with the keyboard alone marks ETEL as ceased today, in the dialog that says what
// follows; the row then shows the day, and the API's list has ETEL's ceasedOn. axe finds nothing on
// the list or the open dialog, in Estonian or English. Screenshots at 390 and 1280 px go to
// KUTSE_SCREENSHOTS when it is set.
//
// Set up as console-registry-requests.test.ts is (own-api.ts): the API on a test database of its own
// (today's clock, as the browser's) with the local identity provider on another site, [::1].
import type { Page } from 'playwright-core';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwardingBodyList } from '../../contract/body-cease.ts';
import { formatDay, tallinnDay } from '../../contract/calendar.ts';
import { axeViolations } from './axe.ts';
import { focusedMatches, tabTo } from './keys.ts';
import { type OwnApi, registryAdminPage, startOwnApi } from './own-api.ts';
import { screenshot } from './screenshot.ts';

let own: OwnApi;
beforeAll(async () => {
  own = await startOwnApi();
}, 240_000);
afterAll(async () => {
  await own?.close();
});

const ETEL = 'Eesti Turvaettevõtete Liit';

/** The API's list of bodies, read with the page's own session, as the console reads it. */
const bodiesOf = async (page: Page) =>
  v.parse(AwardingBodyList, await page.evaluate(async () => (await fetch('/admin/bodies?lang=et')).json()))
    .bodies;

describe('the registry’s awarding bodies in the console', () => {
  it('lets Helle Kask mark ETEL as ceased with the keyboard alone', async () => {
    const { page, problems } = await registryAdminPage(own);
    const views = page.getByRole('navigation', { name: 'Konsooli vaated' });
    await views.getByRole('link', { name: 'Register: kutseandjad' }).waitFor();

    await tabTo(page, 'nav.views a', 'Register: kutseandjad');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Kutseandjad' }).waitFor();
    await page.locator('kutse-console-bodies li.body').first().waitFor();
    expect(page.url()).toContain('/console/registry/bodies?lang=et');
    expect(await page.locator('kutse-console-bodies li.body').first().textContent()).toContain('Tegutseb');
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'bodies-et-1280');

    await tabTo(page, `button[aria-label="Märgi tegevuse lõpetanuks: ${ETEL}"]`);
    await page.keyboard.press('Enter');
    const dialog = page.locator('kutse-console-bodies dialog[open]');
    await dialog.waitFor();
    // The day is today unless changed: the focus is on it, Tab goes on to Confirm.
    const today = tallinnDay(new Date());
    expect(await focusedMatches(page, 'input[type="date"]')).toBe(true);
    expect(await dialog.locator('input[type="date"]').inputValue()).toBe(today);
    expect(await dialog.textContent()).toContain('avatud pöördumised suunatakse registrile');
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'bodies-dialog-et-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'bodies-dialog-et-390');
    await tabTo(page, 'button[type="submit"]', 'Kinnita');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    const etelRow = page.locator('kutse-console-bodies li.body', { hasText: ETEL });
    await etelRow.getByText(`Lõpetas tegevuse ${formatDay(today, 'et')}`).waitFor();
    await page
      .locator('kutse-console-bodies [role="status"][aria-live]')
      .getByText(/suunati registrile|avatud pöördumisi ei olnud/)
      .waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'bodies-et-390');

    const etel = (await bodiesOf(page)).find((b) => b.slug === 'etel');
    expect(etel?.ceasedOn).toBe(today);

    // In English: the list, and the dialog of the body still acting.
    await page.getByRole('link', { name: 'In English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Awarding bodies' }).waitFor();
    await page.locator('kutse-console-bodies li.body').first().waitFor();
    expect(
      await page.locator('kutse-console-bodies li.body', { hasText: 'Estonian Security' }).textContent(),
    ).toContain(`Ceased on ${formatDay(today, 'en')}`);
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'bodies-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'bodies-en-1280');
    await page.getByRole('button', { name: /^Mark as ceased: / }).click();
    await dialog.waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'bodies-dialog-en-1280');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'bodies-dialog-en-390');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(problems).toEqual([]);
  }, 120_000);
});
