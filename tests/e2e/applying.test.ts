// Applying on the demo body's website, in real Chromium, with ETEL's real data (seed 003): the
// issue's flows (a)–(f), with axe run on every step of the form on the way.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chooseCertificate,
  chooseFirstOpenSession,
  chooseKind,
  confirmPrerequisites,
  expectAccessible,
  fillInvoice,
  form,
  formText,
  monthsBefore,
  next,
  openForm,
  pdfFile,
  pngFile,
  sessionOf,
  signIn,
  submit,
  uploadDocument,
} from './application-form.ts';
import { axeViolations } from './axe.ts';
import { signInWith } from './signing-in.ts';
import { launchChromium, startStack } from './stack.ts';

type Stack = Awaited<ReturnType<typeof startStack>>;
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
  const page = await browser.newPage();
  // Shorter than the test's timeout, so a wait that fails says which element it waited for.
  page.setDefaultTimeout(8_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

const JAAN = '38503120221';
const KADI = '47802154211';
const ULO = '36601010121';

/** The "Minu taotlused" page's tracker. */
async function trackerText(page: Page) {
  await page.goto(`${stack.demoUrl}/minu-taotlused`);
  return page.locator('kutse-status-tracker');
}

describe('(a) a first application for Turvajuht, tase 5', () => {
  it('goes from login to “submitted” with six documents, payment proof and invoice details, and shows in the tracker', async () => {
    const { page, problems } = await newPage();
    await openForm(page, stack.demoUrl, 'turvajuht-5');
    await expectAccessible(page, 'kind');
    await chooseKind(page, 'first');

    // Prerequisites and the fee (net, VAT, gross) before signing in.
    const fees = form(page).locator('table');
    await fees.waitFor();
    expect(await fees.textContent()).toMatch(/120,00/);
    await confirmPrerequisites(page);
    await next(page, 'prerequisites');

    await signIn(page, JAAN);
    // Prefilled from the registry: name and personal code, read-only.
    expect(await formText(page)).toContain('Jaan Ääremaa');
    expect(await formText(page)).toContain(JAAN);
    await form(page).locator('input[name="phone"]').fill('+372 5123 4567');
    await next(page, 'sign-in');

    const radio = await chooseFirstOpenSession(page);
    const session = await sessionOf(
      stack.apiUrl,
      'turvajuht-5',
      (await radio.getAttribute('value')) as string,
    );
    await next(page, 'exam');

    for (const upload of [
      { type: 'application-form', file: pdfFile('avaldus.pdf') },
      { type: 'education', file: pdfFile('lõputunnistus.pdf') },
      { type: 'identity', variant: 'passport', file: pngFile('pass.png') },
      { type: 'manager-training', file: pdfFile('turvajuhi-õpe.pdf') },
      {
        type: 'criminal-record',
        issuedOn: monthsBefore(session.startsAt, 1),
        file: pdfFile('karistusregister.pdf'),
      },
    ])
      await uploadDocument(page, upload);
    await next(page, 'documents');

    // Payment: IBAN, amount, a 7-3-1 reference and the body's explanation; the order's copy; an invoice.
    const payment = await formText(page);
    expect(payment).toMatch(/EE\d{2}\s?\d{4}/);
    await uploadDocument(page, { type: 'payment-order', file: pdfFile('maksekorraldus.pdf') });
    await fillInvoice(page, {
      payerName: 'Valvekaitse OÜ',
      registryCode: '12345678',
      address: 'Pärnu mnt 1, Tallinn',
      email: 'arved@valvekaitse.example',
    });
    await next(page, 'payment');

    await chooseCertificate(page, 'post');
    await next(page, 'certificate');
    expect(await formText(page)).toContain('Valvekaitse OÜ');
    await submit(page);

    // "Minu taotlused" is the next page of the same visit: still signed in, no second login.
    const tracker = await trackerText(page);
    await tracker.getByText('Turvajuht, tase 5').first().waitFor();
    expect(await tracker.getByRole('button', { name: 'Logi sisse' }).count()).toBe(0);
    await expect.poll(() => tracker.getByText('Esitatud').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    expect(await axeViolations(page, 'kutse-status-tracker')).toEqual([]);
    expect(problems).toEqual([]);
  });
});

describe('(b) re-certification', () => {
  it('is made by the holder whose certificate expired two months ago, renewing that certificate', async () => {
    const { page, problems } = await newPage();
    await openForm(page, stack.demoUrl, 'turvajuht-5');
    await chooseKind(page, 'recertification');
    await confirmPrerequisites(page);
    await next(page, 'prerequisites');
    await signIn(page, KADI);
    await next(page, 'sign-in');

    const radio = await chooseFirstOpenSession(page);
    const session = await sessionOf(
      stack.apiUrl,
      'turvajuht-5',
      (await radio.getAttribute('value')) as string,
    );
    const renews = form(page).locator('input[name="renews"][value="ETEL-J5-0002"]');
    await renews.check();
    expect(await formText(page)).toMatch(/Taastõendada saab kuni/);
    await next(page, 'exam');

    const today = new Date().toISOString().slice(0, 10);
    for (const upload of [
      { type: 'application-form', file: pdfFile('avaldus.pdf') },
      { type: 'education', file: pdfFile('haridus.pdf') },
      { type: 'identity', variant: 'id-card', file: pdfFile('id-kaart.pdf') },
      {
        type: 'criminal-record',
        issuedOn: monthsBefore(session.startsAt, 2),
        file: pdfFile('karistusregister.pdf'),
      },
      {
        type: 'continuing-training',
        coversFrom: monthsBefore(`${today}T12:00:00Z`, 13),
        coversUntil: today,
        file: pdfFile('täiendkoolitus.pdf'),
      },
    ])
      await uploadDocument(page, upload);
    await next(page, 'documents');
    await uploadDocument(page, { type: 'payment-order', file: pdfFile('maksekorraldus.pdf') });
    await next(page, 'payment');
    await chooseCertificate(page, 'none');
    await next(page, 'certificate');
    expect(await formText(page)).toContain('ETEL-J5-0002');
    await submit(page);
    expect(problems).toEqual([]);
  });
});

describe('(c) VÕTA on an employer’s statement', () => {
  it('shows 9.00 + 2.16 VAT (24 %) = 11.16 EUR today, and is submitted by the holder of Turvatöötaja II', async () => {
    const { page, problems } = await newPage();
    await openForm(page, stack.demoUrl, 'turvatootaja-4');
    await chooseKind(page, 'rpl-employer-statement');
    const fees = (await form(page).locator('table').textContent()) ?? '';
    for (const amount of ['9,00', '24', '2,16', '11,16']) expect(fees).toContain(amount);
    await confirmPrerequisites(page);
    await next(page, 'prerequisites');
    await signIn(page, ULO);
    await next(page, 'sign-in');
    // No exam: VÕTA is assessed on the documents.
    await uploadDocument(page, { type: 'employer-statement', file: pdfFile('tööandja-õiend.pdf') });
    await next(page, 'documents');
    expect(await formText(page)).toContain('11,16');
    await uploadDocument(page, { type: 'payment-order', file: pdfFile('maksekorraldus.pdf') });
    await next(page, 'payment');
    await chooseCertificate(page, 'pickup');
    await next(page, 'certificate');
    await submit(page);
    expect(problems).toEqual([]);
  });
});

describe('(d), (e), (f): refusals keep what was typed, and a closed tab loses nothing', () => {
  it('refuses an extract dated 7 months before the exam and a file that only claims to be a PDF, keeps the rest, and finds all of it after a new login', async () => {
    const { page, problems } = await newPage();
    await openForm(page, stack.demoUrl, 'turvajuht-5');
    await chooseKind(page, 'first');
    await confirmPrerequisites(page);
    await next(page, 'prerequisites');
    await signIn(page, '37209222708');
    await form(page).locator('input[name="phone"]').fill('+372 5555 0101');
    await next(page, 'sign-in');
    const radio = await chooseFirstOpenSession(page);
    const sessionId = (await radio.getAttribute('value')) as string;
    const session = await sessionOf(stack.apiUrl, 'turvajuht-5', sessionId);
    await next(page, 'exam');

    await uploadDocument(page, { type: 'application-form', file: pdfFile('avaldus.pdf') });

    // (d) The rule's message, next to the date; nothing is uploaded.
    const extract = form(page).locator('[data-document="criminal-record"]');
    const sevenMonths = monthsBefore(session.startsAt, 7);
    await extract.locator('input[name="issuedOn"]').fill(sevenMonths);
    await extract.locator('input[name="file"]').setInputFiles(pdfFile('vana-tõend.pdf'));
    await extract.getByText(/mitte üle 6 kuu enne eksamit/).waitFor();
    expect(await extract.locator('.file-name').count()).toBe(0);
    await expectAccessible(page, 'documents with a refused date');

    // (e) Named .pdf, sent as application/pdf, but not a PDF: refused with a reason.
    const education = form(page).locator('[data-document="education"]');
    await education.locator('input[name="file"]').setInputFiles({
      name: 'diplom.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\x90\x00 this is a program, not a diploma'),
    });
    await education
      .getByText(/pole PDF|ei ole lubatud|not/)
      .first()
      .waitFor();
    expect(await education.locator('.file-name').count()).toBe(0);
    await expectAccessible(page, 'documents with a refused file');
    // Everything else is kept: the typed date, the uploaded document.
    expect(await extract.locator('input[name="issuedOn"]').inputValue()).toBe(sevenMonths);
    expect(await form(page).locator('[data-document="application-form"] .file-name').textContent()).toContain(
      'avaldus.pdf',
    );

    // (f) The tab is closed mid-way; a new tab and a new login find the draft as it was.
    await page.close();
    const again = await newPage();
    await openForm(again.page, stack.demoUrl, 'turvajuht-5');
    await chooseKind(again.page, 'first');
    await confirmPrerequisites(again.page);
    await next(again.page, 'prerequisites');
    await signInWith(again.page, form(again.page).locator('[data-action="sign-in"]'), {
      personalCode: '37209222708',
    });
    await form(again.page).getByText('Jätkate pooleli jäänud taotlust').waitFor();
    // It continues at the first step with something missing: the documents.
    await form(again.page).locator('[data-document="education"]').waitFor();
    expect(
      await form(again.page).locator('[data-document="application-form"] .file-name').textContent(),
    ).toContain('avaldus.pdf');
    await form(again.page).locator('[data-action="back"]').click();
    expect(
      await form(again.page).locator(`input[name="examSession"][value="${sessionId}"]`).isChecked(),
    ).toBe(true);
    await form(again.page).locator('[data-action="back"]').click();
    expect(await form(again.page).locator('input[name="phone"]').inputValue()).toBe('+372 5555 0101');
    expect([...problems, ...again.problems]).toEqual([]);
  });
});
