// Issue 13's must-show flow, end to end in real Chromium, as the people themselves: Jaan Ääremaa
// (the seeded owner) signs in on ETEL's "Minu tunnistused" and hides ETEL-T3-0001 — the card on
// ETEL's "Kutsetunnistused" page then says it is not public and the register's search by his name
// no longer finds it — publishes it again (both find it again), downloads the sealed PDF (pdfsig
// says its signature is valid, and a copy with one byte changed is not), orders a duplicate and
// asks a question. ETEL's processor answers it in the console; Jaan then reads the answer in the
// question's thread, and the answer's e-mail reaches him. axe finds nothing in any state on the way.
// The steps run in order and share the stack and Jaan's browser.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { axeViolations } from './axe.ts';
import { signInToConsole, signInWith } from './signing-in.ts';
import { launchChromium, startStack } from './stack.ts';

const NUMBER = 'ETEL-T3-0001';
const JAAN = SEED_PEOPLE.securityOfficer;
const QUESTION = 'Kas tunnistuse duplikaat kehtib samamoodi nagu originaal?';
const ANSWER = 'Jah, duplikaat kehtib samamoodi ja sellel on sama number.';

let browser: Browser;
let stack: Awaited<ReturnType<typeof startStack>>;
/** Jaan's own browser: his "Minu tunnistused" tab and a second tab for the public pages. */
let jaans: BrowserContext;
let mine: Page;
let elsewhere: Page;
const problems: string[] = [];
const downloads = mkdtempSync(join(tmpdir(), 'kutse-owner-flow-'));

// Migrating and seeding a fresh database takes minutes while other stacks load the 2-core machine.
beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startStack()]);
  jaans = await browser.newContext({ locale: 'et-EE', viewport: { width: 1280, height: 900 } });
  [mine, elsewhere] = await Promise.all([jaans.newPage(), jaans.newPage()]);
  for (const page of [mine, elsewhere]) {
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => problems.push(error.message));
  }
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
  rmSync(downloads, { recursive: true, force: true });
});

const myCertificates = () => mine.locator('kutse-my-certificates');
const publicSwitch = () => myCertificates().getByRole('switch', { name: 'Avalik kutseregistris' });

/** Flips the publish switch and waits until the widget says it took effect. */
async function setPublic(to: boolean) {
  await expect.poll(() => publicSwitch().getAttribute('aria-checked')).toBe(String(!to));
  await publicSwitch().click();
  await expect.poll(() => publicSwitch().getAttribute('aria-checked')).toBe(String(to));
  await myCertificates()
    .getByText(`Tunnistus ${NUMBER} on nüüd ${to ? 'avalik' : 'peidetud'}.`)
    .waitFor({ state: 'attached' });
  expect(await axeViolations(mine, 'kutse-my-certificates')).toEqual([]);
}

/** ETEL's page of holders' certificates, as anyone (here Jaan, in the same browser) opens it. */
async function openCard(): Promise<Locator> {
  await elsewhere.goto(`${stack.demoUrl}/kutsetunnistused`);
  return elsewhere.locator('kutse-certificate-card');
}

/** Everything the card's shadow root says (a locator's textContent stops at the element itself). */
const shownBy = (card: Locator) => card.evaluate((element) => element.shadowRoot?.textContent ?? '');

/** The register's page on the API's origin, searched by Jaan's family name through its form. */
async function searchRegisterByName() {
  await elsewhere.goto(`${stack.apiUrl}/register`);
  await elsewhere.getByLabel('Omaniku nimi').fill(JAAN.familyName);
  await elsewhere.getByRole('button', { name: 'Otsi', exact: true }).click();
  await elsewhere.waitForURL((url) => url.pathname === '/register' && url.searchParams.has('q'));
  return elsewhere.getByRole('link', { name: `Kontrolli tunnistust ${NUMBER}` });
}

/** What pdfsig (Debian's poppler-utils) says of a PDF file's signature. */
function pdfsig(file: string): string {
  const run = spawnSync('pdfsig', ['-nocert', file], { encoding: 'utf8' });
  return `${run.stdout}${run.stderr}`;
}

/** A copy with one signed byte changed: a digit of the document's creation date. */
function withOneByteChanged(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf('/CreationDate (D:') + '/CreationDate (D:'.length + 3;
  copy[at] = copy[at] === 0x30 ? 0x31 : 0x30;
  return copy;
}

describe('the certificate owner’s flow (issue 13, must show)', () => {
  it('1. Jaan signs in on ETEL’s site and hides his certificate: the card says not public, the register does not find it', async () => {
    await mine.goto(`${stack.demoUrl}/minu-tunnistused`);
    const signIn = myCertificates().getByRole('button', { name: 'Logi sisse' });
    await signIn.waitFor();
    expect(await axeViolations(mine, 'kutse-my-certificates')).toEqual([]);
    await signInWith(mine, signIn, { personalCode: JAAN.personalCode });
    await myCertificates().getByText(NUMBER, { exact: true }).waitFor();
    expect(await axeViolations(mine, 'kutse-my-certificates')).toEqual([]);

    await setPublic(false);

    const card = await openCard();
    await card.getByRole('heading', { name: 'Tunnistus ei ole avalik' }).waitFor();
    // Not public and nothing of it: neither his name nor the number.
    const said = await shownBy(card);
    expect(said).toContain('Tunnistus ei ole avalik');
    expect(said).not.toMatch(/Ääremaa|ETEL-T3-0001/);
    expect(await axeViolations(elsewhere, 'kutse-certificate-card')).toEqual([]);

    const found = await searchRegisterByName();
    await elsewhere.getByText('Ühtegi avalikku tunnistust ei leitud.').waitFor();
    expect(await found.count()).toBe(0);
    expect(await axeViolations(elsewhere, 'body')).toEqual([]);
  }, 60_000);

  it('2. he publishes it again: the card shows it, the register finds it', async () => {
    await setPublic(true);

    const card = await openCard();
    await card.getByText(`${JAAN.givenName} ${JAAN.familyName}`).waitFor();
    expect(await card.locator('[part="status"]').textContent()).toMatch(/Staatus:\s*Kehtiv/);
    expect(await shownBy(card)).toContain(NUMBER);
    expect(await axeViolations(elsewhere, 'kutse-certificate-card')).toEqual([]);

    const found = await searchRegisterByName();
    await found.waitFor();
    await elsewhere.getByText('Leitud 1 tunnistus.').waitFor();
    expect(await axeViolations(elsewhere, 'body')).toEqual([]);
  }, 60_000);

  it('3. he downloads the sealed PDF, which pdfsig reports valid (and a copy with one byte changed not)', async () => {
    const downloading = mine.waitForEvent('download');
    await myCertificates().getByRole('button', { name: 'Laadi alla digitempliga PDF' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`${NUMBER}.pdf`);
    const file = join(downloads, download.suggestedFilename());
    await download.saveAs(file);
    await myCertificates()
      .getByText(`Digitempliga PDF ${NUMBER} on alla laaditud.`)
      .waitFor({ state: 'attached' });
    expect(await axeViolations(mine, 'kutse-my-certificates')).toEqual([]);

    const report = pdfsig(file);
    expect(report).toContain('Signature is Valid.');
    expect(report).toContain('Total document signed');

    const tampered = join(downloads, 'tampered.pdf');
    writeFileSync(tampered, withOneByteChanged(readFileSync(file)));
    const tamperedReport = pdfsig(tampered);
    expect(tamperedReport).not.toContain('Signature is Valid.');
    expect(tamperedReport).toContain('Digest Mismatch.');
  }, 60_000);

  it('4. he orders a duplicate by post, is shown the amount and a reference, and asks a question', async () => {
    await myCertificates().getByRole('button', { name: 'Telli duplikaat' }).click();
    const dialog = myCertificates().getByRole('dialog');
    await dialog.getByRole('radio', { name: /Saatmine postiga/ }).check();
    expect(await axeViolations(mine, 'kutse-my-certificates')).toEqual([]);
    await dialog.getByRole('button', { name: 'Telli', exact: true }).click();
    await dialog.getByText('Tellimus on esitatud. Tasuge see pangaülekandega:').waitFor();
    const paying = ((await dialog.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(paying).toMatch(/Summa\s*6,20\s€/);
    expect(paying).toMatch(/Viitenumber\s*\d[\d ]+\d/);
    expect(paying).toMatch(/EE\d{18}/);
    expect(await axeViolations(mine, 'kutse-my-certificates')).toEqual([]);
    await dialog.getByRole('button', { name: 'Sulge' }).click();
    await dialog.waitFor({ state: 'detached' });

    await myCertificates().getByRole('button', { name: 'Küsi küsimust' }).click();
    await dialog.getByLabel('Teie küsimus').fill(QUESTION);
    expect(await axeViolations(mine, 'kutse-my-certificates')).toEqual([]);
    await dialog.getByRole('button', { name: 'Saada küsimus' }).click();
    await dialog.getByText('Küsimus on saadetud.').waitFor();
    await dialog.getByRole('button', { name: 'Sulge' }).click();
    await myCertificates().getByText(QUESTION).waitFor();
    expect(await axeViolations(mine, 'kutse-my-certificates')).toEqual([]);
  }, 60_000);

  it('5. ETEL’s processor signs in to the console, opens Requests and answers Jaan’s question', async () => {
    const staff = await browser.newContext({ locale: 'et-EE', viewport: { width: 1280, height: 900 } });
    const page = await staff.newPage();
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => problems.push(error.message));
    await signInToConsole(page, stack, SEED_PEOPLE.etelProcessor.personalCode);

    await page
      .getByRole('navigation', { name: 'Konsooli vaated' })
      .getByRole('link', { name: 'Päringud' })
      .click();
    const question = page.getByRole('link', { name: `Küsimus: ${NUMBER}` });
    await question.waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);

    await question.click();
    await page.getByRole('heading', { level: 1, name: `Küsimus: ${NUMBER}` }).waitFor();
    await page.getByText(QUESTION).waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);

    await page.getByLabel('Vastus omanikule').fill(ANSWER);
    await page.getByRole('button', { name: 'Saada vastus' }).click();
    await page.locator('kutse-console-request ol.thread').getByText(ANSWER).waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await staff.close();
  }, 60_000);

  it('6. Jaan, back on his page, reads the answer in the question’s thread; its e-mail reached him', async () => {
    await mine.reload();
    await myCertificates().getByText(NUMBER, { exact: true }).waitFor();
    const request = myCertificates().locator('li.request').filter({ hasText: QUESTION });
    await request.getByText('Vestlus (1)').click();
    await request.locator('ol.thread').getByText(ANSWER).waitFor();
    // The register's notice about it, in the certificate's list of notices.
    await myCertificates()
      .getByText(new RegExp(`vastas teie pöördumisele kutsetunnistuse ${NUMBER} kohta`))
      .waitFor();
    expect(await axeViolations(mine, 'kutse-my-certificates')).toEqual([]);

    // The e-mail goes through the job queue to the stack's SMTP server.
    await expect
      .poll(
        () =>
          stack
            .mail()
            .filter(
              (m) =>
                m.to.includes('jaan@example.ee') &&
                m.subject === `Vastus teie pöördumisele: kutsetunnistus ${NUMBER}`,
            ).length,
        { timeout: 30_000 },
      )
      .toBe(1);
    expect(problems).toEqual([]);
  }, 60_000);
});
