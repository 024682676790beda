// The console's list and an application's page in real Chromium, on ETEL's seeded applications:
// a processor signs in, filters to submitted, opens one and returns it for completion; two
// processors act on one application at once and the second is told what changed. axe finds
// nothing on any console page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { axeViolations } from './axe.ts';
import { signInToConsole } from './signing-in.ts';
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

/** A fresh browser (its own cookies), signed in to the console as `who` through the identity provider. */
async function signedIn(who: keyof typeof SEED_PEOPLE, locale = 'et-EE'): Promise<Page> {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  // A refusal of the page's policy (a script without the nonce) is said only on the console.
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      problems.push(message.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
  });
  (page as Page & { problems: string[] }).problems = problems;
  await signInToConsole(page, stack, SEED_PEOPLE[who].personalCode);
  return page;
}

const problemsOf = (page: Page) => (page as Page & { problems: string[] }).problems;

describe('the console’s applications', () => {
  it('filters to submitted, opens an application and returns it for completion', async () => {
    const page = await signedIn('etelProcessor');
    const table = page.getByRole('table');
    await table.waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);

    await page
      .getByRole('navigation', { name: 'Olek' })
      .getByRole('link', { name: /^Esitatud/ })
      .click();
    await page.waitForURL(/state=submitted/);
    await expect.poll(() => table.getByRole('row').count()).toBe(3); // the header and two submitted
    expect(await table.getByRole('cell', { name: 'Hinnatud' }).count()).toBe(0);

    await table.getByRole('link', { name: 'Mari Tamm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Mari Tamm' }).waitFor();
    expect(page.url()).toMatch(/\/console\/bodies\/etel\/applications\/[\w-]+\?lang=et$/);
    expect(await page.title()).toBe('Mari Tamm: Turvajuht, tase 5 — Kutse konsool');
    await page.getByRole('heading', { name: 'Saadetud e-kirjad' }).waitFor();
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);

    await page.getByRole('button', { name: 'Tagasta täiendamiseks' }).click();
    const dialog = page.getByRole('dialog', { name: 'Tagasta täiendamiseks' });
    await dialog
      .getByLabel('Mida on vaja täiendada')
      .fill('Lisage karistusregistri väljavõte, mis ei ole vanem kui 6 kuud.');
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    await dialog.getByRole('button', { name: 'Kinnita' }).click();
    await page.getByText('Tehtud: Tagasta täiendamiseks.').waitFor();
    await page.getByText('Põhjus: Lisage karistusregistri väljavõte, mis ei ole vanem kui 6 kuud.').waitFor();
    expect(await page.locator('kutse-console-application .title .badge').textContent()).toBe(
      'Tagastatud täiendamiseks',
    );

    // Back: the filtered list, where she is no longer submitted.
    await page.goBack();
    await page.waitForURL(/state=submitted/);
    await expect.poll(() => table.getByRole('row').count()).toBe(2);
    expect(problemsOf(page)).toEqual([]);
  });

  it('opens the overview, whose charts load only then, under the page’s policy', async () => {
    const page = await signedIn('etelProcessor');
    await page.getByRole('table').waitFor();
    const dashboardChunk = (url: string) => /\/console\/assets\/console-dashboard-[\w-]+\.js$/.test(url);
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(request.url()));
    expect(loaded.filter(dashboardChunk)).toEqual([]);
    await page
      .getByRole('navigation', { name: 'Konsooli vaated' })
      .getByRole('link', { name: 'Ülevaade' })
      .click();
    await page.waitForURL(/\/console\/bodies\/etel\/dashboard\?lang=et$/);
    await page.getByRole('heading', { level: 1, name: 'Ülevaade' }).waitFor();
    await page.locator('kutse-console-dashboard table').first().waitFor();
    expect(loaded.filter(dashboardChunk)).toHaveLength(1);
    expect(await axeViolations(page, 'kutse-console')).toEqual([]);
    expect(problemsOf(page)).toEqual([]);
  });

  it('tells the second of two processors acting at once what changed, and overwrites nothing', async () => {
    const [first, second] = await Promise.all([signedIn('etelProcessor'), signedIn('etelManager')]);
    const open = async (page: Page) => {
      await page.getByRole('table').getByRole('link', { name: 'Toomas Lõhmus' }).click();
      await page.getByRole('heading', { level: 1, name: 'Toomas Lõhmus' }).waitFor();
    };
    await open(first);
    await open(second);

    await first.getByRole('button', { name: 'Märgi tasu laekunuks' }).click();
    await first.getByRole('dialog').getByRole('button', { name: 'Kinnita' }).click();
    await first.getByText('Tehtud: Märgi tasu laekunuks.').waitFor();

    // The second still shows the fee due, on the version before.
    await second.getByRole('button', { name: 'Loobu tasust' }).click();
    const dialog = second.getByRole('dialog');
    await dialog.getByLabel('Miks tasust loobutakse').fill('Töötukassa koolitus');
    await dialog.getByRole('button', { name: 'Kinnita' }).click();
    const conflict = second.getByRole('alert').filter({ hasText: 'Keegi muutis taotlust samal ajal' });
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Märkis tasu laekunuks');
    // The page read the application again: the fee received, not waived.
    await second.getByText('Tasu on laekunud.').waitFor();
    expect(await second.getByText('Tasust loobutud').count()).toBe(0);
    expect(await axeViolations(second, 'kutse-console')).toEqual([]);
    // The 409 itself is the expected answer here; nothing else failed.
    expect(problemsOf(second).filter((p) => !p.startsWith('409 '))).toEqual([]);
  });
});
