// The dashboard's bar charts, drawn by Chart.js on a canvas. Only the bar chart's parts are
// registered, so the console's bundle carries no other chart type. The canvas is an image to
// assistive technology (role="img" with a label); the numbers are in the table beside it.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  Tooltip,
} from 'chart.js';
import type { ApplicationState } from '../../../../contract/application-states.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

/**
 * Each state's colour, the same in every chart and in the table's key: Paul Tol's "muted" scheme,
 * ten colours told apart by people with any common colour blindness (grey darkened to keep 3:1
 * against white). A state keeps its colour whichever other states are shown.
 */
export const STATE_COLOURS: Record<ApplicationState, string> = {
  draft: '#DDDDDD',
  submitted: '#332288',
  returned: '#DDCC77',
  resubmitted: '#88CCEE',
  admitted: '#44AA99',
  exam_booked: '#999933',
  assessed: '#AA4499',
  granted: '#117733',
  refused: '#CC6677',
  withdrawn: '#777777',
  rejected: '#882255',
};

/** Colours told apart by people with any common colour blindness (Okabe & Ito's palette). */
export const PALETTE = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

export type BarChartSpec = {
  labels: string[];
  datasets: { label: string; data: number[]; color: string | string[] }[];
  /** Bars side by side across (false) or stacked on the qualification's line (true, horizontal). */
  stacked?: boolean;
  /** How a value reads on the axis and in the tooltip. */
  format: (value: number) => string;
  locale: string;
};

/**
 * Draws `spec` on `canvas`, replacing what `previous` drew there.
 * @returns the chart, to destroy when the element goes
 */
export function drawBarChart(canvas: HTMLCanvasElement, spec: BarChartSpec, previous?: Chart): Chart {
  previous?.destroy();
  const config: ChartConfiguration<'bar'> = {
    type: 'bar',
    data: {
      labels: spec.labels,
      datasets: spec.datasets.map((d) => ({
        label: d.label,
        data: d.data,
        backgroundColor: d.color,
        borderWidth: 0,
      })),
    },
    options: {
      locale: spec.locale,
      responsive: true,
      maintainAspectRatio: false,
      // Motion is decoration here; people who ask for less of it get none (WCAG 2.3.3).
      animation: matchMedia('(prefers-reduced-motion: reduce)').matches ? false : { duration: 300 },
      indexAxis: spec.stacked ? 'y' : 'x',
      scales: {
        x: {
          stacked: !!spec.stacked,
          ticks: spec.stacked ? { callback: (v) => spec.format(Number(v)) } : {},
        },
        y: {
          stacked: !!spec.stacked,
          beginAtZero: true,
          ticks: spec.stacked ? {} : { callback: (v) => spec.format(Number(v)) },
        },
      },
      plugins: {
        legend: { display: spec.datasets.length > 1, position: 'bottom' },
        tooltip: {
          callbacks: { label: (item) => `${item.dataset.label}: ${spec.format(Number(item.raw))}` },
        },
      },
    },
  };
  return new Chart(canvas, config);
}
