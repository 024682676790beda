// An application returned for completion, completed in the application form, in real Chromium on
// ETEL's data (issue 12's must-show, the applicant's part): Mari applies for Turvajuht, tase 5;
// ETEL's processor, signed in to the console in a browser context of their own, returns it through
// the console's own API (session cookie and CSRF token, as the console's action dialog sends it);
// Mari gets the e-mail, opens ETEL's apply page, finds the form resumed with the reason, uploads a
// new extract and submits again; her status tracker then says "Uuesti esitatud".
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import {
  applyForTurvajuht5,
  expectAccessible,
  form,
  formText,
  next,
  pdfFile,
  uploadDocument,
} from './application-form.ts';
import { axeViolations } from './axe.ts';
import { signInToConsole } from './signing-in.ts';
import { launchChromium, startStack } from './stack.ts';

type Stack = Awaited<ReturnType<typeof startStack>>;
const mari = SEED_PEOPLE.applicant;
const processor = SEED_PEOPLE.etelProcessor;
const reason = 'Karistusregistri tõend on loetamatu.\nPalun lisage uus, loetav tõend.';

let browser: Browser;
let stack: Stack;
beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A page in a context of its own (its own cookies), whose waits fail well before the test's timeout. */
async function newPage() {
  const context = await browser.newContext({ locale: 'et-EE' });
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

/** ETEL's processor signs in to the console; the page then holds the console's CSRF token. */
async function processorInConsole() {
  const { page } = await newPage();
  await signInToConsole(page, stack, processor.personalCode);
  expect(page.url()).toBe(`${stack.apiUrl}/console/bodies/etel/applications?lang=et`);
  return page;
}

/**
 * Returns Mari's newest submitted Turvajuht 5 application from the console's page: its list read
 * and the return action, as the console sends them (same origin, session cookie, X-CSRF-Token).
 */
function returnNewest(console: Page, personalCode: string, why: string) {
  return console.evaluate(
    async ({ personalCode, why }) => {
      const boot = document.getElementById('kutse-console-boot')?.textContent ?? '{}';
      const { csrfToken } = JSON.parse(boot) as { csrfToken: string };
      const query = new URLSearchParams({
        state: 'submitted',
        qualification: 'turvajuht-5',
        q: personalCode,
      });
      const list = await fetch(`/staff/bodies/etel/applications?${query}`);
      const { applications } = (await list.json()) as {
        applications: { id: string; version: number; submittedAt: string }[];
      };
      const [newest] = applications.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
      if (!newest) return { status: list.status, state: 'none' };
      const returned = await fetch(`/staff/bodies/etel/applications/${newest.id}/return`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
        body: JSON.stringify({ version: newest.version, reason: why }),
      });
      const file = (await returned.json()) as { state?: string };
      return { status: returned.status, state: file.state };
    },
    { personalCode, why },
  );
}

describe('an application returned for completion', () => {
  // A whole application, a return and a resubmission: twice what one flow of applying.test.ts takes.
  it('is completed by Mari in the form, sent in again, and shown as “Uuesti esitatud” in her tracker', async () => {
    const { page, problems } = await newPage();
    const { issuedOn } = await applyForTurvajuht5(page, stack, mari.personalCode, 'hägune-tõend.pdf');

    const consolePage = await processorInConsole();
    expect(await returnNewest(consolePage, mari.personalCode, reason)).toEqual({
      status: 200,
      state: 'returned',
    });
    // The e-mail goes through the job queue and real SMTP, with what the body asks for.
    await expect
      .poll(() => stack.mail().find((mail) => mail.subject.includes('Taotlus vajab täiendamist')), {
        timeout: 15_000,
      })
      .toBeTruthy();
    expect(stack.mail().find((mail) => mail.subject.includes('Taotlus vajab täiendamist'))?.text).toContain(
      'Karistusregistri tõend on loetamatu.',
    );

    // Mari, still signed in on ETEL's site, opens the apply page: the form resumes the returned one.
    await page.goto(`${stack.demoUrl}/taotle?kutse=turvajuht-5`);
    const notice = form(page).locator('#returned');
    await notice.waitFor();
    // The body's words as the processor wrote them, the line break kept (as rendered: innerText).
    // biome-ignore lint/performance/useDomNodeTextContent: the line break shows only when rendered.
    const shown = await notice.innerText();
    expect(shown).toContain('Kutse andja tagastas taotluse täiendamiseks');
    expect(shown).toContain(reason);
    // Said to a screen reader as well.
    await expect.poll(() => formText(page)).toContain('täiendamiseks. Karistusregistri tõend on loetamatu.');
    // On the documents, where the extract is, with the one she sent.
    await form(page)
      .locator('[data-document="criminal-record"] .file-name', { hasText: 'hägune-tõend.pdf' })
      .waitFor();
    await expectAccessible(page, 'returned, documents');

    await uploadDocument(page, { type: 'criminal-record', issuedOn, file: pdfFile('uus-tõend.pdf') });
    await next(page, 'documents');
    await next(page, 'payment');
    await next(page, 'certificate');
    const again = form(page).locator('[data-action="submit"]');
    expect((await again.textContent())?.trim()).toBe('Esita uuesti');
    await expectAccessible(page, 'returned, review');
    await again.click();
    await form(page).getByText('Taotlus on uuesti esitatud').waitFor();
    await expectAccessible(page, 'submitted again');

    await page.goto(`${stack.demoUrl}/minu-taotlused`);
    const tracker = page.locator('kutse-status-tracker');
    await expect
      .poll(() => tracker.getByText('Uuesti esitatud').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    expect(await axeViolations(page, 'kutse-status-tracker')).toEqual([]);
    expect(problems).toEqual([]);
  }, 60_000);
});
