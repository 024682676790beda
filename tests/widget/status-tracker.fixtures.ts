// <kutse-status-tracker> on the page, talking to the fake API, and read the way its user would:
// what the status-tracker.*.test.ts files share.
import { expect, fixture, html } from '@open-wc/testing';
import '../../widget/src/status-tracker/define.ts';
import type { DocumentView } from '../../contract/applications.ts';
import type { KutseStatusTracker } from '../../widget/src/status-tracker/status-tracker.ts';
import { aDocumentView, aSubmittedApplication } from './fixtures/applications.ts';
import { type FakeApplicationsApi, installFakeApi } from './fixtures/fake-applications-api.ts';
import { visibleText, waitUntil } from './fixtures/screen.ts';

export const ids = {
  submitted: aSubmittedApplication().id,
  returned: '1c7a9b63-4d2f-4b9f-8e6c-3b5d7f9c1e22',
  draft: '2d8bac74-5e3a-4cae-9d5b-4c6e8a0d2f33',
  document: '3e9cbd85-6f4b-4dbf-8c4a-5d7f9b1e3a44',
};

export const list = '/bodies/etel/applications';
export const place = 'Tallinn, Pärnu mnt 67';

/** The fake API holding one submitted application, as the tracker's tests begin. */
export async function trackerApi(): Promise<FakeApplicationsApi> {
  const api = await installFakeApi();
  api.applications = [aSubmittedApplication()];
  return api;
}

/** The body's extract, attached to a message. */
export const anAttachment = (overrides: Partial<DocumentView> = {}): DocumentView =>
  aDocumentView({
    id: ids.document,
    type: null,
    fileName: 'karistusregistri-tõend.pdf',
    uploadedAt: '2026-02-05T08:00:00Z',
    ...overrides,
  });

/** The requests of exactly `method path`. */
export const sentTo = (api: FakeApplicationsApi, method: string, path: string) =>
  api.sent.filter((request) => request.method === method && request.path === path);

export const tracker = (api: FakeApplicationsApi, lang = '', pollSeconds?: number) =>
  fixture<KutseStatusTracker>(
    html`<kutse-status-tracker body="etel" api=${api.origin} lang=${lang} poll-seconds=${pollSeconds ?? 20}></kutse-status-tracker>`,
  );

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => {
  const found = el.shadowRoot?.querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector}`);
  return found;
};

export const $$ = (el: Element, selector: string) => [
  ...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? []),
];

export const text = (element: Element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim();
export const announced = (el: Element) => text($(el, '[part="announcer"]'));
export const badge = (el: Element, index = 0) => text($$(el, '[part="badge"]')[index] as HTMLElement);

/** Opens the first application's messages and waits for them. */
export async function openMessages(el: KutseStatusTracker, label = 'Sõnumid') {
  const button = $$(el, '[part="messages-button"]')[0] as HTMLButtonElement;
  expect(text(button)).to.equal(label);
  button.click();
  await waitUntil(() => $$(el, '[part="reply"]').length === 1, 'the thread did not open');
  await waitUntil(
    () => !visibleText(el).includes('Laadin sõnumeid…') && !visibleText(el).includes('Loading messages…'),
  );
}

export function typeReply(el: Element, value: string) {
  const textarea = $<HTMLTextAreaElement>(el, '[part="reply"] textarea');
  textarea.value = value;
  textarea.dispatchEvent(new Event('input'));
}

/** Picks files in the reply's file input, as the browser's dialog would. */
export function attach(el: Element, ...files: File[]) {
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  const input = $<HTMLInputElement>(el, '[part="reply"] input[type="file"]');
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
  return input;
}
