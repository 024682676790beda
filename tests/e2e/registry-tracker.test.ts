// The registry's own data-tracker page (/andmejalgija) in real Chromium against the whole stack:
// Jaan Ääremaa, the seeded owner, opens it signed out, signs in through the identity provider from
// the page and is back on it with his history; a public look-up of his certificate at ETEL is then
// his newest entry, in Estonian and in English. axe finds nothing at 390 and 1280 px, signed out
// and in. Screenshots go to KUTSE_SCREENSHOTS when it is set.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.ts';
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

/** A table row as its reader sees it, whitespace collapsed. */
const rowText = async (page: Page, n: number) =>
  // biome-ignore lint/performance/useDomNodeTextContent: what is rendered, cells apart.
  (await page.locator('tbody tr').nth(n).innerText()).replace(/\s+/g, ' ').trim();

/** axe on the whole page at both widths, and a screenshot of each when asked for. */
async function checkAtBothWidths(page: Page, name: string) {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    expect(await axeViolations(page, 'body')).toEqual([]);
    // Nothing wider than the screen: no sideways scrolling on a phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    if (shots) await page.screenshot({ path: `${shots}/${name}-${width}.png`, fullPage: true });
  }
}

describe('the registry’s data-tracker page', () => {
  it('Jaan signs in from it and sees his history across bodies, newest first', async () => {
    const page = await browser.newPage({
      viewport: { width: 390, height: 844 },
      reducedMotion: 'reduce',
      locale: 'et-EE',
    });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${stack.apiUrl}/andmejalgija`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Andmejälgija');
    await checkAtBothWidths(page, 'registry-tracker-signed-out-et');

    await page.getByRole('link', { name: 'Logi sisse' }).click();
    await page.waitForURL((url) => url.origin === stack.idpUrl);
    await page.locator(`input[name="person"][value="${JAAN}"]`).check();
    await page.locator('input[name="method"][value="smartid"]').check();
    await page.locator('#continue').click();
    await page.waitForURL(`${stack.apiUrl}/andmejalgija?lang=et`);
    await expect(page.locator('main').textContent()).resolves.toContain('Sisse logitud: Jaan Ääremaa');
    await expect(rowText(page, 0)).resolves.toMatch(/Teie ise Kutseregister Sisselogimine/);

    // Anyone may verify a published certificate: the look-up is recorded for its holder, at ETEL.
    const verified = await fetch(`${stack.apiUrl}/verification/number/ETEL-T3-0001`);
    expect(verified.status).toBe(200);
    await page.reload();
    await expect(rowText(page, 0)).resolves.toMatch(
      /Sisse logimata kasutaja Eesti Turvaettevõtete Liit Kontrolliti teie kutsetunnistuse ehtsust Kutsetunnistuse ehtsuse kontroll$/,
    );
    await expect(rowText(page, 1)).resolves.toContain('Sisselogimine');
    await expect(page.locator('caption').textContent()).resolves.toBe(
      'Kes on teie andmeid kasutanud, uuemad eespool',
    );
    expect(await page.content()).not.toContain(JAAN);
    await checkAtBothWidths(page, 'registry-tracker-et');

    // In English: the language link keeps the session.
    await page.getByRole('link', { name: 'In English' }).click();
    await page.waitForURL(`${stack.apiUrl}/andmejalgija?lang=en`);
    await expect(rowText(page, 0)).resolves.toMatch(
      /Someone not signed in Estonian Security Companies Association Your certificate was verified Verifying the certificate$/,
    );
    await checkAtBothWidths(page, 'registry-tracker-en');

    // Signing out ends the session: the page offers to sign in again.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('link', { name: 'Sign in' }).waitFor();
    await expect(page.locator('table').count()).resolves.toBe(0);
    await checkAtBothWidths(page, 'registry-tracker-signed-out-en');
    expect(problems).toEqual([]);
  }, 120_000);
});
