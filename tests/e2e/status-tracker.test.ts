// Following one's application on the awarding body's website, in real Chromium: Mari signs in on
// ETEL's "Minu taotlused" page, sees her submitted application and ETEL's unread message, replies,
// and axe finds nothing wrong on the way.
import type { Browser } from 'playwright-core';
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

describe('the status tracker on ETEL’s site', () => {
  it('shows Mari her application and ETEL’s message, and takes her reply', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${stack.demoUrl}/minu-taotlused`);
    const tracker = page.locator('kutse-status-tracker');
    const signIn = tracker.getByRole('button', { name: 'Logi sisse' });
    await signIn.waitFor();
    expect(await axeViolations(page, 'kutse-status-tracker')).toEqual([]);

    await signInWith(page, signIn, { personalCode: '49107075714' });
    await tracker.getByText('Turvajuht, tase 5').first().waitFor();
    await expect.poll(() => tracker.getByText('Esitatud').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await axeViolations(page, 'kutse-status-tracker')).toEqual([]);

    const messages = tracker.getByRole('button', { name: /Sõnumid/ }).first();
    expect(await messages.textContent()).toMatch(/1/);
    await messages.click();
    await tracker.getByText('Saime teie taotluse kätte').waitFor();
    expect(await axeViolations(page, 'kutse-status-tracker')).toEqual([]);

    await tracker
      .getByLabel('Teie sõnum kutse andjale')
      .first()
      .fill('Tasusin eile, maksekorraldus on lisatud.');
    await tracker.getByRole('button', { name: 'Saada' }).first().click();
    await tracker.getByText('Tasusin eile, maksekorraldus on lisatud.').waitFor();
    expect(problems).toEqual([]);
  });
});
