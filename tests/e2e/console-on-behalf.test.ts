// Issue 12 item 4 in real Chromium on ETEL's data: ETEL's processor, Andres Kivi, signs in to the
// console through the identity provider and applies for Turvajuht 5 on behalf of someone the
// registry does not have yet — found by personal code, added with their name — filling in the same
// form applicants use, documents uploaded, and submits; the application is then in ETEL's list.
// The person signs in on ETEL's own site afterwards, and their status tracker says who submitted
// it. axe finds nothing on the way; the console's part is run again with the keyboard only.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import {
  chooseCertificate,
  chooseFirstOpenSession,
  confirmPrerequisites,
  form,
  monthsBefore,
  pdfFile,
  pngFile,
  sessionOf,
  type Upload,
  uploadDocument,
} from './application-form.ts';
import { axeViolations } from './axe.ts';
import { arrowTo, focusedMatches, tabTo, typeInto } from './keys.ts';
import { signInToConsole, signInWith } from './signing-in.ts';
import { launchChromium, startStack } from './stack.ts';

type Stack = Awaited<ReturnType<typeof startStack>>;
const processor = SEED_PEOPLE.etelProcessor;
/** Not in the registry until the processor adds them. */
const LIIS = { personalCode: '49001010023', givenName: 'Liis', familyName: 'Lepp' };
const JUHAN = { personalCode: '38506154212', givenName: 'Juhan', familyName: 'Sepp' };

let browser: Browser;
let stack: Stack;
beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

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

/** Next, once axe has found nothing on the step: the form is in the console's shadow root, so axe starts there. */
async function next(page: Page, step: string) {
  await expectConsoleAccessible(page, `the form's step “${step}”`);
  await form(page).locator('[data-action="next"]').click();
}

/** Every document Turvajuht 5 asks for, the extract made a month before the exam. */
const documentsFor = (examStartsAt: string): Upload[] => [
  { type: 'application-form', file: pdfFile('avaldus.pdf') },
  { type: 'education', file: pdfFile('lõputunnistus.pdf') },
  { type: 'identity', variant: 'passport', file: pngFile('pass.png') },
  { type: 'manager-training', file: pdfFile('turvajuhi-õpe.pdf') },
  { type: 'criminal-record', issuedOn: monthsBefore(examStartsAt, 1), file: pdfFile('tõend.pdf') },
];

describe('applying on a person’s behalf in the console', () => {
  it('the processor adds the person, fills in and submits for them; the person’s tracker says who did', async () => {
    const staff = await newPage();
    const page = staff.page;
    await signInToConsole(page, stack, processor.personalCode);
    await page.getByRole('table').waitFor();

    await page.getByRole('link', { name: 'Esita taotlus isiku eest' }).click();
    await page.waitForURL(/\/console\/bodies\/etel\/on-behalf/);
    await page.getByRole('heading', { level: 1, name: 'Esita taotlus isiku eest' }).waitFor();
    await expectConsoleAccessible(page, 'the on-behalf view');

    // A mistyped code is said beside the field; then the right one, which the registry lacks.
    const code = consoleView(page).getByLabel('Isikukood');
    await code.fill('49001010024');
    await page.getByRole('button', { name: 'Otsi' }).click();
    await consoleView(page).getByText('Isikukoodi kontrollnumber ei klapi').waitFor();
    await code.fill(LIIS.personalCode);
    await page.getByRole('button', { name: 'Otsi' }).click();
    await consoleView(page).getByText('Selle isikukoodiga isikut kutseregistris veel pole').waitFor();
    await consoleView(page).getByText('01.01.1990').waitFor();
    await consoleView(page).getByLabel('Eesnimi').fill(LIIS.givenName);
    await consoleView(page).getByLabel('Perekonnanimi').fill(LIIS.familyName);
    await consoleView(page).getByLabel('E-post').fill('liis.lepp@example.ee');
    await expectConsoleAccessible(page, 'adding a person');
    await page.getByRole('button', { name: 'Lisa isik' }).click();
    await consoleView(page).getByText('Lisatud kutseregistrisse', { exact: true }).waitFor();

    await consoleView(page).getByLabel('Kutse', { exact: true }).selectOption('turvajuht-5');
    await page.getByRole('button', { name: 'Ava taotlusvorm' }).click();
    await form(page).locator('input[name="kind"]').first().waitFor();

    // The applicant's own form, with the person's contact details where applicants sign in.
    await form(page).locator('input[name="kind"][value="first"]').check();
    await next(page, 'kind');
    await confirmPrerequisites(page);
    await next(page, 'prerequisites');
    await form(page)
      .getByRole('heading', { name: /Isik ja kontaktandmed/ })
      .waitFor();
    await form(page).getByText('Liis Lepp').waitFor();
    expect(await form(page).locator('[data-action="sign-in"]').count()).toBe(0);
    await next(page, 'the person');
    const radio = await chooseFirstOpenSession(page);
    const session = await sessionOf(
      stack.apiUrl,
      'turvajuht-5',
      (await radio.getAttribute('value')) as string,
    );
    await next(page, 'exam');
    for (const upload of documentsFor(session.startsAt)) await uploadDocument(page, upload);
    await next(page, 'documents');
    await uploadDocument(page, { type: 'payment-order', file: pdfFile('maksekorraldus.pdf') });
    await next(page, 'payment');
    await chooseCertificate(page, 'none');
    await next(page, 'certificate');
    await expectConsoleAccessible(page, 'the review');
    await form(page).locator('[data-action="submit"]').click();
    await consoleView(page).getByRole('heading', { name: 'Taotlus on esitatud' }).waitFor();
    await consoleView(page).getByText('Taotlus on esitatud isiku Liis Lepp eest').waitFor();
    await expectConsoleAccessible(page, 'the confirmation');

    // Its page in the console, and a row in ETEL's list.
    await page.getByRole('link', { name: 'Ava taotlus konsoolis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Liis Lepp' }).waitFor();
    await consoleView(page).getByText('Esitas Andres Kivi').waitFor();
    await page
      .getByRole('navigation', { name: 'Konsooli vaated' })
      .getByRole('link', { name: 'Taotlused' })
      .click();
    await page.getByRole('table').getByRole('link', { name: 'Liis Lepp' }).waitFor();

    // Liis signs in on ETEL's site: her tracker says who submitted it for her.
    const person = await newPage();
    await person.page.goto(`${stack.demoUrl}/minu-taotlused`);
    const tracker = person.page.locator('kutse-status-tracker');
    await signInWith(person.page, tracker.getByRole('button', { name: 'Logi sisse' }), LIIS);
    await tracker.getByText('Turvajuht, tase 5').first().waitFor();
    await tracker
      .getByText(/Taotluse esitas teie eest Andres Kivi/)
      .first()
      .waitFor();
    expect(await axeViolations(person.page, 'kutse-status-tracker')).toEqual([]);
    expect([...staff.errors, ...person.errors]).toEqual([]);
  }, 180_000);

  it('the console’s part with the keyboard only', async () => {
    const staff = await newPage();
    const page = staff.page;
    const press = async (selector: string, text?: string) => {
      await tabTo(page, selector, text);
      await page.keyboard.press('Enter');
    };
    const pressNext = async () => {
      await press('[data-action="next"]');
      await expect.poll(() => focusedMatches(page, '#step-title'), { timeout: 10_000 }).toBe(true);
    };

    await page.goto(`${stack.apiUrl}/console`);
    await press('a', 'Logi sisse');
    await page.waitForURL((url) => url.origin === stack.idpUrl);
    await tabTo(page, 'input[name="person"]');
    await arrowTo(page, `input[name="person"][value="${processor.personalCode}"]`);
    await tabTo(page, 'input[name="method"]');
    await arrowTo(page, 'input[name="method"][value="smartid"]');
    await press('#continue');
    await page.getByRole('table').waitFor();

    await press('a', 'Esita taotlus isiku eest');
    await page.getByRole('heading', { level: 1, name: 'Esita taotlus isiku eest' }).waitFor();
    await typeInto(page, '#personal-code', JUHAN.personalCode);
    await page.keyboard.press('Enter');
    await consoleView(page).locator('#given-name').waitFor();
    // The focus is on the first field asked for.
    expect(await focusedMatches(page, '#given-name')).toBe(true);
    await page.keyboard.type(JUHAN.givenName);
    await typeInto(page, '#family-name', JUHAN.familyName);
    await typeInto(page, '#email', 'juhan.sepp@example.ee');
    await press('[data-action="find"]');
    await consoleView(page).getByText('Lisatud kutseregistrisse', { exact: true }).waitFor();
    expect(await focusedMatches(page, '#qualification')).toBe(true);
    const qualification = consoleView(page).locator('#qualification');
    for (let i = 0; i < 10 && (await qualification.inputValue()) !== 'turvajuht-5'; i++)
      await page.keyboard.press('ArrowDown');
    await press('button', 'Ava taotlusvorm');
    await form(page).locator('input[name="kind"]').first().waitFor();

    await tabTo(page, 'input[name="kind"]');
    await page.keyboard.press('Space');
    await arrowTo(page, 'input[name="kind"][value="first"]');
    await pressNext();
    while (await form(page).locator('input[name="prerequisite"]:not(:checked)').count()) {
      await tabTo(page, 'input[name="prerequisite"]:not(:checked)');
      await page.keyboard.press('Space');
    }
    await pressNext();
    await form(page).getByText('Juhan Sepp').waitFor();
    await pressNext();
    await tabTo(page, 'input[name="examSession"]:not([disabled])');
    await page.keyboard.press('Space');
    const sessionId = await form(page).locator('input[name="examSession"]:checked').getAttribute('value');
    const session = await sessionOf(stack.apiUrl, 'turvajuht-5', sessionId as string);
    await pressNext();
    for (const upload of documentsFor(session.startsAt)) await uploadByKeyboard(page, upload);
    await pressNext();
    await uploadByKeyboard(page, { type: 'payment-order', file: pdfFile('maksekorraldus.pdf') });
    await pressNext();
    await tabTo(page, 'input[name="delivery"]');
    await page.keyboard.press('Space');
    await arrowTo(page, 'input[name="delivery"][value="none"]');
    await pressNext();
    await press('[data-action="submit"]');
    await consoleView(page).getByRole('heading', { name: 'Taotlus on esitatud' }).waitFor();
    // The confirmation takes the focus, and its link opens the application's page.
    expect(await focusedMatches(page, '#submitted-title')).toBe(true);
    await press('a', 'Ava taotlus konsoolis');
    await page.getByRole('heading', { level: 1, name: 'Juhan Sepp' }).waitFor();
    expect(staff.errors).toEqual([]);
  }, 180_000);
});

/** Space on the file input opens the chooser (tried again if the focus moved meanwhile, as keyboard.test.ts does). */
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
  if (upload.issuedOn) {
    // Headless Chromium's date input takes month, day, year in turn, whatever the page's locale.
    const [year, month, day] = upload.issuedOn.split('-');
    await typeInto(page, `${block} input[name="issuedOn"]`, `${month}${day}${year}`);
  }
  for (let attempt = 1; ; attempt++) {
    await tabTo(page, `${block} input[type="file"]`);
    const chooser = page.waitForEvent('filechooser', { timeout: 3_000 });
    await page.keyboard.press('Space');
    try {
      await (await chooser).setFiles(upload.file);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
    }
  }
  await form(page).locator(`${block} .file-name`, { hasText: upload.file.name }).waitFor();
}
