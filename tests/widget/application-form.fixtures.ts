// <kutse-application-form> on the page, talking to the fake API (fixtures/fake-applications-api.ts),
// and driven the way its user would: steps, buttons, choices, typing and picking files.
import { fixture, html } from '@open-wc/testing';
import '../../widget/src/application-form/define.ts';
import type { KutseApplicationForm } from '../../widget/src/application-form/application-form.ts';
import type { Language } from './fixtures/applications.ts';
import type { FakeApplicationsApi } from './fixtures/fake-applications-api.ts';
import { waitUntil } from './fixtures/screen.ts';

/** A form on the page, talking to `api`. */
export async function aForm(api: FakeApplicationsApi, lang: Language | '' = '', width?: number) {
  const el = await fixture<KutseApplicationForm>(
    html`<kutse-application-form
      body="etel"
      qualification="turvajuht-5"
      api=${api.origin}
      lang=${lang}
      style=${width ? `width: ${width}px` : ''}
    ></kutse-application-form>`,
  );
  await waitUntil(() => el.shadowRoot?.querySelector('h2'), 'the form did not load');
  return el;
}

// ---- Reading and driving the form as a user would ----

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T => {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...(el.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** The current step's heading text. */
export const stepTitle = (el: Element) =>
  el.shadowRoot?.querySelector('#step-title')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export async function onStep(el: KutseApplicationForm, name: string) {
  try {
    await waitUntil(() => stepTitle(el).endsWith(name));
  } catch {
    throw new Error(`expected step “${name}”, saw “${stepTitle(el)}”`);
  }
}

export async function press(el: KutseApplicationForm, action: 'next' | 'back' | 'submit' | 'sign-in') {
  $(el, `[data-action="${action}"]`).click();
  await el.updateComplete;
}

/** Clicks a radio or checkbox by its name and value. */
export async function choose(el: KutseApplicationForm, name: string, value?: string) {
  const input = $<HTMLInputElement>(
    el,
    value === undefined ? `[name="${name}"]` : `[name="${name}"][value="${value}"]`,
  );
  input.click();
  await el.updateComplete;
}

/** Types into a text input as a person would: input events, then leaving the field (change). */
export async function type(input: HTMLInputElement, value: string) {
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

/** Picks a file in a file input, as the browser's dialog would. */
export function pick(input: HTMLInputElement, file: File) {
  const transfer = new DataTransfer();
  transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}
