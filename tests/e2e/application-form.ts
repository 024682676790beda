// Drives <kutse-application-form> on the demo body's page as a person would, with the mouse (the
// keyboard-only run has its own driver): the shared steps of the end-to-end application tests.
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations } from './axe.ts';
import { signInWith } from './signing-in.ts';

export const FORM = 'kutse-application-form';

/** A document to upload: its type's slug and, where its rules ask, the facts typed beside it. */
export type Upload = {
  type: string;
  file: { name: string; mimeType: string; buffer: Buffer };
  variant?: string;
  issuedOn?: string;
  coversFrom?: string;
  coversUntil?: string;
};

export const pdfFile = (name: string, text = name) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(`%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n% ${text}\n%%EOF\n`),
});
export const pngFile = (name: string) => ({
  name,
  mimeType: 'image/png',
  buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
});

export const form = (page: Page) => page.locator(FORM);

/** All the text the form shows (it lives in the element's shadow root). */
export const formText = (page: Page) =>
  form(page).evaluate((element) => (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' '));

/** The heading of the step on screen (each step's heading takes focus when it appears). */
export const stepHeading = (page: Page) => form(page).locator('section h2, section h3').first();

/** Fails with axe's findings if the form, as it is now, has any. */
export async function expectAccessible(page: Page, step: string) {
  expect(await axeViolations(page, FORM), `axe on the step “${step}”`).toEqual([]);
}

export async function next(page: Page, step: string) {
  await expectAccessible(page, step);
  await form(page).locator('[data-action="next"]').click();
}

export async function openForm(page: Page, demoUrl: string, qualification: string, path = '/taotle') {
  await page.goto(`${demoUrl}${path}?kutse=${qualification}`);
  await form(page).locator('input[name="kind"]').first().waitFor();
}

export async function chooseKind(page: Page, kind: string) {
  await form(page).locator(`input[name="kind"][value="${kind}"]`).check();
  await next(page, 'kind');
}

export async function confirmPrerequisites(page: Page) {
  const boxes = form(page).locator('input[name="prerequisite"]');
  await boxes.first().waitFor();
  for (const box of await boxes.all()) await box.check();
}

export async function signIn(page: Page, personalCode: string) {
  await expectAccessible(page, 'sign-in');
  await signInWith(page, form(page).locator('[data-action="sign-in"]'), { personalCode });
  await form(page).locator('input[name="email"]').waitFor();
}

/** The first exam session that still takes registrations, by its radio. */
export async function chooseFirstOpenSession(page: Page): Promise<Locator> {
  const radio = form(page).locator('input[name="examSession"]:not([disabled])').first();
  await radio.check();
  return radio;
}

export async function uploadDocument(page: Page, upload: Upload) {
  const block = form(page).locator(`[data-document="${upload.type}"]`);
  if (upload.variant) await block.locator('select[name="variant"]').selectOption(upload.variant);
  for (const fact of ['issuedOn', 'coversFrom', 'coversUntil'] as const) {
    const value = upload[fact];
    if (value) await block.locator(`input[name="${fact}"]`).fill(value);
  }
  await block.locator('input[name="file"]').setInputFiles(upload.file);
  await block.locator('.file-name', { hasText: upload.file.name }).waitFor();
}

export async function fillInvoice(
  page: Page,
  invoice: { payerName: string; registryCode: string; address: string; email: string },
) {
  await form(page).locator('input[name="wantsInvoice"]').check();
  await form(page).locator('input[name="payerName"]').fill(invoice.payerName);
  await form(page).locator('input[name="registryCode"]').fill(invoice.registryCode);
  await form(page).locator('input[name="address"]').fill(invoice.address);
  await form(page).locator('input[name="invoiceEmail"]').fill(invoice.email);
}

export async function chooseCertificate(page: Page, delivery: string) {
  await form(page).locator(`input[name="delivery"][value="${delivery}"]`).check();
  await form(page).locator('input[name="publicConsent"]').check();
}

/** Submits from the review page and waits for the confirmation. */
export async function submit(page: Page) {
  await expectAccessible(page, 'review');
  await form(page).locator('[data-action="submit"]').click();
  await form(page).getByText('Taotlus on esitatud').waitFor();
  await expectAccessible(page, 'submitted');
}

/** The day `months` before an instant, as a date input takes it. */
export function monthsBefore(instant: string, months: number) {
  const day = new Date(instant);
  day.setUTCMonth(day.getUTCMonth() - months);
  return day.toISOString().slice(0, 10);
}

/** The exam session behind a radio, as the public catalogue lists it. */
export async function sessionOf(apiUrl: string, qualification: string, id: string) {
  const page = (await (await fetch(`${apiUrl}/bodies/etel/qualifications/${qualification}`)).json()) as {
    examSessions: { id: number; startsAt: string }[];
  };
  const session = page.examSessions.find((s) => String(s.id) === id);
  if (!session) throw new Error(`no session ${id}`);
  return session;
}

/**
 * Applies for Turvajuht, tase 5 (first application) as `personalCode` on the demo site, with every
 * document, the payment order and no paper certificate; the criminal-record extract is named
 * `extractName`. Resolves once the form confirms, with the extract's day and the chosen session.
 */
export async function applyForTurvajuht5(
  page: Page,
  { demoUrl, apiUrl }: { demoUrl: string; apiUrl: string },
  personalCode: string,
  extractName = 'karistusregistri-tõend.pdf',
) {
  await openForm(page, demoUrl, 'turvajuht-5');
  await chooseKind(page, 'first');
  await confirmPrerequisites(page);
  await next(page, 'prerequisites');
  await signIn(page, personalCode);
  await next(page, 'sign-in');
  const radio = await chooseFirstOpenSession(page);
  const session = await sessionOf(apiUrl, 'turvajuht-5', (await radio.getAttribute('value')) as string);
  await next(page, 'exam');
  const issuedOn = monthsBefore(session.startsAt, 1);
  for (const upload of [
    { type: 'application-form', file: pdfFile('avaldus.pdf') },
    { type: 'education', file: pdfFile('lõputunnistus.pdf') },
    { type: 'identity', variant: 'passport', file: pngFile('pass.png') },
    { type: 'manager-training', file: pdfFile('turvajuhi-õpe.pdf') },
    { type: 'criminal-record', issuedOn, file: pdfFile(extractName) },
  ])
    await uploadDocument(page, upload);
  await next(page, 'documents');
  await uploadDocument(page, { type: 'payment-order', file: pdfFile('maksekorraldus.pdf') });
  await next(page, 'payment');
  await chooseCertificate(page, 'none');
  await next(page, 'certificate');
  await submit(page);
  return { issuedOn, session };
}
