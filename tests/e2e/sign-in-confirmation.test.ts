// A sign-in link opened by itself, as from a mail or a chat (the phishing of a handoff), in real
// Chromium: the popup's page asks the person first, naming ETEL and its website, and goes on to
// the identity provider only on Continue — the form's CSP, its SameSite=Strict cookie and the
// Origin of its POST are what a real browser does with them, which the API tests cannot show.
import { createHash, randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, startStack } from './stack.ts';

type Stack = Awaited<ReturnType<typeof startStack>>;
let browser: Browser;
let stack: Stack;
beforeAll(async () => {
  browser = await launchChromium();
  stack = await startStack();
});
afterAll(async () => {
  await stack?.stop();
  await browser?.close();
});

/** Opens the start URL in a tab of its own (no opener, no Referer), with a fresh handoff secret. */
async function openLink(): Promise<{ page: Page; secret: string; origin: string }> {
  const secret = randomBytes(32).toString('base64url');
  const origin = new URL(stack.demoUrl).origin;
  const handoff = createHash('sha256').update(secret).digest('base64url');
  const page = await browser.newPage();
  await page.goto(
    `${stack.apiUrl}/auth/widget/start?${new URLSearchParams({ body: 'etel', origin, handoff, lang: 'et' })}`,
  );
  return { page, secret, origin };
}

const collect = (secret: string, origin: string) =>
  fetch(`${stack.apiUrl}/auth/widget/handoff`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ handoff: secret }),
  });

describe('a sign-in link opened by itself', () => {
  it('asks first, naming ETEL and its website, and signs in only after Continue', async () => {
    const { page, secret, origin } = await openLink();
    expect(new URL(page.url()).origin).toBe(stack.apiUrl);
    const asks = `Veebileht ${origin} (Eesti Turvaettevõtete Liit) palub teil Kutsesse sisse logida.`;
    expect(await page.getByText(asks).count()).toBe(1);
    expect((await collect(secret, origin)).status).toBe(202);

    await page.getByRole('button', { name: 'Jätka' }).click();
    await page.waitForURL((url) => url.origin === stack.idpUrl, { timeout: 10_000 });
    await page.locator('input[name="person"][value="47802154211"]').check();
    await page.locator('input[name="method"][value="smartid"]').check();
    await page.locator('#continue').click();
    await page.waitForURL((url) => url.pathname === '/auth/callback', { timeout: 10_000 });
    expect(await page.getByText('Sisselogimine õnnestus').count()).toBe(1);
    const handed = await collect(secret, origin);
    expect(handed.status).toBe(200);
    expect(((await handed.json()) as { person: { givenName: string } }).person.givenName).toBe('Kädi');
    await page.close();
  });

  it('ends the login on Cancel: the page says so and the handoff gives only the reason', async () => {
    const { page, secret, origin } = await openLink();
    await page.getByRole('button', { name: 'Katkesta' }).click();
    await page.waitForURL((url) => url.pathname === '/auth/widget/confirm', { timeout: 10_000 });
    expect(await page.getByText('Sisselogimine katkestati').count()).toBe(1);
    const polled = await collect(secret, origin);
    expect(polled.status).toBe(410);
    expect(await polled.json()).toMatchObject({ error: 'access_denied' });
    await page.close();
  });
});
