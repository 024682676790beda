// The console in real Chromium, the way a member of a body's staff uses it: open /console (or a deep
// link), follow "Logi sisse" to the identity provider, pick yourself there and land back on the
// console, signed in, in the application.
// The API tests sign in with fetch, which sends no Sec-Fetch-* headers; a browser does, and its
// return from the identity provider (another site, as TARA is; another origin in any case) was
// once refused with a 403.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { launchChromium, startStack } from './stack.ts';

type Stack = Awaited<ReturnType<typeof startStack>>;
const processor = SEED_PEOPLE.etelProcessor;

let browser: Browser;
let stack: Stack;
beforeAll(async () => {
  [browser, stack] = await Promise.all([launchChromium(), startStack()]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/**
 * A page of a browser set to Estonian, whose waits fail with the step's name well before the
 * test's 30 s run out.
 */
async function newPage() {
  const context = await browser.newContext({ locale: 'et-EE' });
  const page = await context.newPage();
  page.setDefaultTimeout(8_000);
  return page;
}

/**
 * Clicks the console's sign-in link, picks the person at the identity provider and continues;
 * resolves to the HTTP status of the console page the browser lands on.
 */
async function signInFromConsole(page: Page, linkName: string) {
  await page.getByRole('link', { name: linkName }).click();
  await page.waitForURL((url) => url.origin === stack.idpUrl);
  await page.locator(`input[name="person"][value="${processor.personalCode}"]`).check();
  await page.locator('input[name="method"][value="smartid"]').check();
  const landed = page.waitForResponse(
    (r) => r.request().isNavigationRequest() && r.url().startsWith(`${stack.apiUrl}/console`),
  );
  await page.locator('#continue').click();
  return (await landed).status();
}

describe('the console in a browser', () => {
  it('signs ETEL’s processor in and opens their body’s applications, in Estonian and in English', async () => {
    const page = await newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });

    await page.goto(`${stack.apiUrl}/console`);
    expect(await signInFromConsole(page, 'Logi sisse')).toBe(200);
    // The console's application takes over and opens the one body's list, a link of its own.
    await page.waitForURL(`${stack.apiUrl}/console/bodies/etel/applications?lang=et`);
    const banner = page.getByRole('banner');
    await expect
      .poll(() => banner.textContent())
      .toContain(`Sisse logitud: ${processor.givenName} ${processor.familyName}`);
    expect(await banner.textContent()).toContain('Eesti Turvaettevõtete Liit');
    await page.getByRole('heading', { level: 1, name: /Taotlused/ }).waitFor();
    expect(await page.title()).toBe('Taotlused: Eesti Turvaettevõtete Liit — Kutse konsool');

    // The console's own link to English: same origin, the session goes along, the view stays.
    await page.getByRole('link', { name: 'In English' }).click();
    await page.waitForURL(`${stack.apiUrl}/console/bodies/etel/applications?lang=en`);
    await expect
      .poll(() => banner.textContent())
      .toContain(`Signed in as ${processor.givenName} ${processor.familyName}`);
    expect(await banner.textContent()).toContain('Estonian Security Companies Association');

    // Signing out (a POST with the CSRF token, from the console itself) ends the session.
    await page.getByRole('button', { name: 'Sign out' }).click();
    const main = page.getByRole('main');
    await expect.poll(() => main.getByRole('link', { name: 'Sign in' }).count(), { timeout: 10_000 }).toBe(1);

    // The issue's own path: an English console, signing in, and back on /console?lang=en.
    expect(await signInFromConsole(page, 'Sign in')).toBe(200);
    await page.waitForURL(`${stack.apiUrl}/console/bodies/etel/applications?lang=en`);
    await expect
      .poll(() => banner.textContent())
      .toContain(`Signed in as ${processor.givenName} ${processor.familyName}`);
    expect(problems).toEqual([]);
  });

  it('signs in from a deep link and comes back to it', async () => {
    const page = await newPage();
    const deepLink = `${stack.apiUrl}/console/bodies/etel/applications?state=submitted&lang=et`;
    await page.goto(deepLink);
    expect(await signInFromConsole(page, 'Logi sisse')).toBe(200);
    expect(page.url()).toBe(deepLink);
    await page.getByRole('heading', { level: 1, name: /Taotlused/ }).waitFor();
    const states = page.getByRole('navigation', { name: 'Olek' });
    expect(await states.getByRole('link', { name: /^Esitatud/ }).getAttribute('aria-current')).toBe('true');
  });

  it('still refuses a data read that another site starts, even as a top-level navigation', async () => {
    const page = await newPage();
    await page.goto(`${stack.apiUrl}/console`);
    expect(await signInFromConsole(page, 'Logi sisse')).toBe(200);
    const applications = `${stack.apiUrl}/staff/bodies/etel/applications`;
    // Typed into the address bar (Sec-Fetch-Site: none), the processor may read them.
    expect((await page.goto(applications))?.status()).toBe(200);

    // A link on another site (the identity provider's, here) to the same data: refused.
    const elsewhere = await page.context().newPage();
    await elsewhere.goto(`${stack.idpUrl}/.well-known/openid-configuration`);
    const linkTo = async (href: string) => {
      await elsewhere.setContent(`<a href="${href}">link</a>`);
      await elsewhere.getByRole('link').click();
    };
    const refused = elsewhere.waitForResponse(applications);
    await linkTo(applications);
    expect((await refused).status()).toBe(403);

    // The console's own page opens from there: it shows the person only their own name and roles.
    await elsewhere.goto(`${stack.idpUrl}/.well-known/openid-configuration`);
    await linkTo(`${stack.apiUrl}/console`);
    await elsewhere.waitForURL(`${stack.apiUrl}/console/bodies/etel/applications?lang=et`);
    await expect
      .poll(() => elsewhere.getByRole('banner').textContent())
      .toContain(`Sisse logitud: ${processor.givenName} ${processor.familyName}`);
  });
});
