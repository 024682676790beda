// "My certificates" on the awarding body's website, in real Chromium: Jaan Ääremaa, the seeded
// owner, signs in on ETEL's "Minu tunnistused" page, hides ETEL-T3-0001 (its public card then says
// it is not public), publishes it again, orders a duplicate and sees how to pay, and asks a
// question; axe finds nothing wrong on the way. Screenshots at 390 and 1280 px, in both languages,
// go to demo/screenshots/ when KUTSE_SCREENSHOTS is set.
import type { Browser, Page } from 'playwright-core';
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

const cardSays = async (number: string) =>
  ((await (await fetch(`${stack.apiUrl}/certificates/${number}/card`)).json()) as { public?: boolean })
    .public;

async function screenshot(page: Page, name: string) {
  if (!shots) return;
  await page
    .locator('kutse-my-certificates')
    .screenshot({ path: `${shots}/${name}.png`, animations: 'disabled' });
}

describe('my certificates on ETEL’s site', () => {
  it('lets Jaan hide and publish his certificate, order a duplicate and ask a question', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${stack.demoUrl}/minu-tunnistused`);
    const mine = page.locator('kutse-my-certificates');
    const signIn = mine.getByRole('button', { name: 'Logi sisse' });
    await signIn.waitFor();
    expect(await axeViolations(page, 'kutse-my-certificates')).toEqual([]);

    await signInWith(page, signIn, { personalCode: JAAN });
    await mine.getByText('ETEL-T3-0001').waitFor();
    expect(await mine.locator('[part="status"]').allTextContents()).toEqual(['Olek: Kehtiv']);
    expect(await axeViolations(page, 'kutse-my-certificates')).toEqual([]);
    await screenshot(page, 'my-certificates-et-1280');

    const published = mine.getByRole('switch', { name: 'Avalik kutseregistris' });
    await expect.poll(() => published.getAttribute('aria-checked')).toBe('true');
    await published.click();
    await expect.poll(() => published.getAttribute('aria-checked')).toBe('false');
    await mine.getByText('Tunnistus ETEL-T3-0001 on nüüd peidetud.').waitFor({ state: 'attached' });
    expect(await cardSays('ETEL-T3-0001')).toBe(false);
    // By keyboard this time: a switch takes Space.
    await published.focus();
    await page.keyboard.press('Space');
    await expect.poll(() => published.getAttribute('aria-checked')).toBe('true');
    expect(await cardSays('ETEL-T3-0001')).not.toBe(false);

    await mine.getByRole('button', { name: 'Telli duplikaat' }).click();
    const dialog = mine.getByRole('dialog');
    await dialog.getByRole('radio', { name: /Saatmine postiga/ }).check();
    expect(await axeViolations(page, 'kutse-my-certificates')).toEqual([]);
    await dialog.getByRole('button', { name: 'Telli', exact: true }).click();
    await dialog.getByText('Tellimus on esitatud. Tasuge see pangaülekandega:').waitFor();
    const paying = (await dialog.textContent()) ?? '';
    expect(paying.replace(/\s+/g, ' ')).toMatch(/6,20\s€/);
    expect(paying).toMatch(/EE\d{18}/);
    expect(paying).toContain('Viitenumber');
    expect(await axeViolations(page, 'kutse-my-certificates')).toEqual([]);
    await screenshot(page, 'my-certificates-order-et-1280');
    await dialog.getByRole('button', { name: 'Sulge' }).click();
    await dialog.waitFor({ state: 'detached' });

    await mine.getByRole('button', { name: 'Küsi küsimust' }).click();
    await dialog.getByLabel('Teie küsimus').fill('Kas saan tunnistuse paberil ka inglise keeles?');
    await dialog.getByRole('button', { name: 'Saada küsimus' }).click();
    await dialog.getByText('Küsimus on saadetud.').waitFor();
    await dialog.getByRole('button', { name: 'Sulge' }).click();
    await mine.getByText('Kas saan tunnistuse paberil ka inglise keeles?').waitFor();
    expect(await axeViolations(page, 'kutse-my-certificates')).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'my-certificates-et-390');
    await page.goto(`${stack.demoUrl}/en/my-certificates`);
    await mine.getByRole('heading', { name: 'My certificates' }).waitFor();
    await expect.poll(() => mine.locator('[part="status"]').allTextContents()).toEqual(['Status: Valid']);
    expect(await axeViolations(page, 'kutse-my-certificates')).toEqual([]);
    await screenshot(page, 'my-certificates-en-390');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'my-certificates-en-1280');
    expect(problems).toEqual([]);
    // Four steps, each checked by axe, and five screenshots: longer than one flow's 30 s.
  }, 90_000);
});
