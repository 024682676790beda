// Application (a) again, with the keyboard only: Tab to move, arrows within a radio group or a
// select, Space and Enter to act, typing to fill — the popup login and the file pickers included.
// No click, no fill(), no check(): if a control cannot be reached or used this way, this fails.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { form, monthsBefore, pdfFile, pngFile, sessionOf, type Upload } from './application-form.ts';
import { arrowTo, focusedMatches, tabTo, typeInto } from './keys.ts';
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

/** Enter on "Next", then waits for the next step's heading to take the focus, as the form moves it. */
async function pressNext(page: Page) {
  await tabTo(page, '[data-action="next"]');
  await page.keyboard.press('Enter');
  // Tabbing on before that would race the form's own focus move.
  await expect.poll(() => focusedMatches(page, '#step-title'), { timeout: 10_000 }).toBe(true);
}

/** A date input in the en-US locale of the test browser: month, day, year typed in turn. */
async function typeDate(page: Page, selector: string, isoDay: string) {
  const [year, month, day] = isoDay.split('-');
  await typeInto(page, selector, `${month}${day}${year}`);
}

/**
 * Space on the file input opens the chooser. On a loaded machine the focus has been seen to move
 * between reaching the input and the key press, so a key press that opened nothing is tried again
 * from the input, as a person would press it again; the third miss fails, naming what had focus.
 */
async function openFileChooser(page: Page, selector: string) {
  for (let attempt = 1; ; attempt++) {
    await tabTo(page, selector);
    const chooser = page.waitForEvent('filechooser', { timeout: 3_000 });
    await page.keyboard.press('Space');
    try {
      return await chooser;
    } catch (error) {
      if (attempt === 3) {
        const focused = await page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.outerHTML.slice(0, 200);
        });
        throw new Error(`Space on ${selector} opened no file chooser; focus on ${focused}`, { cause: error });
      }
    }
  }
}

async function uploadByKeyboard(page: Page, upload: Upload) {
  const block = `[data-document="${upload.type}"]`;
  if (upload.variant) {
    await tabTo(page, `${block} select[name="variant"]`);
    for (let i = 0; i < 5; i++) {
      if ((await form(page).locator(`${block} select[name="variant"]`).inputValue()) === upload.variant)
        break;
      await page.keyboard.press('ArrowDown');
    }
  }
  if (upload.issuedOn) await typeDate(page, `${block} input[name="issuedOn"]`, upload.issuedOn);
  await (await openFileChooser(page, `${block} input[type="file"]`)).setFiles(upload.file);
  await form(page).locator(`${block} .file-name`, { hasText: upload.file.name }).waitFor();
}

describe('application (a) with the keyboard only', () => {
  it('reaches “submitted”', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    page.setDefaultTimeout(8_000);
    await page.goto(`${stack.demoUrl}/taotle?kutse=turvajuht-5`);
    await form(page).locator('input[name="kind"]').first().waitFor();

    await tabTo(page, 'input[name="kind"]');
    await page.keyboard.press('Space');
    await arrowTo(page, 'input[name="kind"][value="first"]');
    await pressNext(page);

    while (await form(page).locator('input[name="prerequisite"]:not(:checked)').count()) {
      await tabTo(page, 'input[name="prerequisite"]:not(:checked)');
      await page.keyboard.press('Space');
    }
    await pressNext(page);

    // The popup opens from Enter on the button, and is used with the keyboard too.
    await tabTo(page, '[data-action="sign-in"]');
    const popupOpened = page.waitForEvent('popup');
    await page.keyboard.press('Enter');
    const popup = await popupOpened;
    await popup.waitForLoadState();
    await tabTo(popup, 'input[name="person"]');
    await arrowTo(popup, 'input[name="person"][value="38503120221"]');
    await tabTo(popup, 'input[name="method"]');
    await arrowTo(popup, 'input[name="method"][value="smartid"]');
    const closed = popup.waitForEvent('close');
    await tabTo(popup, '#continue');
    await popup.keyboard.press('Enter');
    await closed;

    await form(page).locator('input[name="phone"]').waitFor();
    await typeInto(page, 'input[name="phone"]', '+372 5123 4567');
    await pressNext(page);

    await tabTo(page, 'input[name="examSession"]:not([disabled])');
    await page.keyboard.press('Space');
    const sessionId = await form(page).locator('input[name="examSession"]:checked').getAttribute('value');
    const session = await sessionOf(stack.apiUrl, 'turvajuht-5', sessionId as string);
    await pressNext(page);

    for (const upload of [
      { type: 'application-form', file: pdfFile('avaldus.pdf') },
      { type: 'education', file: pdfFile('diplom.pdf') },
      { type: 'identity', variant: 'id-card', file: pngFile('id-kaart.png') },
      { type: 'manager-training', file: pdfFile('turvajuhi-õpe.pdf') },
      { type: 'criminal-record', issuedOn: monthsBefore(session.startsAt, 1), file: pdfFile('tõend.pdf') },
    ])
      await uploadByKeyboard(page, upload);
    await pressNext(page);

    await uploadByKeyboard(page, { type: 'payment-order', file: pdfFile('maksekorraldus.pdf') });
    await tabTo(page, 'input[name="wantsInvoice"]');
    await page.keyboard.press('Space');
    await typeInto(page, 'input[name="payerName"]', 'Valvekaitse OÜ');
    await typeInto(page, 'input[name="registryCode"]', '12345678');
    await typeInto(page, 'input[name="address"]', 'Pärnu mnt 1, Tallinn');
    await typeInto(page, 'input[name="invoiceEmail"]', 'arved@valvekaitse.example');
    await pressNext(page);

    await tabTo(page, 'input[name="delivery"]');
    await page.keyboard.press('Space');
    await arrowTo(page, 'input[name="delivery"][value="post"]');
    await tabTo(page, 'input[name="publicConsent"]');
    await page.keyboard.press('Space');
    await pressNext(page);

    await tabTo(page, '[data-action="submit"]');
    await page.keyboard.press('Enter');
    await form(page).getByText('Taotlus on esitatud').waitFor();
    // The confirmation takes the focus, so a screen reader reads it out.
    expect(await focusedMatches(page, '#confirmation-title')).toBe(true);
    await context.close();
  });
});
