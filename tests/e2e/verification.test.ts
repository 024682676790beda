// The verification pages in real Chromium, as someone holding a certificate's paper uses them: the
// QR link's page shows the status big, the form checks by number (and, for a hidden certificate,
// the holder's name) without any script, in Estonian or English, with no axe violation at a
// phone's width or a desktop's. With KUTSE_SCREENSHOTS=<folder> it saves each page as a PNG.
import { eq } from 'drizzle-orm';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { certificates } from '../../db/schema/index.ts';
import { serveApp } from '../fixtures/served-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import { axeViolations } from './axe.ts';
import { screenshot } from './screenshot.ts';

import { launchChromium } from './stack.ts';

let browser: Browser;
let database: TestDatabase;
let api: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  database = await createTestDatabase();
  [browser, api] = await Promise.all([
    launchChromium(),
    serveApp(database, { issuer: 'http://localhost:1' }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await database?.drop();
});

/** A page of the given width, without script (the pages need none), in a browser asking for `locale`. */
async function openPage(width: number, locale = 'et-EE'): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height: 900 },
    locale,
    javaScriptEnabled: false,
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** axe runs through the DevTools protocol, so it needs script: a second, scripted look at the same URL. */
async function violationsAt(url: string, width: number) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  const found = await axeViolations(page, 'html');
  await context.close();
  return found;
}

/** The same, after doing something on the page (sending a form). */
async function violationsAfter(url: string, width: number, act: (page: Page) => Promise<void>) {
  const context = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await act(page);
  const found = await axeViolations(page, 'html');
  await context.close();
  return found;
}

async function codeOf(number: string) {
  const [row] = await database.db
    .select({ code: certificates.verificationCode })
    .from(certificates)
    .where(eq(certificates.number, number));
  return row?.code as string;
}

describe('the verification pages', () => {
  it('the QR link’s page shows a valid certificate unmistakably, in Estonian and in English', async () => {
    const url = `${api.url}/verify/code/${await codeOf('ETEL-T3-0001')}?lang=et`;
    for (const width of [390, 1280]) {
      const page = await openPage(width);
      await page.goto(url);
      await expect(page.getByRole('heading', { level: 2, name: 'Kehtiv' }).isVisible()).resolves.toBe(true);
      const details = page.locator('dl');
      await expect(details.getByText('Jaan Ääremaa').isVisible()).resolves.toBe(true);
      await expect(details.getByText('Turvatöötaja, tase 3').isVisible()).resolves.toBe(true);
      await screenshot(page, `verify-code-et-${width}`);

      await page.getByRole('link', { name: 'In English' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Valid' }).isVisible()).resolves.toBe(true);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      await screenshot(page, `verify-code-en-${width}`);
      await page.context().close();
    }
    for (const width of [320, 1280]) {
      expect(await violationsAt(url, width)).toEqual([]);
      expect(await violationsAt(url.replace('lang=et', 'lang=en'), width)).toEqual([]);
    }
  }, 120_000);

  it('the form checks a published certificate by number, without script', async () => {
    const page = await openPage(390);
    await page.goto(`${api.url}/verify`);
    expect(await page.getAttribute('html', 'lang')).toBe('et');
    await screenshot(page, 'verify-form-et-390');
    // The keyboard's first stop is the link past the header to the forms.
    await page.keyboard.press('Tab');
    await expect(page.locator('a:focus').textContent()).resolves.toBe('Liigu sisu juurde');
    await page.getByLabel('Tunnistuse number', { exact: true }).fill('etel-j5-0002');
    await page.getByRole('button', { name: 'Kontrolli numbri järgi' }).click();
    await page.waitForURL(/\/verify\/ETEL-J5-0002\?lang=et$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Aegunud' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'verify-expired-et-390');
    await page.context().close();
  });

  it('finds a hidden certificate by number only with its holder’s name', async () => {
    await database.db
      .update(certificates)
      .set({ public: false })
      .where(eq(certificates.number, 'ETEL-T3-0001'));
    try {
      const page = await openPage(1280, 'en-GB');
      await page.goto(`${api.url}/verify?lang=en`);
      await screenshot(page, 'verify-form-en-1280');
      await page.getByLabel('Certificate number', { exact: true }).fill('ETEL-T3-0001');
      await page.getByRole('button', { name: 'Check by number' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Not found' }).isVisible()).resolves.toBe(
        true,
      );
      await expect(page.getByText('Ääremaa').count()).resolves.toBe(0);
      await screenshot(page, 'verify-not-found-en-1280');

      await page.goto(`${api.url}/verify?lang=en`);
      await page.getByLabel('Certificate number', { exact: true }).fill('ETEL-T3-0001');
      await page.getByLabel('Holder’s name (for a hidden certificate)').fill('jaan aaremaa');
      await page.getByRole('button', { name: 'Check by number' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'Valid' }).isVisible()).resolves.toBe(true);
      await expect(page.locator('dl').getByText('Jaan Ääremaa').isVisible()).resolves.toBe(true);
      await page.context().close();
    } finally {
      await database.db
        .update(certificates)
        .set({ public: true })
        .where(eq(certificates.number, 'ETEL-T3-0001'));
    }
  });

  it('says what to correct next to the field; the form, its errors and the answers have no axe violation at 320 and 1280 px', async () => {
    const page = await openPage(390);
    await page.goto(`${api.url}/verify?lang=et`);
    await page.getByLabel('Tunnistuse number', { exact: true }).fill('12345');
    await page.getByRole('button', { name: 'Kontrolli numbri järgi' }).click();
    const field = page.getByLabel('Tunnistuse number', { exact: true });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    await expect(
      page.getByRole('alert').getByText('Tunnistuse number on kujul ETEL-T3-0001.').isVisible(),
    ).resolves.toBe(true);
    await screenshot(page, 'verify-form-error-et-390');
    await page.context().close();
    const sendWrongNumber = async (scripted: Page) => {
      await scripted.getByLabel('Tunnistuse number', { exact: true }).fill('12345');
      await scripted.getByRole('button', { name: 'Kontrolli numbri järgi' }).click();
      await scripted.getByRole('alert').waitFor();
    };
    for (const width of [320, 1280])
      expect(await violationsAfter(`${api.url}/verify?lang=et`, width, sendWrongNumber)).toEqual([]);

    await database.db
      .update(certificates)
      .set({ status: 'revoked', revokedAt: database.clock.now(), revokedReason: 'Kutse andja otsus' })
      .where(eq(certificates.number, 'ETEL-TII-0004'));
    const revoked = await openPage(390);
    await revoked.goto(`${api.url}/verify/ETEL-TII-0004?lang=et`);
    await expect(
      revoked.getByRole('heading', { level: 2, name: 'Kehtetuks tunnistatud' }).isVisible(),
    ).resolves.toBe(true);
    await screenshot(revoked, 'verify-revoked-et-390');
    await revoked.context().close();

    for (const path of [
      '/verify?lang=et',
      '/verify?lang=en',
      '/verify/ETEL-TII-0004?lang=en',
      '/verify/NONE-1?lang=et',
    ])
      for (const width of [320, 1280])
        expect(await violationsAt(`${api.url}${path}`, width), path).toEqual([]);
  }, 120_000);
});
