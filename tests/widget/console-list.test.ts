// The console's list of a body's applications, in Chromium against the fake console API: every
// filter, sort and page is in the URL; state chips show counts; a refused filter is named next to
// its field in the page's language; a selection takes a bulk action.
import { expect } from '@open-wc/testing';
import type { KutseConsole } from '../../widget/src/console/shell/console-shell.ts';
import {
  anApplicationFile,
  closeConsole,
  FakeConsoleApi,
  openConsole,
  viewOf,
} from './fixtures/fake-console-api.ts';
import { waitUntil } from './fixtures/screen.ts';

const LIST = '/console/bodies/etel/applications';

describe('the console’s list', () => {
  let api: FakeConsoleApi;
  let shell: KutseConsole | undefined;

  beforeEach(() => {
    api = new FakeConsoleApi();
    api.files = [
      anApplicationFile({ submittedAt: '2026-11-01T10:00:00Z' }),
      anApplicationFile({ submittedAt: '2026-11-02T10:00:00Z', state: 'returned' }),
      anApplicationFile({ submittedAt: '2026-11-03T10:00:00Z' }),
      anApplicationFile({ submittedAt: '2026-11-04T10:00:00Z', state: 'admitted', feeReceived: true }),
      anApplicationFile({ submittedAt: '2026-11-05T10:00:00Z' }),
    ];
  });

  afterEach(() => {
    closeConsole(shell);
    api.restore();
  });

  const list = () => viewOf(shell as KutseConsole, 'kutse-console-list');
  const rows = () =>
    [...list().querySelectorAll('tbody tr')].map((r) =>
      r.querySelector('td:nth-child(2)')?.textContent?.trim(),
    );
  const loaded = async (count: number) => {
    await waitUntil(() => {
      try {
        return rows().length === count && !list().querySelector('[aria-busy="true"]');
      } catch {
        return false;
      }
    }, `expected ${count} rows`);
  };
  const link = (name: RegExp) => {
    const found = [...list().querySelectorAll('a')].find((a) => name.test(a.textContent?.trim() ?? ''));
    if (!found) throw new Error(`no link ${name}`);
    return found;
  };
  const here = () => `${location.pathname}${location.search}`;

  it('shows the newest first, the total, and a count for each state', async () => {
    shell = await openConsole(`${LIST}?lang=et`);
    await loaded(3);
    const names = api.files.map((f) => `${f.applicant.givenName} ${f.applicant.familyName}`);
    expect(rows()).to.deep.equal([names[4], names[3], names[2]]);
    expect(list().querySelector('h2.total')?.textContent?.trim()).to.equal('5 taotlust');
    const chips = [...list().querySelectorAll('nav.states a')].map((a) =>
      a.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(chips).to.deep.equal([
      'Kõik olekud 5',
      'Esitatud 3',
      'Tagastatud täiendamiseks 1',
      'Eksamile lubatud 1',
    ]);
    expect(document.title).to.equal('Taotlused: Eesti Turvaettevõtete Liit — Kutse konsool');
  });

  it('puts a state chip in the URL and asks the API for that state', async () => {
    shell = await openConsole(`${LIST}?lang=et`);
    await loaded(3);
    link(/^Tagastatud/).click();
    await loaded(1);
    expect(here()).to.equal(`${LIST}?state=returned&lang=et`);
    expect(
      api
        .to(/applications$/)
        .at(-1)
        ?.query.getAll('state'),
    ).to.deep.equal(['returned']);
    expect(link(/^Tagastatud/).getAttribute('aria-current')).to.equal('true');

    // Back: the whole list again, from the browser's history.
    history.back();
    await loaded(3);
    expect(here()).to.equal(`${LIST}?lang=et`);
  });

  it('sends the filter form’s fields as the URL’s query, keeping the sort', async () => {
    shell = await openConsole(`${LIST}?sort=name&lang=et`);
    await loaded(3);
    const form = list().querySelector('form.filters') as HTMLFormElement;
    (form.querySelector('[name="q"]') as HTMLInputElement).value = 'tamm';
    (form.querySelector('[name="fee"]') as HTMLSelectElement).value = 'due';
    form.requestSubmit();
    await waitUntil(() => location.search.includes('q=tamm'));
    expect(here()).to.equal(`${LIST}?sort=name&q=tamm&fee=due&lang=et`);
    const asked = api.to(/applications$/).at(-1)?.query;
    expect(asked?.get('q')).to.equal('tamm');
    expect(asked?.get('fee')).to.equal('due');
    expect(asked?.get('lang')).to.equal('et');
  });

  it('sorts by a column header, says so with aria-sort, and turns it round on a second click', async () => {
    shell = await openConsole(`${LIST}?lang=et`);
    await loaded(3);
    const header = (name: string) =>
      [...list().querySelectorAll('th')].find((th) => th.textContent?.includes(name)) as HTMLElement;
    expect(header('Esitatud').getAttribute('aria-sort')).to.equal('descending');
    expect(header('Taotleja').getAttribute('aria-sort')).to.equal('none');

    (header('Taotleja').querySelector('a') as HTMLAnchorElement).click();
    await waitUntil(() => location.search.includes('sort=name'));
    await loaded(3);
    expect(here()).to.equal(`${LIST}?sort=name&order=asc&lang=et`);
    expect(header('Taotleja').getAttribute('aria-sort')).to.equal('ascending');

    (header('Taotleja').querySelector('a') as HTMLAnchorElement).click();
    await waitUntil(() => location.search.includes('order=desc'));
    expect(header('Taotleja').getAttribute('aria-sort')).to.equal('descending');
  });

  it('pages forward with the cursor and back through the cursors before it', async () => {
    api.pageSize = 2;
    shell = await openConsole(`${LIST}?lang=et`);
    await loaded(2);
    const first = rows();
    link(/^Järgmine/).click();
    await waitUntil(() => location.search.includes('after=2'));
    await loaded(2);
    link(/^Järgmine/).click();
    await waitUntil(() => location.search.includes('after=4'));
    await loaded(1);
    expect(list().querySelector('.paging')?.textContent).not.to.include('Järgmine');

    link(/^Eelmine/).click();
    await waitUntil(() => location.search.includes('after=2'));
    link(/^Eelmine/).click();
    await waitUntil(() => !location.search.includes('after'));
    await loaded(2);
    expect(rows()).to.deep.equal(first);
  });

  it('offers the CSV of the same filters', async () => {
    shell = await openConsole(`${LIST}?state=submitted&q=tamm&lang=et`);
    await loaded(1);
    const csv = link(/CSV/);
    expect(csv.getAttribute('href')).to.equal(
      '/staff/bodies/etel/applications.csv?state=submitted&q=tamm&lang=et',
    );
    expect(csv.hasAttribute('download')).to.equal(true);
  });

  it('names a refused filter next to its field, in Estonian and in English', async () => {
    shell = await openConsole(`${LIST}?submittedFrom=2026-12-01&submittedTo=2026-11-01&lang=et`);
    await waitUntil(() => list().querySelector('#filter-submittedFrom-error')?.textContent?.trim() !== '');
    const field = list().querySelector('#filter-submittedFrom') as HTMLInputElement;
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    expect(list().querySelector('#filter-submittedFrom-error')?.textContent?.trim()).to.equal(
      'peab olema enne lõppkuupäeva',
    );
    expect(list().querySelector('[role="alert"]')?.textContent).to.include('Filtrites on viga');
    closeConsole(shell);

    shell = await openConsole(`${LIST}?submittedFrom=2026-12-01&submittedTo=2026-11-01&lang=en`, {
      language: 'en',
    });
    await waitUntil(() => list().querySelector('#filter-submittedFrom-error')?.textContent?.trim() !== '');
    expect(list().querySelector('#filter-submittedFrom-error')?.textContent?.trim()).to.equal(
      'must be before the end date',
    );
    expect(list().querySelector('[role="alert"]')?.textContent).to.include('A filter needs fixing');
  });

  it('says when no application matches', async () => {
    shell = await openConsole(`${LIST}?q=nobody&lang=et`);
    await waitUntil(() => list().textContent?.includes('Nende filtritega taotlusi ei ole.'));
    expect(list().querySelector('table')).to.equal(null);
  });

  it('marks the fee received for a selection, and says which were refused', async () => {
    shell = await openConsole(`${LIST}?lang=et`);
    await loaded(3);
    const boxes = [...list().querySelectorAll<HTMLInputElement>('tbody input[type="checkbox"]')];
    for (const box of boxes.slice(0, 2)) box.click();
    await waitUntil(() => list().textContent?.includes('Valitud 2 taotlust'));
    (list().querySelector('form.bulk') as HTMLFormElement).requestSubmit();
    await waitUntil(() => list().textContent?.includes('Tehtud:'));
    const bulk = api.to(/bulk-actions$/, 'POST')[0];
    expect(bulk?.headers.get('x-csrf-token')).to.equal('csrf-of-the-session');
    expect(bulk?.body).to.deep.equal({
      ids: [api.files[4]?.id, api.files[3]?.id],
      action: { kind: 'markFeeReceived' },
    });
    // The admitted one had its fee already.
    expect(list().textContent).to.include('Tehtud: 1.');
    expect(list().textContent).to.include('Ei tehtud: 1.');
    expect(list().textContent).to.include('Tasu on juba laekunud');
  });

  it('asks for the message before sending one to a selection, then sends it to each', async () => {
    shell = await openConsole(`${LIST}?lang=en`, { language: 'en' });
    await loaded(3);
    list().querySelector<HTMLInputElement>('thead input[type="checkbox"]')?.click();
    await waitUntil(() => list().textContent?.includes('3 applications selected'));
    const kind = list().querySelector('#bulk-kind') as HTMLSelectElement;
    kind.value = 'message';
    kind.dispatchEvent(new Event('change'));
    await waitUntil(() => list().querySelector('#bulk-text') !== null);
    (list().querySelector('form.bulk') as HTMLFormElement).requestSubmit();
    await waitUntil(() => list().querySelector('#bulk-text-error')?.textContent === 'Required.');
    expect(list().querySelector('#bulk-text')?.getAttribute('aria-invalid')).to.equal('true');
    expect(api.to(/bulk-actions$/, 'POST')).to.have.length(0);

    (list().querySelector('#bulk-text') as HTMLTextAreaElement).value = 'The exam room has changed.';
    api.intercept = (sent) =>
      sent.path.endsWith('/bulk-actions')
        ? new Response(JSON.stringify({ done: (sent.body as { ids: string[] }).ids, refused: [] }), {
            headers: { 'content-type': 'application/json' },
          })
        : undefined;
    (list().querySelector('form.bulk') as HTMLFormElement).requestSubmit();
    await waitUntil(() => list().textContent?.includes('Done: 3.'));
    expect(
      (api.to(/bulk-actions$/, 'POST')[0]?.body as { action: unknown } | undefined)?.action,
    ).to.deep.equal({
      kind: 'message',
      text: 'The exam room has changed.',
    });
  });

  it('tells a network failure apart, and tries again', async () => {
    let failing = true;
    api.intercept = (sent) => {
      if (failing && sent.path.endsWith('/applications')) throw new TypeError('Failed to fetch');
      return undefined;
    };
    shell = await openConsole(`${LIST}?lang=et`);
    await waitUntil(() => list().textContent?.includes('Ühendus API-ga katkes'));
    failing = false;
    (
      [...list().querySelectorAll('button')].find((b) =>
        b.textContent?.includes('Proovi uuesti'),
      ) as HTMLButtonElement
    ).click();
    await loaded(3);
  });
});
