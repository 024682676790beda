// The product as a visitor of an awarding body's website meets it, in real Chromium.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite } from '../../demo/server.ts';
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
    await expect.poll(() => widget(page).getByRole('heading', { name: 'Turvajuht, tase 5' }).count()).toBe(1);
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
      .poll(() => widget(page).getByRole('heading', { name: 'Security Manager, level 5' }).count())
      .toBe(1);
    const text = await widgetText(page);
    expect(text).toContain('level of education – secondary education');
    expect(text).toContain('Exam fee');
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
