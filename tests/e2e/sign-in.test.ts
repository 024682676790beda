// Signing in on an awarding body's website, in real Chromium: <kutse-account> opens the login
// popup on the API's origin, the person signs in at the local identity provider, and the page
// shows their name — without any cookie of the API's. The token works from the body's website
// only, and signing out ends it.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startStack } from './stack.ts';

type Stack = Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(() => browser?.close());

/** The body's page, with a listener that keeps what the page is sent (as any script of it could). */
async function openBodyPage(stack: Stack) {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.addInitScript(() => {
    window.addEventListener('message', (event) => {
      (window as unknown as { posted: unknown[] }).posted ??= [];
      (window as unknown as { posted: unknown[] }).posted.push(event.data);
    });
  });
  await page.goto(stack.demoUrl);
  return { page, problems, account: page.locator('kutse-account') };
}

/** Clicks "Logi sisse", picks the person at the identity provider and continues. */
async function signIn(page: Page, personalCode: string) {
  const popupOpened = page.waitForEvent('popup');
  await page.locator('kutse-account').getByRole('button', { name: 'Logi sisse' }).click();
  const popup = await popupOpened;
  await popup.waitForLoadState();
  expect(new URL(popup.url()).origin).not.toBe(new URL(page.url()).origin);
  await popup.locator(`input[name="person"][value="${personalCode}"]`).check();
  await popup.locator('input[name="method"][value="smartid"]').check();
  return popup;
}

describe('signing in on the demo body’s website', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack?.stop());

  it('shows the person’s name, refuses the token elsewhere, and signs out', async () => {
    const { page, problems, account } = await openBodyPage(stack);
    await expect
      .poll(() => account.getByRole('button', { name: 'Logi sisse' }).count(), { timeout: 10_000 })
      .toBe(1);

    const popup = await signIn(page, '47802154211');
    const closed = popup.waitForEvent('close');
    await popup.locator('#continue').click();
    await closed;
    await expect.poll(() => account.getByText('Kädi O’Connež-Šuslik').count(), { timeout: 10_000 }).toBe(1);

    const token = await page.evaluate(() => {
      const posted = (window as unknown as { posted?: { type?: string; token?: string }[] }).posted ?? [];
      return posted.find((m) => m.type === 'kutse:login')?.token;
    });
    expect(token).toBeTruthy();
    const me = (origin: string) =>
      fetch(`${stack.apiUrl}/me`, { headers: { authorization: `Bearer ${token}`, origin } });
    expect((await me(new URL(stack.demoUrl).origin)).status).toBe(200);
    // The same token from a website ETEL did not register: the API refuses it, and a browser
    // there cannot even read the answer (no CORS headers).
    expect((await me(stack.idpUrl)).status).toBe(403);
    const elsewhere = await browser.newPage();
    await elsewhere.goto(`${stack.idpUrl}/.well-known/openid-configuration`);
    const fromElsewhere = await elsewhere.evaluate(
      ([api, t]) =>
        fetch(`${api}/me`, { headers: { authorization: `Bearer ${t}` } }).then(
          (r) => `status ${r.status}`,
          () => 'blocked',
        ),
      [stack.apiUrl, token] as const,
    );
    expect(fromElsewhere).toBe('blocked');
    await elsewhere.close();

    await account.getByRole('button', { name: 'Logi välja' }).click();
    await expect
      .poll(() => account.getByRole('button', { name: 'Logi sisse' }).count(), { timeout: 10_000 })
      .toBe(1);
    // The widget forgets the token at once and tells the API after: wait for the server's side.
    await expect
      .poll(async () => (await me(new URL(stack.demoUrl).origin)).status, { timeout: 10_000 })
      .toBe(401);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('when a Cross-Origin-Opener-Policy cuts the popup from the page', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({ crossOriginOpenerPolicy: true });
  });
  afterAll(() => stack?.stop());

  it('still signs in, through the one-time handoff', async () => {
    const { page, account } = await openBodyPage(stack);
    await expect
      .poll(() => account.getByRole('button', { name: 'Logi sisse' }).count(), { timeout: 10_000 })
      .toBe(1);
    const popup = await signIn(page, '49107075714');
    await popup.locator('#continue').click();
    await expect.poll(() => account.getByText('Mari Tamm').count(), { timeout: 15_000 }).toBe(1);
    const posted = await page.evaluate(() => (window as unknown as { posted?: unknown[] }).posted ?? []);
    expect(posted).toEqual([]); // nothing came by postMessage
    await page.close();
  });
});
