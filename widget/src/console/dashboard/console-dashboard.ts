// <kutse-console-dashboard>: a body's overview — where its applications stand by qualification and
// state, this month's submissions against the previous months, and the fees expected against those
// received. Each chart is drawn on a canvas and followed by a table of the same numbers, which is
// what screen readers and people who would rather read use.
import { Task, TaskStatus } from '@lit/task';
import type { Chart } from 'chart.js';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { type ApplicationState, applicationStates } from '../../../../contract/application-states.ts';
import type { Dashboard } from '../../../../contract/dashboard.ts';
import { formatMoney } from '../../shared/format.ts';
import { type Language, localeOf } from '../../shared/i18n.ts';
import { tokens } from '../../shared/tokens.ts';
import type { ConsoleBody } from '../shared/boot.ts';
import { failureOf, renderFailure } from '../shared/failure.ts';
import { ConsoleTitleEvent } from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { consoleStyles } from '../shared/styles.ts';
import { dashboardStyles } from './console-dashboard.styles.ts';
import { type DashboardStrings, dashboardStrings } from './dashboard.strings.ts';
import { drawBarChart, PALETTE, STATE_COLOURS } from './dashboard-charts.ts';

/** What the view needs of the console's client (shared/console-client.ts). */
export interface DashboardSource {
  dashboard(body: string, signal?: AbortSignal): Promise<Dashboard>;
}

/** States a sent-in application can be in: the dashboard never counts drafts. */
const SHOWN_STATES = applicationStates.filter((s) => s !== 'draft');

export class KutseConsoleDashboard extends LitElement {
  static override properties = {
    client: { attribute: false },
    strings: { attribute: false },
    language: { attribute: false },
    body: { attribute: false },
  };

  static override styles = [tokens, consoleStyles, dashboardStyles];

  declare client: DashboardSource;
  declare strings: ConsoleStrings;
  declare language: Language;
  declare body: ConsoleBody;

  #charts: Chart[] = [];
  /** The answer the charts show. */
  #drawn: Dashboard | undefined;

  readonly #figures = new Task(this, {
    task: ([client, body], { signal }) => client.dashboard(body, signal),
    args: () => [this.client, this.body?.slug] as const,
  });

  get #t(): DashboardStrings {
    return dashboardStrings[this.language ?? 'et'];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const chart of this.#charts) chart.destroy();
    this.#charts = [];
    this.#drawn = undefined;
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('body') && this.body)
      this.dispatchEvent(new ConsoleTitleEvent(`${this.#t.title}: ${this.body.name}`));
    // Drawn once per answer: drawing again on every update would restart the bars' animation (a
    // screenshot once caught them mid-way) and rebuild the canvases for nothing.
    const figures = this.#figures.value;
    if (this.#figures.status === TaskStatus.COMPLETE && figures && figures !== this.#drawn) {
      this.#drawn = figures;
      this.#draw(figures);
    }
  }

  #money = (cents: number) => formatMoney(cents, 'EUR', this.language);
  #count = (n: number) => new Intl.NumberFormat(localeOf(this.language)).format(n);
  #month = (month: string) =>
    new Intl.DateTimeFormat(localeOf(this.language), {
      month: 'short',
      year: 'numeric',
      timeZone: 'UTC',
    }).format(new Date(`${month}-01T00:00:00Z`));

  /** The states any qualification has applications in, in the life's order. */
  #statesIn(figures: Dashboard): ApplicationState[] {
    return SHOWN_STATES.filter((s) => (figures.byState[s] ?? 0) > 0);
  }

  #draw(figures: Dashboard) {
    const root = this.renderRoot;
    const canvas = (name: string) => root.querySelector<HTMLCanvasElement>(`canvas[data-chart="${name}"]`);
    const locale = localeOf(this.language);
    const states = this.#statesIn(figures);
    const [byQualification, byMonth, fees] = [canvas('qualifications'), canvas('months'), canvas('fees')];
    const previous = this.#charts;
    this.#charts = [];
    if (byQualification)
      this.#charts.push(
        drawBarChart(
          byQualification,
          {
            labels: figures.byQualification.map((q) => q.name),
            datasets: states.map((state) => ({
              label: this.strings.states[state],
              data: figures.byQualification.map((q) => q.byState[state] ?? 0),
              color: STATE_COLOURS[state],
            })),
            stacked: true,
            format: this.#count,
            locale,
          },
          previous[0],
        ),
      );
    const last = figures.months.length - 1;
    if (byMonth)
      this.#charts.push(
        drawBarChart(
          byMonth,
          {
            labels: figures.months.map((m) => this.#month(m.month)),
            datasets: [
              {
                label: this.#t.submitted,
                data: figures.months.map((m) => m.submitted),
                // This month stands out from the months it is compared with.
                color: figures.months.map((_, i) =>
                  i === last ? (PALETTE[1] as string) : (PALETTE[0] as string),
                ),
              },
            ],
            format: this.#count,
            locale,
          },
          previous[1],
        ),
      );
    if (fees)
      this.#charts.push(
        drawBarChart(
          fees,
          {
            labels: figures.months.map((m) => this.#month(m.month)),
            datasets: [
              {
                label: this.#t.expected,
                data: figures.months.map((m) => m.expectedCents),
                color: PALETTE[4] as string,
              },
              {
                label: this.#t.received,
                data: figures.months.map((m) => m.receivedCents),
                color: PALETTE[2] as string,
              },
            ],
            format: this.#money,
            locale,
          },
          previous[2],
        ),
      );
  }

  override render() {
    if (!this.body || !this.strings) return nothing;
    const t = this.#t;
    return html`<h1>${t.title}</h1>
      ${this.#figures.render({
        pending: () => html`<p class="muted" role="status">${t.loading}</p>`,
        error: (error) =>
          renderFailure(this.strings, failureOf(error), () => this.#figures.run(), t.failed, t.failed),
        complete: (figures) => this.#renderFigures(figures),
      })}`;
  }

  #renderFigures(figures: Dashboard) {
    const t = this.#t;
    const states = this.#statesIn(figures);
    if (states.length === 0) return html`<p class="card">${t.empty}</p>`;
    const thisMonth = figures.months.at(-1);
    const lastMonth = figures.months.at(-2);
    const awaiting = (figures.byState.submitted ?? 0) + (figures.byState.resubmitted ?? 0);
    return html`
      <ul class="tiles" role="list">
        <li class="card">
          <span class="label">${t.thisMonth}</span>
          <strong>${this.#count(thisMonth?.submitted ?? 0)}</strong>
          <span class="muted">${t.previousMonth(lastMonth?.submitted ?? 0)}</span>
        </li>
        <li class="card">
          <span class="label">${t.awaiting}</span>
          <strong>${this.#count(awaiting)}</strong>
          <span class="muted">${t.awaitingHint}</span>
        </li>
        <li class="card">
          <span class="label">${t.feesThisMonth}</span>
          <strong>${this.#money(thisMonth?.receivedCents ?? 0)}</strong>
          <span class="muted">${t.ofExpected(this.#money(thisMonth?.expectedCents ?? 0))}</span>
        </li>
      </ul>

      <section class="card" aria-labelledby="by-qualification">
        <h2 id="by-qualification">${t.byQualification}</h2>
        <div class="chart" style="height: ${Math.max(10, figures.byQualification.length * 3 + 6)}rem">
          <canvas data-chart="qualifications" role="img" aria-label=${t.chartOf(t.byQualification)}></canvas>
        </div>
        <div class="scroll" tabindex="0" role="region" aria-label=${t.tableOf(t.byQualification)}>
          <table>
            <caption class="visually-hidden">${t.byQualification}</caption>
            <thead>
              <tr>
                <th scope="col">${t.state}</th>
                ${figures.byQualification.map((q) => html`<th scope="col" class="number">${q.name}</th>`)}
                <th scope="col" class="number">${t.total}</th>
              </tr>
            </thead>
            <tbody>
              ${states.map(
                (s) => html`<tr>
                  <th scope="row">
                    <span class="key"><span class="swatch" style="background: ${STATE_COLOURS[s]}"></span>${this.strings.states[s]}</span>
                  </th>
                  ${figures.byQualification.map((q) => html`<td class="number">${this.#count(q.byState[s] ?? 0)}</td>`)}
                  <td class="number">${this.#count(figures.byState[s] ?? 0)}</td>
                </tr>`,
              )}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">${t.total}</th>
                ${figures.byQualification.map((q) => html`<td class="number">${this.#count(q.total)}</td>`)}
                <td class="number">${this.#count(figures.byQualification.reduce((n, q) => n + q.total, 0))}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <div class="pair">
        <section class="card" aria-labelledby="by-month">
          <h2 id="by-month">${t.byMonth}</h2>
          <div class="chart"><canvas data-chart="months" role="img" aria-label=${t.chartOf(t.byMonth)}></canvas></div>
          <div class="scroll" tabindex="0" role="region" aria-label=${t.tableOf(t.byMonth)}>
            <table>
              <caption class="visually-hidden">${t.byMonth}</caption>
              <thead>
                <tr><th scope="col">${t.month}</th><th scope="col" class="number">${t.submitted}</th></tr>
              </thead>
              <tbody>
                ${figures.months.map(
                  (m) => html`<tr>
                    <th scope="row" class="month">${this.#month(m.month)}</th>
                    <td class="number">${this.#count(m.submitted)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
        </section>

        <section class="card" aria-labelledby="fees">
          <h2 id="fees">${t.fees}</h2>
          <div class="chart"><canvas data-chart="fees" role="img" aria-label=${t.chartOf(t.fees)}></canvas></div>
          <div class="scroll" tabindex="0" role="region" aria-label=${t.tableOf(t.fees)}>
            <table>
              <caption class="visually-hidden">${t.fees}</caption>
              <thead>
                <tr>
                  <th scope="col">${t.month}</th>
                  <th scope="col" class="number">${t.expected}</th>
                  <th scope="col" class="number">${t.received}</th>
                  <th scope="col" class="number">${t.waived}</th>
                </tr>
              </thead>
              <tbody>
                ${figures.months.map(
                  (m) => html`<tr>
                    <th scope="row" class="month">${this.#month(m.month)}</th>
                    <td class="number">${this.#money(m.expectedCents)}</td>
                    <td class="number">${this.#money(m.receivedCents)}</td>
                    <td class="number">${this.#count(m.waived)}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
        </section>
      </div>`;
  }
}
