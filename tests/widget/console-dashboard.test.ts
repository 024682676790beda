// <kutse-console-dashboard> as a body's staff member reads it: the figures at the top, each chart
// with a table of the same numbers, money and months in the page's language, and nothing drawn
// from an answer the API could not send (the fake's figures are parsed by the contract's schema).
import { expect, fixture, html } from '@open-wc/testing';
import { Chart } from 'chart.js';
import * as v from 'valibot';
import { applicationStates } from '../../contract/application-states.ts';
import { Dashboard } from '../../contract/dashboard.ts';
import { KutseConsoleDashboard } from '../../widget/src/console/dashboard/console-dashboard.ts';
import type { ConsoleBody } from '../../widget/src/console/shared/boot.ts';
import { en } from '../../widget/src/console/shared/strings.en.ts';
import { et } from '../../widget/src/console/shared/strings.ts';
import { ApiProblem } from '../../widget/src/shared/problem.ts';
import { loadAxe } from './fixtures/axe.ts';
import { waitUntil } from './fixtures/screen.ts';

if (!customElements.get('kutse-console-dashboard'))
  customElements.define('kutse-console-dashboard', KutseConsoleDashboard);

const etel: ConsoleBody = { slug: 'etel', name: 'Eesti Turvaettevõtete Liit', role: 'processor' };
const zero = () => Object.fromEntries(applicationStates.map((s) => [s, 0]));

/** ETEL's figures on 15 May 2024: two qualifications, and fees in the last two months only. */
function figures(): Dashboard {
  const months = Array.from({ length: 12 }, (_, i) => {
    const month = `${i < 7 ? 2023 : 2024}-${String(((i + 5) % 12) + 1).padStart(2, '0')}`;
    return {
      month,
      submitted: i === 10 ? 7 : i === 11 ? 4 : 1,
      expectedCents: 0,
      receivedCents: 0,
      waived: 0,
    };
  });
  Object.assign(months[10] ?? {}, { expectedCents: 3_000_00, receivedCents: 2_400_00 });
  Object.assign(months[11] ?? {}, { expectedCents: 1_500_00, receivedCents: 1_234_56, waived: 1 });
  return v.parse(Dashboard, {
    asOf: '2024-05-15',
    byState: { ...zero(), submitted: 9, resubmitted: 2, admitted: 5 },
    byQualification: [
      {
        slug: 'turvajuht-5',
        name: 'Turvajuht, tase 5',
        total: 12,
        byState: { ...zero(), submitted: 6, resubmitted: 2, admitted: 4 },
      },
      {
        slug: 'turvatootaja-3',
        name: 'Turvatöötaja, tase 3',
        total: 4,
        byState: { ...zero(), submitted: 3, admitted: 1 },
      },
    ],
    months,
  });
}

async function dashboard(language: 'et' | 'en', load: () => Promise<Dashboard> = async () => figures()) {
  const calls: string[] = [];
  const el = await fixture<KutseConsoleDashboard>(html`<kutse-console-dashboard
    .client=${{
      dashboard: (body: string) => {
        calls.push(body);
        return load();
      },
    }}
    .strings=${language === 'en' ? en : et}
    .language=${language}
    .body=${etel}
  ></kutse-console-dashboard>`);
  return { el, calls };
}

const text = (el: Element) => (el.shadowRoot as ShadowRoot).textContent?.replace(/\s+/g, ' ') ?? '';
const rows = (el: Element, caption: string) => {
  const table = [...(el.shadowRoot?.querySelectorAll('table') ?? [])].find(
    (t) => t.caption?.textContent?.trim() === caption,
  );
  if (!table) throw new Error(`no table “${caption}”`);
  return [...table.rows].map((r) => [...r.cells].map((c) => c.textContent?.trim() ?? ''));
};
const loaded = (el: Element) =>
  waitUntil(() => (el.shadowRoot?.querySelectorAll('table').length ?? 0) === 3, 'the tables');

describe('<kutse-console-dashboard>', () => {
  before(loadAxe);

  it('asks for the body’s figures and shows this month against the last, the cases awaiting a decision and the fees', async () => {
    const { el, calls } = await dashboard('et');
    await loaded(el);
    expect(calls).to.deep.equal(['etel']);
    const shown = text(el);
    expect(shown).to.include('Esitatud sel kuul 4 eelmisel kuul 7');
    expect(shown).to.include('Ootavad otsust 11');
    // Estonian groups thousands only from five digits on.
    expect(shown).to.include('Laekunud tasud sel kuul 1234,56 €');
  });

  it('gives each chart a table of the same numbers, states in the life’s order and only those in use', async () => {
    const { el } = await dashboard('et');
    await loaded(el);
    expect(rows(el, 'Taotlused kutsete ja olekute kaupa')).to.deep.equal([
      ['Olek', 'Turvajuht, tase 5', 'Turvatöötaja, tase 3', 'Kokku'],
      ['Esitatud', '6', '3', '9'],
      ['Uuesti esitatud', '2', '0', '2'],
      ['Eksamile lubatud', '4', '1', '5'],
      ['Kokku', '12', '4', '16'],
    ]);
    const months = rows(el, 'Esitatud taotlused kuude kaupa');
    expect(months).to.have.length(13);
    expect(months.at(-1)?.[1]).to.equal('4');
    const fees = rows(el, 'Tasud: oodatud ja laekunud');
    expect(
      fees
        .at(-1)
        ?.slice(1)
        .map((c) => c.replace(/\s/g, ' ')),
    ).to.deep.equal(['1500,00 €', '1234,56 €', '1']);
    const drawn = (name: string) => {
      const canvas = el.shadowRoot?.querySelector<HTMLCanvasElement>(`canvas[data-chart="${name}"]`);
      expect(canvas?.getAttribute('role')).to.equal('img');
      expect(canvas?.getAttribute('aria-label')).to.match(/^Diagramm: .+ Samad arvud on tabelis/);
      const chart = canvas && Chart.getChart(canvas);
      if (!chart) throw new Error(`no chart drawn on ${name}`);
      return chart.data.datasets.map((d) => [d.label, ...(d.data as number[])]);
    };
    // The charts draw the tables' numbers.
    expect(drawn('qualifications')).to.deep.equal([
      ['Esitatud', 6, 3],
      ['Uuesti esitatud', 2, 0],
      ['Eksamile lubatud', 4, 1],
    ]);
    expect(drawn('months')[0]?.slice(-2)).to.deep.equal([7, 4]);
    expect(drawn('fees').map((d) => d.slice(-1))).to.deep.equal([[150000], [123456]]);
  });

  it('reads in English on an English page, and is accessible', async () => {
    const { el } = await dashboard('en');
    await loaded(el);
    expect(text(el)).to.include('Submitted this month 4 7 last month');
    expect(rows(el, 'Fees: expected and received').at(-1)?.slice(1)).to.deep.equal([
      '€1,500.00',
      '€1,234.56',
      '1',
    ]);
    await expect(el).to.be.accessible();
  });

  it('says so when nothing has been submitted, and draws no chart', async () => {
    const empty = v.parse(Dashboard, {
      ...figures(),
      byState: zero(),
      byQualification: [],
      months: figures().months.map((m) => ({ ...m, submitted: 0, expectedCents: 0, receivedCents: 0 })),
    });
    const { el } = await dashboard('et', async () => empty);
    await waitUntil(() => text(el).includes('Esitatud taotlusi veel ei ole.'), 'the empty state');
    expect(el.shadowRoot?.querySelector('canvas')).to.equal(null);
  });

  it('shows the API’s problem when the figures cannot be read', async () => {
    const { el } = await dashboard('et', async () => {
      throw new ApiProblem(403, {
        type: 'about:blank',
        title: 'Teil ei ole selle kutseandja taotlustele ligipääsu.',
        status: 403,
      });
    });
    await waitUntil(() => !!el.shadowRoot?.querySelector('[role="alert"]'), 'the alert');
    expect(text(el)).to.include('Ülevaadet ei õnnestunud laadida.');
  });
});
