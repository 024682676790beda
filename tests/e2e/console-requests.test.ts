// A certificate owner's question answered in the awarding body's console, in real Chromium: Jaan
// Ääremaa (the seeded owner) asks ETEL about ETEL-T3-0001 through the API's own route; ETEL's
// processor signs in to the console through the identity provider, opens Requests, opens the
// question and answers it; Jaan's thread then has the answer. axe finds nothing on the list, the
// request or its dialog. ETEL's manager finds a certificate under Tunnistused and revokes it with a
// reason, and public verification then says revoked. Screenshots at 390 and 1280 px go to
// KUTSE_SCREENSHOTS when it is set.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { axeViolations } from './axe.ts';
import { screenshot } from './screenshot.ts';
import { ownerConsoleSession, signInToConsole } from './signing-in.ts';
import { launchChromium, startStack } from './stack.ts';

let browser: Browser;
let stack: Awaited<ReturnType<typeof startStack>>;
// Migrating and seeding a fresh database takes minutes while other stacks load the 2-core machine.
beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startStack()]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const QUESTION = 'Kas mu turvatöötaja tunnistus kehtib ka Soomes?';
const ANSWER = 'Jah, Soomes tunnustatakse seda koos ametliku tõlkega.';

describe('owners’ requests in the console', () => {
  it('lets ETEL’s processor open Requests and answer Jaan’s question, which Jaan then reads', async () => {
    const owner = await ownerConsoleSession(browser, stack, SEED_PEOPLE.securityOfficer.personalCode);
    const asked = (await owner.call('/me/certificates/ETEL-T3-0001/questions', { question: QUESTION })) as {
      id: string;
    };

    const context = await browser.newContext({ locale: 'et-EE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    await signInToConsole(page, stack, SEED_PEOPLE.etelProcessor.personalCode);

    await page
      .getByRole('navigation', { name: 'Konsooli vaated' })
      .getByRole('link', { name: 'Päringud' })
      .click();
    await page.waitForURL(/\/console\/bodies\/etel\/requests\?lang=et$/);
    const link = page.getByRole('link', { name: 'Küsimus: ETEL-T3-0001' });
    await link.waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'console-requests-et-1280');

    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Küsimus: ETEL-T3-0001' }).waitFor();
    expect(page.url()).toContain(`/console/bodies/etel/requests/${asked.id}?lang=et`);
    await page.getByText(QUESTION).waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);

    await page.getByLabel('Vastus omanikule').fill(ANSWER);
    await page.getByRole('button', { name: 'Saada vastus' }).click();
    await page.locator('kutse-console-request ol.thread').getByText(ANSWER).waitFor();
    expect(await page.locator('kutse-console-request h1 + p .badge').textContent()).toBe('Töös');
    await screenshot(page, 'console-request-et-1280');

    await page.getByRole('button', { name: 'Märgi lahendatuks' }).click();
    const dialog = page.getByRole('dialog', { name: 'Märgi lahendatuks' });
    await dialog.waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await dialog.getByRole('button', { name: 'Kinnita' }).click();
    await page.getByText('Päring on suletud.').waitFor();

    // A reload of the deep link opens the same request; back goes to the list.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Küsimus: ETEL-T3-0001' }).waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'console-request-et-390');
    await page.goBack();
    await page.getByRole('link', { name: 'Küsimus: ETEL-T3-0001' }).waitFor();
    await screenshot(page, 'console-requests-et-390');
    expect(problems).toEqual([]);

    const thread = (await owner.call(`/me/owner-requests/${asked.id}`)) as {
      messages: { fromOwner: boolean; text: string }[];
    };
    expect(thread.messages).toEqual([expect.objectContaining({ fromOwner: false, text: ANSWER })]);
  }, 90_000);

  it('lets ETEL’s manager find a certificate by its number and revoke it, which verification then says', async () => {
    const context = await browser.newContext({ locale: 'et-EE', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await signInToConsole(page, stack, SEED_PEOPLE.etelManager.personalCode);
    await page
      .getByRole('navigation', { name: 'Konsooli vaated' })
      .getByRole('link', { name: 'Tunnistused' })
      .click();
    await page.getByLabel('Tunnistuse number').fill('etel-tii-0004');
    await page.getByRole('button', { name: 'Näita' }).click();
    await page.waitForURL(/\/console\/bodies\/etel\/certificates\?number=ETEL-TII-0004&lang=et$/);
    await page.getByRole('heading', { name: 'ETEL-TII-0004' }).waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);

    await page.getByRole('button', { name: 'Tunnista kehtetuks' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tunnista kehtetuks: ETEL-TII-0004' });
    await dialog.getByLabel('Kehtetuks tunnistamise põhjus').fill('Tunnistus anti välja vigaste andmetega.');
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await screenshot(page, 'console-certificates-revoke-et-1280');
    await dialog.getByRole('button', { name: 'Tunnista kehtetuks' }).click();
    await page.getByText('Tunnistus anti välja vigaste andmetega.').waitFor();
    expect(await page.locator('kutse-console-certificates .badge').textContent()).toBe(
      'Kehtetuks tunnistatud',
    );
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'console-certificates-et-390');
    expect(problems).toEqual([]);

    const verified = (await (await fetch(`${stack.apiUrl}/verification/number/ETEL-TII-0004`)).json()) as {
      result: string;
    };
    expect(verified.result).toBe('revoked');
  }, 90_000);
});
