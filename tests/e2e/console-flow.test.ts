// Issue 12's whole flow in real Chromium on ETEL's data, each person doing their part where they
// do it: Mari applies on ETEL's site; ETEL's processor signs in to the console through the identity
// provider, filters to submitted Turvajuht 5 applications, opens hers, previews her criminal-record
// extract and returns the application for completion; Mari sees why in her status tracker and by
// e-mail, uploads a new extract and submits again; the processor marks the fee received and admits
// her to the exam session; her tracker then shows her admitted, with the session. axe finds nothing
// on any console page. The console's part is run again with the keyboard only.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { formatDateTime } from '../../widget/src/shared/format.ts';
import { applyForTurvajuht5, form, next, pdfFile, uploadDocument } from './application-form.ts';
import { axeViolations } from './axe.ts';
import { arrowTo, tabTo } from './keys.ts';
import { signInToConsole } from './signing-in.ts';
import { launchChromium, startStack } from './stack.ts';

type Stack = Awaited<ReturnType<typeof startStack>>;
const mari = SEED_PEOPLE.applicant;
const processor = SEED_PEOPLE.etelProcessor;
const REASON = 'Karistusregistri tõend on loetamatu. Palun lisage uus, loetav tõend.';

let browser: Browser;
let stack: Stack;
beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A page in a browser context of its own (its own cookies), collecting script errors. */
async function newPage() {
  const context = await browser.newContext({ locale: 'et-EE' });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, errors };
}

const consoleView = (page: Page) => page.locator('kutse-console');
async function expectConsoleAccessible(page: Page, where: string) {
  expect(await axeViolations(page, 'kutse-console'), `axe on ${where}`).toEqual([]);
}

/** The newest e-mail to Mari whose subject starts so, once the queue has sent it. */
async function mailTo(subjectStart: string) {
  await expect
    .poll(() => stack.mail().filter((m) => m.subject.startsWith(subjectStart)).length, { timeout: 20_000 })
    .toBeGreaterThan(0);
  return stack.mail().findLast((m) => m.subject.startsWith(subjectStart));
}

/** Mari's status tracker on ETEL's site (she is signed in there already). */
async function tracker(page: Page) {
  await page.goto(`${stack.demoUrl}/minu-taotlused`);
  const element = page.locator('kutse-status-tracker');
  await element.getByText('Turvajuht, tase 5').first().waitFor();
  return element;
}

/** Mari completes the returned application in the form: a new extract, then submits again. */
async function completeAsMari(page: Page, issuedOn: string) {
  await page.goto(`${stack.demoUrl}/taotle?kutse=turvajuht-5`);
  await form(page).locator('#returned').waitFor();
  await uploadDocument(page, { type: 'criminal-record', issuedOn, file: pdfFile('uus-tõend.pdf') });
  await next(page, 'documents');
  await next(page, 'payment');
  await next(page, 'certificate');
  await form(page).locator('[data-action="submit"]').click();
  await form(page).getByText('Taotlus on uuesti esitatud').waitFor();
}

/** What Mari's tracker shows of her newest application once it is admitted: state and session. */
async function expectAdmitted(page: Page, session: { startsAt: string; place: string }) {
  const shown = await tracker(page);
  await expect.poll(() => shown.getByText('Vastu võetud').count(), { timeout: 10_000 }).toBeGreaterThan(0);
  await shown
    .getByText(`${formatDateTime(session.startsAt, 'et')}, ${session.place}`)
    .first()
    .waitFor();
  expect(await axeViolations(page, 'kutse-status-tracker')).toEqual([]);
}

describe('an application from submitted to admitted, with the console', () => {
  it('is returned, completed, and admitted — with the mouse', async () => {
    const applicant = await newPage();
    const { issuedOn, session } = await applyForTurvajuht5(
      applicant.page,
      stack,
      mari.personalCode,
      'hägune-tõend.pdf',
    );

    // The processor signs in through the identity provider and lands on ETEL's list.
    const staff = await newPage();
    const page = staff.page;
    await signInToConsole(page, stack, processor.personalCode);
    const table = page.getByRole('table');
    await table.waitFor();
    await expectConsoleAccessible(page, 'the list');

    // Submitted Turvajuht 5 applications.
    await page.getByLabel('Kutse', { exact: true }).selectOption('turvajuht-5');
    await page.getByRole('button', { name: 'Rakenda filtrid' }).click();
    await page.waitForURL(/qualification=turvajuht-5/);
    await page
      .getByRole('navigation', { name: 'Olek' })
      .getByRole('link', { name: /^Esitatud/ })
      .click();
    await page.waitForURL(/state=submitted/);
    await expect.poll(() => table.getByRole('cell', { name: 'Eksamile lubatud' }).count()).toBe(0);
    await expectConsoleAccessible(page, 'the filtered list');

    // Hers is the newest: the list shows the newest first.
    await table.getByRole('link', { name: 'Mari Tamm' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Mari Tamm' }).waitFor();
    await consoleView(page).getByText('hägune-tõend.pdf').waitFor();
    await expectConsoleAccessible(page, 'the application');

    // The extract, previewed in the page: the PDF itself, as the API serves it inline.
    await page.getByRole('button', { name: /^Näita eelvaadet\W+Karistusregistri tõend/ }).click();
    const frame = page.locator('iframe[title^="Eelvaade: Karistusregistri tõend"]');
    await frame.waitFor();
    // What the frame shows, asked for again with the console's own cookies: the PDF itself, inline.
    const preview = await page.request.get(
      new URL((await frame.getAttribute('src')) ?? '', stack.apiUrl).href,
    );
    expect(preview.status()).toBe(200);
    expect(preview.headers()['content-type']).toBe('application/pdf');
    expect(preview.headers()['content-disposition']).toMatch(/^inline/);
    expect((await preview.body()).toString()).toContain('hägune-tõend.pdf');
    await expectConsoleAccessible(page, 'the preview');

    await returnForCompletion(page, REASON, (button) => button.click());

    // Mari sees why, in her tracker and by e-mail.
    const shown = await tracker(applicant.page);
    await shown.getByText(REASON).first().waitFor();
    expect((await mailTo('Taotlus vajab täiendamist'))?.text).toContain(REASON);

    await completeAsMari(applicant.page, issuedOn);

    // The processor sees it sent in again, marks the fee received and admits her to her session.
    await page.reload();
    await consoleView(page).locator('.title .badge', { hasText: 'Uuesti esitatud' }).waitFor();
    await act(page, 'Märgi tasu laekunuks', (button) => button.click());
    await consoleView(page).getByText('Tasu on laekunud.').waitFor();
    await act(page, 'Luba eksamile', (button) => button.click());
    await consoleView(page).locator('.title .badge', { hasText: 'Eksamile lubatud' }).waitFor();
    await expectConsoleAccessible(page, 'the admitted application');
    const place = await placeOf(session.id);
    expect((await mailTo('Olete lubatud eksamile'))?.text).toContain(place);

    await expectAdmitted(applicant.page, { startsAt: session.startsAt, place });
    expect([...applicant.errors, ...staff.errors]).toEqual([]);
  }, 180_000);

  it('is returned, completed, and admitted — the console with the keyboard only', async () => {
    const applicant = await newPage();
    const { issuedOn, session } = await applyForTurvajuht5(
      applicant.page,
      stack,
      mari.personalCode,
      'tõend.pdf',
    );
    const staff = await newPage();
    const page = staff.page;
    const press = async (selector: string, text?: string) => {
      await tabTo(page, selector, text);
      await page.keyboard.press('Enter');
    };

    await page.goto(`${stack.apiUrl}/console`);
    await press('a', 'Logi sisse');
    await page.waitForURL((url) => url.origin === stack.idpUrl);
    await tabTo(page, 'input[name="person"]');
    await arrowTo(page, `input[name="person"][value="${processor.personalCode}"]`);
    await tabTo(page, 'input[name="method"]');
    await arrowTo(page, 'input[name="method"][value="smartid"]');
    await press('#continue');
    const table = page.getByRole('table');
    await table.waitFor();

    // A closed select changes with the arrows, as a person without a mouse uses it.
    await tabTo(page, 'select[name="qualification"]');
    const qualification = consoleView(page).locator('select[name="qualification"]');
    for (let i = 0; i < 10 && (await qualification.inputValue()) !== 'turvajuht-5'; i++)
      await page.keyboard.press('ArrowDown');
    await press('button[type="submit"]', 'Rakenda filtrid');
    await page.waitForURL(/qualification=turvajuht-5/);
    await press('a[href*="state=submitted"]');
    await page.waitForURL(/state=submitted/);
    await expect.poll(() => table.getByRole('cell', { name: 'Eksamile lubatud' }).count()).toBe(0);
    await press('a[href*="/applications/"]', 'Mari Tamm');
    await page.getByRole('heading', { level: 1, name: 'Mari Tamm' }).waitFor();
    await consoleView(page)
      .getByText(/^tõend\.pdf/)
      .waitFor();

    await press('button[aria-controls^="preview-"]', 'Karistusregistri tõend');
    await page.locator('iframe[title^="Eelvaade: Karistusregistri tõend"]').waitFor();

    await press('button', 'Tagasta täiendamiseks');
    await page.getByRole('dialog', { name: 'Tagasta täiendamiseks' }).waitFor();
    await tabTo(page, 'textarea');
    await page.keyboard.type(REASON);
    await press('button', 'Kinnita');
    await consoleView(page).getByText('Tehtud: Tagasta täiendamiseks.').waitFor();

    await tracker(applicant.page);
    await completeAsMari(applicant.page, issuedOn);

    await page.reload();
    await consoleView(page).locator('.title .badge', { hasText: 'Uuesti esitatud' }).waitFor();
    for (const step of ['Märgi tasu laekunuks', 'Luba eksamile']) {
      await press('button', step);
      await page.getByRole('dialog', { name: step }).waitFor();
      await press('button', 'Kinnita');
      await consoleView(page).getByText(`Tehtud: ${step}.`).waitFor();
    }
    await consoleView(page).locator('.title .badge', { hasText: 'Eksamile lubatud' }).waitFor();

    await expectAdmitted(applicant.page, { startsAt: session.startsAt, place: await placeOf(session.id) });
    expect([...applicant.errors, ...staff.errors]).toEqual([]);
  }, 180_000);
});

/** The session's place as the public catalogue names it. */
async function placeOf(id: number) {
  const detail = (await (await fetch(`${stack.apiUrl}/bodies/etel/qualifications/turvajuht-5`)).json()) as {
    examSessions: { id: number; place: string }[];
  };
  return detail.examSessions.find((s) => s.id === id)?.place ?? '';
}

/** Opens an action's dialog, confirms it and waits for the page to say it was done. */
async function act(page: Page, name: string, press: (button: Locator) => Promise<void>) {
  await press(page.getByRole('button', { name, exact: true }));
  const dialog = page.getByRole('dialog', { name });
  await dialog.waitFor();
  await expectConsoleAccessible(page, `the dialog “${name}”`);
  await press(dialog.getByRole('button', { name: 'Kinnita' }));
  await consoleView(page).getByText(`Tehtud: ${name}.`).waitFor();
}

async function returnForCompletion(page: Page, reason: string, press: (button: Locator) => Promise<void>) {
  const name = 'Tagasta täiendamiseks';
  await press(page.getByRole('button', { name, exact: true }));
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByLabel('Mida on vaja täiendada').fill(reason);
  await expectConsoleAccessible(page, 'the return dialog');
  await press(dialog.getByRole('button', { name: 'Kinnita' }));
  await consoleView(page).getByText(`Tehtud: ${name}.`).waitFor();
  await consoleView(page).getByText(`Põhjus: ${reason}`).waitFor();
}
