// The API reference at /docs in real Chromium, under its Content-Security-Policy: Scalar's script
// runs, reads the OpenAPI document and shows the operations, and the policy blocks nothing it needs.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveApp } from '../fixtures/served-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import { launchChromium } from './stack.ts';

let browser: Browser;
let database: TestDatabase;
let api: Awaited<ReturnType<typeof serveApp>>;
beforeAll(async () => {
  database = await createTestDatabase();
  [browser, api] = await Promise.all([
    launchChromium(),
    serveApp(database, { issuer: 'http://localhost:1' }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await api?.close();
  await database?.drop();
});

describe('the API reference', () => {
  it('renders the operations with nothing refused by its policy', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Every refusal of the policy, as the page itself sees it.
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { violations: string[] }).violations = seen;
      document.addEventListener('securitypolicyviolation', (e) =>
        seen.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
    });
    const response = await page.goto(`${api.url}/docs`);
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'nonce-/);
    // The document's title and an operation of its first tag (Catalogue), which Scalar draws
    // expanded from /openapi.json; later tags start collapsed, their operations hidden.
    await page.getByRole('heading', { name: 'Kutse API' }).waitFor();
    await page.getByText('Qualifications a body awards', { exact: true }).first().waitFor();
    const violations = await page.evaluate(() => (window as unknown as { violations: string[] }).violations);
    // Scalar's one eval is a feature test inside try/catch (it then does without); nothing else.
    expect(violations.filter((v) => v !== 'script-src eval')).toEqual([]);
    expect(errors).toEqual([]);
  });
});
