// Certificate owners' requests in the console, in Chromium against a fake of their API routes:
// the list with its filters in the URL and its empty state, a request's page with the certificate,
// the owner's contact and the thread, the answer (refused next to its field, kept on a failure,
// shown in the thread once sent), declining in a dialog that asks for the reason, an assessor's
// read-only page, deep links with back and forward, and axe on each of them in both languages.
import { expect } from '@open-wc/testing';
import '../../widget/src/console/define.ts';
import { defineRequests } from '../../widget/src/console/requests/define.ts';
import type { KutseConsole } from '../../widget/src/console/shell/console-shell.ts';
import { aRequest, FakeRequestsApi } from './console-requests.fixtures.ts';
import { loadAxe } from './fixtures/axe.ts';
import { closeConsole, openConsole } from './fixtures/fake-console-api.ts';
import { waitUntil } from './fixtures/screen.ts';

const LIST = '/console/bodies/etel/requests';

describe('owners’ requests in the console', () => {
  let api: FakeRequestsApi;
  let shell: KutseConsole | undefined;
  before(async function () {
    // The shell loads the requests' views on first use; defined here, a test need not wait for it.
    await defineRequests();
    await loadAxe.call(this);
  });

  beforeEach(() => {
    api = new FakeRequestsApi();
    api.requests = [
      aRequest(),
      aRequest({
        kind: 'print',
        question: null,
        state: 'in_progress',
        fee: { netCents: 1500, vatRatePercent: 22, vatCents: 330, grossCents: 1830, currency: 'EUR' },
        paymentReference: '2100000013',
        delivery: { name: 'Omniva pakiautomaat' },
        messages: [
          {
            id: 'm1',
            fromBody: true,
            author: 'Andres Kivi',
            text: 'Trükime tunnistuse pärast tasu laekumist.',
            sentAt: '2024-05-14T09:00:00.000Z',
          },
        ],
      }),
    ];
  });

  afterEach(() => {
    closeConsole(shell);
    shell = undefined;
    api.restore();
  });

  const view = (tag: 'kutse-console-requests' | 'kutse-console-request') => {
    const element = shell?.shadowRoot?.querySelector(tag);
    return element?.shadowRoot ?? undefined;
  };
  const text = (tag: 'kutse-console-requests' | 'kutse-console-request') =>
    view(tag)?.textContent?.replace(/\s+/g, ' ') ?? '';
  const here = () => `${location.pathname}${location.search}`;
  const open = async (path: string, options: Parameters<typeof openConsole>[1] = {}) => {
    shell = await openConsole(path, options);
  };
  const openRequest = async (index = 0, options: Parameters<typeof openConsole>[1] = {}) => {
    await open(`${LIST}/${api.requests[index]?.id}?lang=${options.language ?? 'et'}`, options);
    await waitUntil(
      () => view('kutse-console-request')?.querySelector('.columns'),
      'the request did not show',
    );
    return view('kutse-console-request') as ShadowRoot;
  };
  const button = (root: ParentNode, label: string) => {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`no button “${label}”`);
    return found;
  };

  describe('the list', () => {
    it('shows each request with its certificate, owner, state and last message, under the Requests view', async () => {
      await open(`${LIST}?lang=et`);
      await waitUntil(() => view('kutse-console-requests')?.querySelectorAll('li.request').length === 2);
      const shown = text('kutse-console-requests');
      expect(shown).to.include('Küsimus: ETEL-T3-0001');
      expect(shown).to.include('Trükk tagantjärele: ETEL-T3-0001');
      expect(shown).to.include('Jaan Ääremaa');
      expect(shown).to.include('Turvatöötaja, tase 3');
      expect(shown).to.include('Trükime tunnistuse pärast tasu laekumist.');
      expect(shown).to.include('Sõnumeid veel ei ole.');
      const current = shell?.shadowRoot?.querySelector('nav.views a[aria-current="page"]');
      expect(current?.textContent?.trim()).to.equal('Päringud');
      await waitUntil(() => document.title.startsWith('Päringud'));
      await expect(shell).to.be.accessible();
    });

    it('filters by state through the URL, and says so when nothing matches', async () => {
      await open(`${LIST}?lang=et`);
      await waitUntil(() => view('kutse-console-requests')?.querySelectorAll('li.request').length === 2);
      const root = view('kutse-console-requests') as ShadowRoot;
      (root.querySelector('#filter-state') as HTMLSelectElement).value = 'declined';
      button(root, 'Näita').click();
      await waitUntil(() => text('kutse-console-requests').includes('Selliseid päringuid ei ole.'));
      expect(here()).to.equal(`${LIST}?state=declined&lang=et`);
      expect(
        api
          .to(/owner-requests$/)
          .at(-1)
          ?.query.get('state'),
      ).to.equal('declined');
      await expect(shell).to.be.accessible();
      history.back();
      await waitUntil(() => view('kutse-console-requests')?.querySelectorAll('li.request').length === 2);
      expect(here()).to.equal(`${LIST}?lang=et`);
    });

    it('is worded in English on an English page', async () => {
      await open(`${LIST}?lang=en`, { language: 'en' });
      await waitUntil(() => view('kutse-console-requests')?.querySelectorAll('li.request').length === 2);
      expect(text('kutse-console-requests')).to.include('Question: ETEL-T3-0001');
      expect(text('kutse-console-requests')).to.include('No messages yet.');
      await expect(shell).to.be.accessible();
    });
  });

  describe('a request', () => {
    it('opens from the list as a link of its own, and back returns to the list', async () => {
      await open(`${LIST}?kind=information&lang=et`);
      await waitUntil(() => view('kutse-console-requests')?.querySelectorAll('li.request').length === 1);
      const link = view('kutse-console-requests')?.querySelector('li.request a') as HTMLAnchorElement;
      expect(link.getAttribute('href')).to.equal(`${LIST}/${api.requests[0]?.id}?lang=et`);
      link.click();
      await waitUntil(() => view('kutse-console-request')?.querySelector('.columns'));
      expect(here()).to.equal(`${LIST}/${api.requests[0]?.id}?lang=et`);
      const back = view('kutse-console-request')?.querySelector('a.back') as HTMLAnchorElement;
      expect(back.getAttribute('href')).to.equal(`${LIST}?kind=information&lang=et`);
      history.back();
      await waitUntil(() => view('kutse-console-requests')?.querySelectorAll('li.request').length === 1);
      history.forward();
      await waitUntil(() => view('kutse-console-request')?.querySelector('.columns'));
    });

    it('shows the question, the certificate, the owner’s contact and the fee, and passes axe', async () => {
      const root = await openRequest(1);
      const shown = text('kutse-console-request');
      expect(root.querySelector('h1')?.textContent).to.equal('Trükk tagantjärele: ETEL-T3-0001');
      expect(shown).to.include('Tähtajatu');
      expect(shown).to.include('Kehtiv');
      expect(shown).to.include('jaan@example.ee');
      expect(shown).to.include('+372 5123 4567');
      expect(shown).to.include('Omniva pakiautomaat');
      expect(shown).to.include('2100000013');
      expect(shown).to.include('Ootab laekumist');
      expect(shown).to.include('Andres Kivi (kutseandja)');
      await expect(shell).to.be.accessible();
    });

    it('names an empty answer next to the field and sends nothing', async () => {
      const root = await openRequest();
      button(root, 'Saada vastus').click();
      await waitUntil(() => root.querySelector('#answer-error')?.textContent === 'Kirjutage vastus.');
      const field = root.querySelector('#answer') as HTMLTextAreaElement;
      expect(field.getAttribute('aria-invalid')).to.equal('true');
      expect(field.getAttribute('aria-describedby')).to.include('answer-error');
      expect(api.to(/messages$/, 'POST')).to.have.length(0);
    });

    it('keeps the typed answer when sending fails, and shows it in the thread once sent', async () => {
      const root = await openRequest();
      const field = root.querySelector('#answer') as HTMLTextAreaElement;
      field.value = 'Jah, Soomes kehtib see koos tõlkega.';
      api.intercept = (sent) => {
        if (sent.method === 'POST') throw new TypeError('Failed to fetch');
        return undefined;
      };
      button(root, 'Saada vastus').click();
      await waitUntil(() =>
        root.querySelector('#answer-error')?.textContent?.includes('Ühendus API-ga katkes'),
      );
      expect(field.value).to.equal('Jah, Soomes kehtib see koos tõlkega.');

      api.intercept = undefined;
      button(root, 'Saada vastus').click();
      await waitUntil(() => root.querySelector('ol.thread li.from-body'));
      expect(api.to(/messages$/, 'POST').at(-1)?.body).to.deep.equal({
        body: 'Jah, Soomes kehtib see koos tõlkega.',
      });
      expect(
        api
          .to(/messages$/, 'POST')
          .at(-1)
          ?.headers.get('x-csrf-token'),
      ).to.equal('csrf-of-the-session');
      expect(root.querySelector('ol.thread')?.textContent).to.include('Jah, Soomes kehtib see koos tõlkega.');
      expect(field.value).to.equal('');
      expect(root.querySelector('.badge')?.textContent).to.equal('Töös');
      expect(root.querySelector('[role="status"][aria-live]')?.textContent).to.equal('Vastus saadetud.');
    });

    it('declines in a dialog that asks for the reason, then takes no more answers', async () => {
      const root = await openRequest();
      button(root, 'Lükka tagasi').click();
      const dialog = root.querySelector('dialog') as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      await expect(shell).to.be.accessible();
      button(dialog, 'Kinnita').click();
      await waitUntil(() => dialog.querySelector('#reason-error')?.textContent === 'Kirjutage põhjus.');
      expect(api.to(/state$/, 'POST')).to.have.length(0);
      (dialog.querySelector('#reason') as HTMLTextAreaElement).value = 'Küsimus ei puuduta tunnistust.';
      button(dialog, 'Kinnita').click();
      await waitUntil(() => !dialog.open);
      expect(api.to(/state$/, 'POST')[0]?.body).to.deep.equal({
        state: 'declined',
        reason: 'Küsimus ei puuduta tunnistust.',
      });
      await waitUntil(() => root.querySelector('.badge')?.textContent === 'Tagasi lükatud');
      expect(text('kutse-console-request')).to.include('Päring on suletud.');
      expect(root.querySelector('#answer')).to.equal(null);
    });

    it('marks a print’s fee received after confirming', async () => {
      const root = await openRequest(1);
      button(root, 'Märgi tasu laekunuks').click();
      const dialog = root.querySelector('dialog') as HTMLDialogElement;
      await waitUntil(() => dialog.open);
      button(dialog, 'Kinnita').click();
      await waitUntil(() => text('kutse-console-request').includes('Laekunud'));
      expect(api.to(/fee-received$/, 'POST')).to.have.length(1);
      expect(() => button(root, 'Märgi tasu laekunuks')).to.throw();
    });

    it('lets an assessor read it but not answer, in English too', async () => {
      const root = await openRequest(0, {
        language: 'en',
        bodies: [{ slug: 'etel', name: 'Estonian Security Companies Association', role: 'assessor' }],
      });
      expect(text('kutse-console-request')).to.include(
        'As an assessor you can read requests but not answer them.',
      );
      expect(root.querySelector('#answer')).to.equal(null);
      await expect(shell).to.be.accessible();
    });
  });
});
