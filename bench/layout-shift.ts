// How much the widget moves an awarding body's page while it loads: the cumulative layout shift
// (CLS, the sum of Chromium's `layout-shift` entries without recent input) of the demo's
// qualification and apply pages, from the first paint until the widget shows its data.
//
// The loading is held in three phases, so that each state is painted whatever the machine's
// speed: the page without the widget's script (its elements undefined), then with the script but
// no data (the components' loading states), then everything. A screenshot of each phase is kept.
import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, Route } from 'playwright-core';
import { PATHS } from '../demo/etel/page.ts';
import { launchChromium, startStack } from '../tests/e2e/stack.ts';

export const CLS_TARGET = 0.01;

/** A phone and a laptop, as the issue asks; heights of common screens of those widths. */
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
] as const;

/** The pages measured, and the element whose loaded content ends the measurement. */
const PAGES = [
  { name: 'qualification', path: PATHS.qualifications.et, tag: 'kutse-qualification-info' },
  { name: 'apply', path: `${PATHS.apply.et}?kutse=turvajuht-5`, tag: 'kutse-application-form' },
  { name: 'applications', path: PATHS.applications.et, tag: 'kutse-status-tracker' },
] as const;

export type LayoutShiftResult = {
  page: string;
  width: number;
  cls: number;
  /** How many layout-shift entries added to it. */
  shifts: number;
  /** The element's height while loading and once loaded, px. */
  loadingHeight: number;
  loadedHeight: number;
};

export type LayoutShiftRun = { results: LayoutShiftResult[]; screenshots: string };

/** Starts the stack (API, demo site, identity provider, fresh database), measures, stops it. */
export async function measureLayoutShift(): Promise<LayoutShiftRun> {
  const screenshots = join(tmpdir(), 'kutse-layout-shift');
  mkdirSync(screenshots, { recursive: true });
  const stack = await startStack();
  let browser: Browser | undefined;
  try {
    browser = await launchChromium();
    const results: LayoutShiftResult[] = [];
    for (const target of PAGES)
      for (const viewport of VIEWPORTS) {
        const context = await browser.newContext({ viewport });
        try {
          const page = await context.newPage();
          const shot = (phase: string) =>
            page.screenshot({ path: join(screenshots, `${target.name}-${viewport.width}-${phase}.png`) });
          results.push({
            page: target.name,
            width: viewport.width,
            ...(await measurePage(page, `${stack.demoUrl}${target.path}`, stack.apiUrl, target.tag, shot)),
          });
        } finally {
          await context.close();
        }
      }
    return { results, screenshots };
  } finally {
    await browser?.close();
    await stack.stop();
  }
}

async function measurePage(
  page: Page,
  url: string,
  apiUrl: string,
  tag: string,
  shot: (phase: string) => Promise<unknown>,
) {
  // Every shift from the first paint on: the observer is there before the page's own scripts.
  await page.addInitScript(() => {
    const seen = { cls: 0, shifts: 0 };
    Object.assign(window, { kutseLayoutShift: seen });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        hadRecentInput: boolean;
      })[]) {
        if (entry.hadRecentInput) continue;
        seen.cls += entry.value;
        seen.shifts += 1;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const scripts = gate();
  const data = gate();
  await page.route(
    (address) => address.origin === apiUrl,
    (route) => (new URL(route.request().url()).pathname.startsWith('/widget/') ? scripts : data).hold(route),
  );
  await page.goto(url, { waitUntil: 'commit' });
  const painted = () =>
    page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await page.waitForSelector('footer', { state: 'attached' });
  await painted();
  await shot('1-undefined');

  scripts.open();
  await page.waitForFunction((name) => !!document.querySelector(name)?.shadowRoot?.childElementCount, tag);
  await painted();
  await shot('2-loading');
  const loadingHeight = await heightOf(page, tag);

  data.open();
  // Loaded: the element no longer says it is busy, and nothing it asked for is still on its way.
  await page.waitForFunction(
    (name) => {
      const root = document.querySelector(name)?.shadowRoot;
      return !!root?.querySelector('[part="base"]') && !root.querySelector('[aria-busy="true"]');
    },
    tag,
    { timeout: 20_000 },
  );
  await page.waitForLoadState('networkidle');
  await painted();
  await shot('3-loaded');
  const loadedHeight = await heightOf(page, tag);
  const { cls, shifts } = await page.evaluate(
    () => (window as unknown as { kutseLayoutShift: { cls: number; shifts: number } }).kutseLayoutShift,
  );
  return { cls, shifts, loadingHeight, loadedHeight };
}

const heightOf = (page: Page, tag: string) =>
  page.evaluate((name) => document.querySelector(name)?.getBoundingClientRect().height ?? 0, tag);

/** Requests held until `open()`, then let through (and every later one at once). */
function gate() {
  let opened = false;
  const held: Route[] = [];
  return {
    hold(route: Route) {
      if (opened) return route.continue();
      held.push(route);
    },
    open() {
      opened = true;
      for (const route of held.splice(0)) void route.continue();
    },
  };
}
