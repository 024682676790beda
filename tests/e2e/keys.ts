// Driving a page with the keyboard only, as a person who does not use a mouse: Tab to move, arrows
// within a radio group, Space and Enter to act. Focus is followed into shadow roots, where the
// widgets and the console keep their controls.
import type { Page } from 'playwright-core';

/** Whether the focused element — looking into shadow roots — matches a selector (and, if given, shows that text). */
export const focusedMatches = (page: Page, selector: string, text?: string) =>
  page.evaluate(
    ({ sel, text }) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      if (!active?.matches(sel)) return false;
      return text === undefined || (active.textContent ?? '').replace(/\s+/g, ' ').includes(text);
    },
    { sel: selector, text },
  );

/** Presses Tab until the focus is on an element matching `selector` (and showing `text`), at most 120 times. */
export async function tabTo(page: Page, selector: string, text?: string) {
  for (let i = 0; i < 120; i++) {
    if (await focusedMatches(page, selector, text)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}${text ? ` showing “${text}”` : ''}`);
}

/** In a radio group: arrows until the focused control matches (a radio is checked as it is reached). */
export async function arrowTo(page: Page, selector: string, key = 'ArrowDown') {
  for (let i = 0; i < 30; i++) {
    if (await focusedMatches(page, selector)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`arrows never reached ${selector}`);
}

/** Tabs to a field and types into it. */
export async function typeInto(page: Page, selector: string, text: string) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}
