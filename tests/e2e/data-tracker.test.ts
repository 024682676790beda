// The data tracker on the awarding body's website, in real Chromium against the whole stack: Jaan
// Ääremaa, the seeded owner, signs in on ETEL's "Minu tunnistused" page and sees his own sign-in;
// someone then checks his certificate in the public register, and that look-up, by someone not
// signed in and for verification, is the newest entry after a reload, in Estonian and English.
// axe finds nothing wrong. Screenshots at 390 px go to KUTSE_SCREENSHOTS when it is set.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
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

const JAAN = '38503120221';
const shots = process.env.KUTSE_SCREENSHOTS;

/** An entry as its reader sees it, whitespace collapsed. */
const said = async (entry: Locator) =>
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, labels and values apart.
  (await entry.innerText()).replace(/\s+/g, ' ').trim();

async function screenshot(page: Page, name: string) {
  if (!shots) return;
  await page
    .locator('kutse-data-tracker')
    .screenshot({ path: `${shots}/${name}.png`, animations: 'disabled' });
}

describe('the data tracker on ETEL’s site', () => {
  it('shows Jaan his own sign-in, then a look-up of his certificate, newest first', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${stack.demoUrl}/minu-tunnistused`);
    const tracker = page.locator('kutse-data-tracker');
    const signIn = tracker.getByRole('button', { name: 'Logi sisse' });
    await signIn.waitFor();
    expect(await axeViolations(page, 'kutse-data-tracker')).toEqual([]);

    await signInWith(page, signIn, { personalCode: JAAN });
    const entries = tracker.getByRole('listitem');
    await entries.first().waitFor();
    await expect
      .poll(async () => said(entries.first()))
      .toMatch(/^Sisselogimine .* Kes Teie ise Asutus Eesti Turvaettevõtete Liit$/);

    // Anyone may verify a published certificate; the look-up is recorded for its holder.
    const verified = await fetch(`${stack.apiUrl}/verification/number/ETEL-T3-0001`);
    expect(verified.status).toBe(200);
    await page.reload();
    await expect
      .poll(async () => said(tracker.getByRole('listitem').first()), {
        timeout: 15_000,
      })
      .toMatch(
        /^Kontrolliti teie kutsetunnistuse ehtsust .* Kes Sisse logimata kasutaja Asutus Eesti Turvaettevõtete Liit Eesmärk Kutsetunnistuse ehtsuse kontroll$/,
      );
    expect(await said(tracker.getByRole('listitem').nth(1))).toContain('Sisselogimine');
    expect(await axeViolations(page, 'kutse-data-tracker')).toEqual([]);
    await screenshot(page, 'data-tracker-et-390');

    // The same visit in English: the session carries over to the English page.
    await page.goto(`${stack.demoUrl}/en/my-certificates`);
    await expect
      .poll(async () => said(page.locator('kutse-data-tracker').getByRole('listitem').first()), {
        timeout: 15_000,
      })
      .toMatch(
        /^Your certificate was verified .* Who Someone not signed in Organisation Estonian Security Companies Association Purpose Verifying the certificate$/,
      );
    expect(await axeViolations(page, 'kutse-data-tracker')).toEqual([]);
    await screenshot(page, 'data-tracker-en-390');
    expect(problems).toEqual([]);
  }, 90_000);
});
