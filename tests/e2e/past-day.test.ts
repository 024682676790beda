// (c) continued: the whole product started on 15 May 2024, when VAT was 22 %. In a file of its
// own, so that its stack (and its embedded PGlite) is the only one in the process: started beside
// another running stack, it now and then never finished starting on a loaded CI machine.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../db/clock.ts';
import { chooseKind, form, openForm } from './application-form.ts';
import { launchChromium, startStack } from './stack.ts';

let browser: Browser;
let stack: Awaited<ReturnType<typeof startStack>>;
beforeAll(async () => {
  [browser, stack] = await Promise.all([
    launchChromium(),
    startStack({ clock: fixedClock('2024-05-15T09:00:00+03:00') }),
  ]);
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

describe('(c) VÕTA on an employer’s statement, with the clock set to 15 May 2024', () => {
  it('shows 9.00 + 1.98 VAT (22 %) = 10.98 EUR', async () => {
    const page = await browser.newPage();
    page.setDefaultTimeout(8_000);
    await openForm(page, stack.demoUrl, 'turvatootaja-4');
    await chooseKind(page, 'rpl-employer-statement');
    const fees = (await form(page).locator('table').textContent()) ?? '';
    for (const amount of ['9,00', '22', '1,98', '10,98']) expect(fees).toContain(amount);
    expect(fees).not.toContain('11,16');
  });
});
