// The product as a visitor of an awarding body's website meets it, in real Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite } from '../../demo/server.ts';
import { signInWith } from './signing-in.ts';
import { launchChromium, startStack } from './stack.ts';

let stack: Awaited<ReturnType<typeof startStack>>;
let browser: Browser;

beforeAll(async () => {
  stack = await startStack();
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** Opens a page and collects what the browser complains about. */
async function visit(url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(url);
  return { page, problems };
}

const widget = (page: Page) => page.locator('kutse-qualification-info');
/** What a reader sees inside the widget's shadow root: rendered text, not `textContent`. */
const widgetText = (page: Page) =>
  page.evaluate(() => {
    const root = document.querySelector('kutse-qualification-info')?.shadowRoot;
    const content = root?.querySelector('*:not(style)') as HTMLElement | null | undefined;
    // biome-ignore lint/performance/useDomNodeTextContent: only what is rendered and visible counts
    return content?.innerText ?? '';
  });

describe('the demo awarding-body website', () => {
  it('shows ETEL’s Turvajuht, tase 5 in Estonian from the Kutse API on another origin', async () => {
    expect(new URL(stack.demoUrl).origin).not.toBe(new URL(stack.apiUrl).origin);
    const { page, problems } = await visit(stack.demoUrl);
    await expect
      .poll(() => widget(page).getByRole('heading', { name: 'Turvajuht, tase 5' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    const text = await widgetText(page);
    expect(text).toContain('haridustase – keskharidus');
    expect(text).toContain('karistusregistri tõend isiku kehtiva karistuse puudumise kohta');
    expect(text).toContain('Eksamitasu');
    expect(text).toMatch(/24\s?%/);
    expect(text).toContain('Kutse taastõendamine');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the same in English on the page whose element has lang="en"', async () => {
    const { page, problems } = await visit(`${stack.demoUrl}/en`);
    await expect
      .poll(() => widget(page).getByRole('heading', { name: 'Security Manager, level 5' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    const text = await widgetText(page);
    expect(text).toContain('level of education – secondary education');
    expect(text).toContain('Exam fee');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reaches the API from another site, and signs in through an identity provider on a third, as in production', async () => {
    // On one site, SameSite cookies, Sec-Fetch-Site and storage partitioning would never come into
    // play: a body's website, Kutse and TARA are three sites. The API's server says what arrived.
    const bodySite = new URL(stack.demoUrl).origin;
    const { page, problems } = await visit(stack.demoUrl);
    await expect
      .poll(() => widget(page).getByRole('heading', { name: 'Turvajuht, tase 5' }).count(), {
        timeout: 10_000,
      })
      .toBe(1);
    const arrived = (path: string) => stack.apiRequests().find((r) => r.path.startsWith(path))?.headers;
    expect(arrived('/bodies/etel/qualifications/turvajuht-5')).toMatchObject({
      origin: bodySite,
      'sec-fetch-site': 'cross-site',
    });

    const account = page.locator('kutse-account');
    await signInWith(page, account.getByRole('button', { name: 'Logi sisse' }), {
      personalCode: '49107075714',
    });
    await expect.poll(() => account.getByText('Mari Tamm').count(), { timeout: 10_000 }).toBe(1);
    // The popup was opened by the body's page, and came back to the API from the identity provider.
    expect(arrived('/auth/widget/start')).toMatchObject({
      'sec-fetch-site': 'cross-site',
      'sec-fetch-dest': 'document',
    });
    expect(arrived('/auth/callback')).toMatchObject({
      'sec-fetch-site': 'cross-site',
      'sec-fetch-dest': 'document',
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('refuses the API to a website origin that no awarding body registered', async () => {
    const stranger = await startDemoSite({ apiUrl: stack.apiUrl, port: 0 });
    try {
      const { page } = await visit(stranger.url);
      // The script itself is public; the catalogue data is not readable cross-origin from here.
      await expect.poll(() => widget(page).getByRole('alert').count(), { timeout: 10_000 }).toBe(1);
      const readable = await page.evaluate(async (api) => {
        try {
          await fetch(`${api}/bodies/etel/qualifications/turvajuht-5`);
          return true;
        } catch {
          return false;
        }
      }, stack.apiUrl);
      expect(readable).toBe(false);
      await page.close();
    } finally {
      await stranger.close();
    }
  });
});
