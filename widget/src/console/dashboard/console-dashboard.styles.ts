// The dashboard's layout: three figures across the top, the charts in cards with their tables below,
// two charts side by side where there is room and one under the other on a phone.
import { css } from 'lit';

export const dashboardStyles = css`
  .tiles {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
    gap: var(--_space);
  }

  .tiles .card {
    display: flex;
    flex-direction: column;
    gap: 0.15em;
    margin: 0;
  }

  .tiles strong {
    font-size: 1.8rem;
    line-height: 1.2;
  }

  .label {
    font-weight: 600;
  }

  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    gap: var(--_space);
  }

  .pair .card {
    margin: 0;
  }

  .chart {
    position: relative;
    height: 16rem;
    margin-block-end: var(--_space);
  }

  .scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.9375rem;
  }

  th,
  td {
    padding: 0.3em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }

  thead th {
    font-weight: 600;
    color: var(--_muted);
  }

  /* The state's colour stays beside its name when the name wraps on a phone. */
  .key {
    display: flex;
    align-items: baseline;
  }

  .swatch {
    flex: none;
  }

  .month {
    white-space: nowrap;
  }

  tfoot th,
  tfoot td {
    font-weight: 600;
    border-bottom: 0;
  }

  .number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }

  .swatch {
    display: inline-block;
    width: 0.8em;
    height: 0.8em;
    margin-inline-end: 0.4em;
    border-radius: 2px;
    vertical-align: -0.05em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
