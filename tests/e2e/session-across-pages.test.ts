// Signing in lasts the visit, in real Chromium on ETEL's demo site: Mari signs in on "Taotle
// kutset" and is still signed in on "Minu taotlused" without a second popup. The sign-in is the
// tab's (sessionStorage), so a tab she opens afresh is not signed in; and signing out on one page
// signs out the other page that shares it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInWith } from './signing-in.ts';
import { launchChromium, startStack } from './stack.ts';

let browser: Browser;
let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const signInButton = (page: Page) =>
  page.locator('kutse-account').getByRole('button', { name: 'Logi sisse' });
const signedInAs = (page: Page, name: string) =>
  page.locator('kutse-account').getByText(`Sisse logitud: ${name}`);

describe('a sign-in on ETEL’s site', () => {
  it('lasts from page to page of the tab, and a sign-out reaches every page that shares it', async () => {
    const context = await browser.newContext();
    // Each wait fails on its own, naming its step, well before the test's time is up.
    context.setDefaultTimeout(15_000);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    let popups = 0;
    context.on('page', () => popups++);

    await page.goto(`${stack.demoUrl}/taotle?kutse=turvajuht-5`);
    await signInWith(page, signInButton(page), { personalCode: '49107075714' });
    await signedInAs(page, 'Mari Tamm').waitFor();
    const afterSignIn = popups;

    // The site's own link to "Minu taotlused": the tracker shows her applications at once.
    await page.locator('nav').getByRole('link', { name: 'Minu taotlused' }).click();
    await page.waitForURL(/\/minu-taotlused$/);
    const tracker = page.locator('kutse-status-tracker');
    await tracker.getByText('Turvajuht, tase 5').first().waitFor();
    await signedInAs(page, 'Mari Tamm').waitFor();
    expect(await tracker.getByRole('button', { name: 'Logi sisse' }).count()).toBe(0);
    expect(await signInButton(page).count()).toBe(0);
    expect(popups).toBe(afterSignIn); // no second sign-in popup

    // A tab of the same site she opens herself is a visit of its own: not signed in there.
    const otherTab = await context.newPage();
    await otherTab.goto(`${stack.demoUrl}/minu-taotlused`);
    await signInButton(otherTab).waitFor();
    await otherTab.locator('kutse-status-tracker').getByRole('button', { name: 'Logi sisse' }).waitFor();

    // A second page opened from the first shares it.
    const secondOpened = page.waitForEvent('popup');
    await page.evaluate(() => window.open('/taotle?kutse=turvajuht-5', '_blank'));
    const second = await secondOpened;
    await signedInAs(second, 'Mari Tamm').waitFor();

    // Signing out on the first page signs out the second, and the server session ends.
    await page.locator('kutse-account').getByRole('button', { name: 'Logi välja' }).click();
    await signInButton(page).waitFor();
    await expect.poll(() => signInButton(second).count(), { timeout: 10_000 }).toBe(1);
    expect(await signedInAs(second, 'Mari Tamm').count()).toBe(0);
    await expect
      .poll(() => tracker.getByRole('button', { name: 'Logi sisse' }).count(), { timeout: 10_000 })
      .toBe(1);

    // Nothing of the sign-in is left behind: reloading either page finds nobody signed in.
    for (const p of [page, second]) {
      await p.reload();
      await signInButton(p).waitFor();
      expect(await p.evaluate(() => JSON.stringify(sessionStorage))).not.toMatch(/token/);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 120_000);
});
