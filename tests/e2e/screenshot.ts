// The end-to-end tests' pictures: where KUTSE_SCREENSHOTS names a folder, a page's screenshots land
// there (the README's are made so); without it, nothing is written.
import type { Page } from 'playwright-core';

/** The whole page, as `name`.png. */
export async function screenshot(page: Page, name: string) {
  const shots = process.env.KUTSE_SCREENSHOTS;
  if (!shots) return;
  await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true, animations: 'disabled' });
}
