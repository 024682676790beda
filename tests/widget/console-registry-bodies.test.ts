// The registry's awarding bodies in the console, in Chromium: a registry admin opens "Register:
// kutseandjad", sees each body acting or ceased on which day, records that one ceased on a day
// chosen in a dialog (POST /admin/bodies/:body/cease with the session's CSRF token), and hears how
// many open requests moved to the registry; a day the API refuses stays in its field with the
// reason beside it. The fake answers the two routes, each answer parsed by the contract's schema.
import { expect } from '@open-wc/testing';
import * as v from 'valibot';
import {
  type AwardingBodyList,
  BodyCeased,
  AwardingBodyList as ListSchema,
} from '../../contract/body-cease.ts';
import { tallinnDay } from '../../contract/calendar.ts';
import '../../widget/src/console/define.ts';
import { defineBodies } from '../../widget/src/console/registry/define.ts';
import { consoleClient } from '../../widget/src/console/shared/console-client.ts';
import { en } from '../../widget/src/console/shared/strings.en.ts';
import { et } from '../../widget/src/console/shared/strings.ts';
import type { KutseConsole } from '../../widget/src/console/shell/console-shell.ts';
import { loadAxe } from './fixtures/axe.ts';
import { closeConsole, problem } from './fixtures/fake-console-api.ts';
import { waitUntil } from './fixtures/screen.ts';

const PAGE = '/console/registry/bodies';

type Row = AwardingBodyList['bodies'][number];
const aBody = (overrides: Partial<Row> = {}): Row => ({
  slug: 'etel',
  name: 'Eesti Turvaettevõtete Liit',
  ceasedOn: null,
  fictional: false,
  ...overrides,
});

/** The two routes of the registry's bodies, as the API answers them; every call kept. */
function fakeBodiesApi() {
  const original = window.fetch;
  const state = {
    bodies: [aBody(), aBody({ slug: 'naidiskokad', name: 'Näidiskokkade Kutseühing', fictional: true })],
    moved: 3,
    /** The next cease's refusal, if any. */
    refusal: undefined as Response | undefined,
    sent: [] as { method: string; path: string; csrf: string | null; body: unknown; lang: string | null }[],
    restore: () => {
      window.fetch = original;
    },
  };
  window.fetch = async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    const method = init?.method ?? 'GET';
    const body = typeof init?.body === 'string' ? JSON.parse(init.body) : undefined;
    const csrf = new Headers(init?.headers).get('x-csrf-token');
    state.sent.push({ method, path: url.pathname, csrf, body, lang: url.searchParams.get('lang') });
    const json = (schema: v.GenericSchema, data: unknown) =>
      new Response(JSON.stringify(v.parse(schema, data)), {
        headers: { 'content-type': 'application/json' },
      });
    if (method === 'GET' && url.pathname === '/admin/bodies')
      return json(ListSchema, { bodies: state.bodies });
    const cease = /^\/admin\/bodies\/([\w-]+)\/cease$/.exec(url.pathname);
    if (method === 'POST' && cease) {
      if (state.refusal) return state.refusal;
      return json(BodyCeased, { body: cease[1], ceasedOn: body.ceasedOn, requestsMoved: state.moved });
    }
    return new Response(null, { status: 404 });
  };
  return state;
}

async function openAsRegistryAdmin(language: 'et' | 'en' = 'et'): Promise<KutseConsole> {
  history.replaceState(null, '', `${PAGE}?lang=${language}`);
  const shell = document.createElement('kutse-console');
  shell.strings = language === 'en' ? en : et;
  shell.client = consoleClient({ csrfToken: 'csrf-of-the-session', language });
  shell.boot = {
    language,
    csrfToken: 'csrf-of-the-session',
    person: { name: 'Helle Kask' },
    roles: ['registri haldur'],
    bodies: [],
    registryAdmin: true,
  };
  document.body.append(shell);
  await shell.updateComplete;
  return shell;
}

describe('the registry’s awarding bodies in the console', () => {
  let api: ReturnType<typeof fakeBodiesApi>;
  let shell: KutseConsole | undefined;
  before(async function () {
    await defineBodies();
    await loadAxe.call(this);
  });
  beforeEach(() => {
    api = fakeBodiesApi();
  });
  afterEach(() => {
    closeConsole(shell);
    shell = undefined;
    api.restore();
  });

  const view = () => shell?.shadowRoot?.querySelector('kutse-console-bodies')?.shadowRoot ?? undefined;
  const text = (root: ParentNode | undefined) =>
    (root as Element | ShadowRoot | undefined)?.textContent?.replace(/\s+/g, ' ') ?? '';
  const rows = () => [...(view()?.querySelectorAll('li.body') ?? [])].map((li) => text(li).trim());
  const button = (root: ParentNode, label: string) => {
    const found = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`no button “${label}”`);
    return found;
  };
  const openDialog = async () => {
    shell = await openAsRegistryAdmin();
    await waitUntil(() => rows().length === 2, 'the bodies did not show');
    button(view()?.querySelector('li.body') as Element, 'Märgi tegevuse lõpetanuks').click();
    await waitUntil(() => view()?.querySelector('dialog')?.open, 'the dialog did not open');
    return view()?.querySelector('dialog') as HTMLDialogElement;
  };

  it('lists the bodies with their state, under Register: kutseandjad beside the registry’s requests', async () => {
    api.bodies = [aBody(), aBody({ slug: 'vana', name: 'Vana Liit', ceasedOn: '2024-05-14' })];
    shell = await openAsRegistryAdmin();
    await waitUntil(() => rows().length === 2, 'the bodies did not show');
    expect(rows()[0]).to.include('Eesti Turvaettevõtete Liit').and.include('Tegutseb');
    expect(rows()[1]).to.include('Vana Liit').and.include('Lõpetas tegevuse 14.05.2024');
    // Only an acting body can be marked as ceased.
    expect(view()?.querySelectorAll('li.body button').length).to.equal(1);
    const nav = [...(shell.shadowRoot?.querySelectorAll('nav.views a') ?? [])].map((a) => ({
      text: a.textContent?.trim(),
      current: a.getAttribute('aria-current') === 'page',
    }));
    expect(nav).to.deep.equal([
      { text: 'Register: päringud', current: false },
      { text: 'Register: kutseandjad', current: true },
    ]);
    await waitUntil(() => document.title === 'Register: kutseandjad — Kutse konsool');
    expect(api.sent).to.deep.equal([
      { method: 'GET', path: '/admin/bodies', csrf: null, body: undefined, lang: 'et' },
    ]);
    await expect(shell).to.be.accessible();
  });

  it('records the day a body ceased, chosen in a dialog, and says how many requests moved', async () => {
    const dialog = await openDialog();
    expect(text(dialog)).to.include('Eesti Turvaettevõtete Liit');
    expect(text(dialog)).to.include('avatud pöördumised suunatakse registrile');
    const day = dialog.querySelector('input[type=date]') as HTMLInputElement;
    expect(day.value).to.equal(tallinnDay(new Date()));
    expect(day.max).to.equal(tallinnDay(new Date()));
    expect(view()?.activeElement).to.equal(day);
    await expect(shell).to.be.accessible();
    day.value = '2024-05-14';
    button(dialog, 'Kinnita').click();
    await waitUntil(() => !dialog.open, 'the dialog did not close');
    expect(api.sent.at(-1)).to.deep.equal({
      method: 'POST',
      path: '/admin/bodies/etel/cease',
      csrf: 'csrf-of-the-session',
      body: { ceasedOn: '2024-05-14' },
      lang: 'et',
    });
    await waitUntil(() => rows()[0]?.includes('Lõpetas tegevuse 14.05.2024'), 'the row did not show the day');
    expect(view()?.querySelector('[role=status][aria-live]')?.textContent).to.equal(
      'Eesti Turvaettevõtete Liit: 3 avatud pöördumist suunati registrile.',
    );
    expect(view()?.activeElement?.id).to.equal('body-etel');
  });

  it('shows a refused day next to the field, keeping what was typed', async () => {
    api.refusal = problem(422, 'Andmed ei sobi', {
      errors: [
        {
          in: 'body',
          field: 'ceasedOn',
          pointer: '/ceasedOn',
          detail: 'Tegevuse lõpetamise päev ei saa olla tulevikus.',
        },
      ],
    });
    const dialog = await openDialog();
    const day = dialog.querySelector('input[type=date]') as HTMLInputElement;
    day.value = '2024-05-13';
    button(dialog, 'Kinnita').click();
    await waitUntil(() => dialog.querySelector('#ceased-on-error')?.textContent?.trim() !== '');
    expect(dialog.open).to.equal(true);
    expect(dialog.querySelector('#ceased-on-error')?.textContent).to.equal(
      'Tegevuse lõpetamise päev ei saa olla tulevikus.',
    );
    expect(day.value).to.equal('2024-05-13');
    expect(day.getAttribute('aria-invalid')).to.equal('true');
    expect(rows()[0]).to.include('Tegutseb');
  });

  it('shows a body that has already ceased in the dialog', async () => {
    api.refusal = problem(409, 'Konflikt', { detail: 'See kutse andja lõpetas tegevuse juba 2024-05-10.' });
    const dialog = await openDialog();
    button(dialog, 'Kinnita').click();
    await waitUntil(() => dialog.querySelector('[role=alert]'), 'the refusal did not show');
    expect(text(dialog.querySelector('[role=alert]') as Element)).to.include('lõpetas tegevuse juba');
    expect(dialog.open).to.equal(true);
  });

  it('returns the focus to its button when cancelled, recording nothing', async () => {
    const dialog = await openDialog();
    button(dialog, 'Loobu').click();
    expect(dialog.open).to.equal(false);
    expect(view()?.activeElement?.textContent?.trim()).to.equal('Märgi tegevuse lõpetanuks');
    expect(api.sent.map((s) => s.method)).to.deep.equal(['GET']);
  });

  it('is worded in English on an English page', async () => {
    api.bodies = [aBody({ name: 'Estonian Security Companies Association' })];
    shell = await openAsRegistryAdmin('en');
    await waitUntil(() => rows().length === 1, 'the bodies did not show');
    expect(view()?.querySelector('h1')?.textContent?.trim()).to.equal('Awarding bodies');
    expect(rows()[0]).to.include('Acting');
    const nav = [...(shell.shadowRoot?.querySelectorAll('nav.views a') ?? [])].map((a) =>
      a.textContent?.trim(),
    );
    expect(nav).to.deep.equal(['Registry: requests', 'Registry: awarding bodies']);
    button(view()?.querySelector('li.body') as Element, 'Mark as ceased').click();
    const dialog = view()?.querySelector('dialog') as HTMLDialogElement;
    await waitUntil(() => dialog.open);
    expect(text(dialog)).to.include('Its open requests move to the registry, and the owner of each is told.');
    (dialog.querySelector('input') as HTMLInputElement).value = '2024-05-14';
    button(dialog, 'Confirm').click();
    await waitUntil(() => rows()[0]?.includes('Ceased on 14/05/2024'), 'the row did not show the day');
    expect(view()?.querySelector('[role=status][aria-live]')?.textContent).to.equal(
      'Estonian Security Companies Association: 3 open requests moved to the registry.',
    );
    await expect(shell).to.be.accessible();
  });

  it('is refused to a body’s staff who is no registry admin, with no link to it', async () => {
    history.replaceState(null, '', `${PAGE}?lang=et`);
    shell = document.createElement('kutse-console');
    shell.strings = et;
    shell.client = consoleClient({ csrfToken: 'csrf', language: 'et' });
    shell.boot = {
      language: 'et',
      csrfToken: 'csrf',
      person: { name: 'Tiit Teenindaja' },
      roles: [],
      bodies: [{ slug: 'etel', name: 'Eesti Turvaettevõtete Liit', role: 'processor' }],
      registryAdmin: false,
    };
    document.body.append(shell);
    await waitUntil(() => shell?.shadowRoot?.querySelector('main .note.error'));
    expect(shell.shadowRoot?.querySelector('main .note.error')?.textContent).to.equal(
      'Kutseandjate tegevuse lõpetamist märgivad ainult registri haldurid.',
    );
    const nav = [...(shell.shadowRoot?.querySelectorAll('nav.views a') ?? [])].map((a) =>
      a.textContent?.trim(),
    );
    expect(nav).not.to.include('Register: kutseandjad');
    expect(api.sent).to.deep.equal([]);
  });
});
