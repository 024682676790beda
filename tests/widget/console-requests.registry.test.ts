// The registry's requests in the console, in Chromium: a registry admin (of no body) lands on them
// from /console, sees the requests routed to the registry under "Register: päringud", opens one and
// answers it or closes it through the registry admins' own routes (/admin/owner-requests…, never a
// body's), the fee step included; an empty registry says so in its own words; a
// body's staff who is no registry admin is refused the view. The body's fake
// (console-requests.fixtures.ts, every answer parsed by the contract's schemas) answers the
// registry's routes, which have the same shapes.
import { expect } from '@open-wc/testing';
import '../../widget/src/console/define.ts';
import { defineRequests } from '../../widget/src/console/requests/define.ts';
import type { ConsoleBoot } from '../../widget/src/console/shared/boot.ts';
import { consoleClient } from '../../widget/src/console/shared/console-client.ts';
import { en } from '../../widget/src/console/shared/strings.en.ts';
import { et } from '../../widget/src/console/shared/strings.ts';
import type { KutseConsole } from '../../widget/src/console/shell/console-shell.ts';
import { aRequest, FakeRequestsApi } from './console-requests.fixtures.ts';
import { loadAxe } from './fixtures/axe.ts';
import { closeConsole, openConsole } from './fixtures/fake-console-api.ts';
import { waitUntil } from './fixtures/screen.ts';

const LIST = '/console/registry/requests';
const ETEL = { slug: 'etel', name: 'Eesti Turvaettevõtete Liit', role: 'processor' } as const;

/**
 * The body's fake answering the registry admins' routes too: /admin/owner-requests… is answered
 * as a body's would be (the same shapes). Every path the views asked for is kept as they asked it.
 */
function registryApi() {
  const api = new FakeRequestsApi();
  api.author = 'Helle Kask';
  const asked: string[] = [];
  const fake = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    asked.push(`${init?.method ?? 'GET'} ${url.pathname}`);
    url.pathname = url.pathname.replace(/^\/admin\/owner-requests/, '/staff/bodies/registry/owner-requests');
    return fake(url, init);
  };
  return { api, asked };
}

/** The console as main.ts starts it on the page of a registry admin (of no body unless `bodies`). */
async function openAsRegistryAdmin(
  path: string,
  { language = 'et', bodies = [] }: { language?: 'et' | 'en'; bodies?: ConsoleBoot['bodies'] } = {},
): Promise<KutseConsole> {
  history.replaceState(null, '', path);
  const shell = document.createElement('kutse-console');
  shell.strings = language === 'en' ? en : et;
  shell.client = consoleClient({ csrfToken: 'csrf-of-the-session', language });
  shell.boot = {
    language,
    csrfToken: 'csrf-of-the-session',
    person: { name: 'Helle Kask' },
    roles: ['registri haldur'],
    bodies,
    registryAdmin: true,
  };
  document.body.append(shell);
  await shell.updateComplete;
  return shell;
}

describe('the registry’s requests in the console', () => {
  let api: FakeRequestsApi;
  let asked: string[];
  let shell: KutseConsole | undefined;
  before(async function () {
    await defineRequests();
    await loadAxe.call(this);
  });

  beforeEach(() => {
    ({ api, asked } = registryApi());
    api.requests = [
      aRequest(),
      aRequest({
        kind: 'duplicate',
        question: null,
        fee: { netCents: 500, vatRatePercent: 24, vatCents: 120, grossCents: 620, currency: 'EUR' },
        paymentReference: '2100000026',
        delivery: { name: 'Omniva pakiautomaat' },
      }),
    ];
  });

  afterEach(() => {
    closeConsole(shell);
    shell = undefined;
    api.restore();
  });

  const view = (tag: 'kutse-console-requests' | 'kutse-console-request') =>
    shell?.shadowRoot?.querySelector(tag)?.shadowRoot ?? undefined;
  const text = (tag: 'kutse-console-requests' | 'kutse-console-request') =>
    view(tag)?.textContent?.replace(/\s+/g, ' ') ?? '';
  const here = () => `${location.pathname}${location.search}`;
  const nav = () =>
    [...(shell?.shadowRoot?.querySelectorAll('nav.views a') ?? [])].map((a) => ({
      text: a.textContent?.trim(),
      current: a.getAttribute('aria-current') === 'page',
    }));
  const button = (root: ParentNode, label: string) => {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`no button “${label}”`);
    return found;
  };
  const listed = () => view('kutse-console-requests')?.querySelectorAll('li.request').length ?? 0;
  const openRequest = async (index: number, options: Parameters<typeof openAsRegistryAdmin>[1] = {}) => {
    shell = await openAsRegistryAdmin(`${LIST}/${api.requests[index]?.id}?lang=${options.language ?? 'et'}`, {
      ...options,
    });
    await waitUntil(
      () => view('kutse-console-request')?.querySelector('.columns'),
      'the request did not show',
    );
    return view('kutse-console-request') as ShadowRoot;
  };

  describe('the list', () => {
    it('is where /console takes a registry admin of no body, under the registry’s views only', async () => {
      shell = await openAsRegistryAdmin('/console?lang=et');
      await waitUntil(() => listed() === 2);
      expect(here()).to.equal(`${LIST}?lang=et`);
      expect(nav()).to.deep.equal([
        { text: 'Register: päringud', current: true },
        { text: 'Register: kutseandjad', current: false },
      ]);
      expect(shell.shadowRoot?.querySelector('.body-name')?.textContent).to.equal('Kutseregister');
      const root = view('kutse-console-requests') as ShadowRoot;
      expect(root.querySelector('h1')?.textContent?.trim()).to.equal('Registrile suunatud päringud');
      expect(text('kutse-console-requests')).to.include('mille kutseandja on tegevuse lõpetanud');
      expect(text('kutse-console-requests')).to.include('Duplikaat: ETEL-T3-0001');
      await waitUntil(() => document.title === 'Register: päringud — Kutse konsool');
      expect(asked).to.deep.equal(['GET /admin/owner-requests']);
      await expect(shell).to.be.accessible();
    });

    it('says when nothing has been routed to the registry, and when nothing matches the filter', async () => {
      api.requests = [];
      shell = await openAsRegistryAdmin(`${LIST}?lang=et`);
      await waitUntil(() => text('kutse-console-requests').includes('0 päringut'));
      expect(view('kutse-console-requests')?.querySelector('.note')?.textContent).to.equal(
        'Registrile suunatud päringuid ei ole.',
      );
      await expect(shell).to.be.accessible();
      const root = view('kutse-console-requests') as ShadowRoot;
      (root.querySelector('#filter-state') as HTMLSelectElement).value = 'declined';
      button(root, 'Näita').click();
      await waitUntil(() => text('kutse-console-requests').includes('Selliseid päringuid ei ole.'));
      expect(here()).to.equal(`${LIST}?state=declined&lang=et`);
      expect(asked.at(-1)).to.equal('GET /admin/owner-requests');
    });

    it('is worded in English on an English page', async () => {
      api.requests = [];
      shell = await openAsRegistryAdmin(`${LIST}?lang=en`, { language: 'en' });
      await waitUntil(() =>
        text('kutse-console-requests').includes('No requests have been routed to the registry.'),
      );
      expect(view('kutse-console-requests')?.querySelector('h1')?.textContent?.trim()).to.equal(
        'Requests routed to the registry',
      );
      expect(nav()).to.deep.equal([
        { text: 'Registry: requests', current: true },
        { text: 'Registry: awarding bodies', current: false },
      ]);
      expect(shell.shadowRoot?.querySelector('.body-name')?.textContent).to.equal('Qualifications registry');
      await expect(shell).to.be.accessible();
    });

    it('sits beside a body’s views for a registry admin who is also its staff, and switches without a page load', async () => {
      shell = await openAsRegistryAdmin('/console/bodies/etel/requests?lang=et', { bodies: [ETEL] });
      await waitUntil(() => listed() === 2);
      expect(nav().map((a) => a.text)).to.include.members(['Päringud', 'Register: päringud']);
      const registry = [...(shell.shadowRoot?.querySelectorAll('nav.views a') ?? [])].find(
        (a) => a.textContent?.trim() === 'Register: päringud',
      ) as HTMLAnchorElement;
      registry.click();
      await waitUntil(() => here() === `${LIST}?lang=et` && listed() === 2);
      expect(nav().find((a) => a.current)?.text).to.equal('Register: päringud');
      expect(asked).to.deep.equal(['GET /staff/bodies/etel/owner-requests', 'GET /admin/owner-requests']);
    });

    it('is refused to a body’s staff who is no registry admin, who is offered no link to it', async () => {
      shell = await openConsole(`${LIST}?lang=et`, { bodies: [ETEL] });
      await waitUntil(() => shell?.shadowRoot?.querySelector('main .note.error'));
      expect(shell.shadowRoot?.querySelector('main .note.error')?.textContent).to.equal(
        'Registrile suunatud päringuid näevad ainult registri haldurid.',
      );
      expect(nav().map((a) => a.text)).not.to.include('Register: päringud');
      expect(asked).to.deep.equal([]);
    });
  });

  describe('a request', () => {
    it('opens from the list as a link of its own, with the way back to the registry’s list', async () => {
      shell = await openAsRegistryAdmin(`${LIST}?kind=duplicate&lang=et`);
      await waitUntil(() => listed() === 1);
      const link = view('kutse-console-requests')?.querySelector('li.request a') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal(`${LIST}/${api.requests[1]?.id}?lang=et`);
      link.click();
      await waitUntil(() => view('kutse-console-request')?.querySelector('.columns'));
      expect(here()).to.equal(`${LIST}/${api.requests[1]?.id}?lang=et`);
      expect(nav().find((a) => a.current)?.text).to.equal('Register: päringud');
      const back = view('kutse-console-request')?.querySelector('a.back') as HTMLAnchorElement;
      expect(back.getAttribute('href')).to.equal(`${LIST}?kind=duplicate&lang=et`);
      expect(asked.at(-1)).to.equal(`GET /admin/owner-requests/${api.requests[1]?.id}`);
    });

    it('marks an order’s fee received through the registry’s route (it is paid to the registry)', async () => {
      const root = await openRequest(1);
      expect(text('kutse-console-request')).to.include('Ootab laekumist');
      expect(text('kutse-console-request')).to.include('6,20');
      await expect(shell).to.be.accessible();
      button(root, 'Märgi tasu laekunuks').click();
      const dialog = root.querySelector('dialog') as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      button(dialog, 'Kinnita').click();
      await waitUntil(() => text('kutse-console-request').includes('Laekunud'));
      expect(asked.at(-1)).to.equal(`POST /admin/owner-requests/${api.requests[1]?.id}/fee-received`);
      expect(() => button(root, 'Märgi tasu laekunuks')).to.throw();
      expect(button(root, 'Võta töösse')).to.exist;
    });

    it('answers through the registry’s route, and shows the answer in the thread', async () => {
      const root = await openRequest(0);
      expect(text('kutse-console-request')).to.include('Kas mu tunnistus kehtib ka Soomes?');
      // The registry answers for every body that is gone: the certificate says which issued it.
      expect(text('kutse-console-request')).to.include('Kutseandja Eesti Turvaettevõtete Liit');
      (root.querySelector('#answer') as HTMLTextAreaElement).value = 'Jah, koos ametliku tõlkega.';
      button(root, 'Saada vastus').click();
      await waitUntil(() => root.querySelector('ol.thread li.from-body'));
      const id = api.requests[0]?.id;
      expect(asked.at(-1)).to.equal(`POST /admin/owner-requests/${id}/messages`);
      const sent = api.sent.at(-1);
      expect(sent?.body).to.deep.equal({ body: 'Jah, koos ametliku tõlkega.' });
      expect(sent?.headers.get('x-csrf-token')).to.equal('csrf-of-the-session');
      const message = root.querySelector('ol.thread li.from-body')?.textContent?.replace(/\s+/g, ' ') ?? '';
      expect(message).to.include('Helle Kask (käsitleja)');
      expect(message).to.include('Jah, koos ametliku tõlkega.');
      expect(root.querySelector('.badge')?.textContent).to.equal('Töös');
      await expect(shell).to.be.accessible();
    });

    it('closes it in a dialog, in English too', async () => {
      const root = await openRequest(0, { language: 'en' });
      expect(root.querySelector('h1')?.textContent).to.equal('Question: ETEL-T3-0001');
      button(root, 'Mark done').click();
      const dialog = root.querySelector('dialog') as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      await expect(shell).to.be.accessible();
      button(dialog, 'Confirm').click();
      await waitUntil(() => !dialog.open);
      expect(asked.at(-1)).to.equal(`POST /admin/owner-requests/${api.requests[0]?.id}/state`);
      expect(api.sent.at(-1)?.body).to.deep.equal({ state: 'done' });
      await waitUntil(() => text('kutse-console-request').includes('The request is closed.'));
      expect(root.querySelector('#answer')).to.equal(null);
    });
  });
});
