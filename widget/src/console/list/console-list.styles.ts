// The list's layout: filters beside the table on a wide screen, above it on a phone; the table
// scrolls sideways inside its box rather than the page; a loading table keeps its place, dimmed.
import { css } from 'lit';

export const listStyles = css`
  h1 .body {
    font-size: 1rem;
    font-weight: 400;
    display: block;
  }

  .states ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
  }

  .states a {
    display: inline-block;
    padding: 0.25em 0.8em;
    border: 1px solid var(--_primary);
    border-radius: 1.5em;
    background: var(--_surface);
    color: var(--_primary);
    text-decoration: none;
  }

  .states a[aria-current='true'] {
    background: var(--_primary);
    color: var(--_surface);
  }

  .states .count {
    font-variant-numeric: tabular-nums;
    font-weight: 600;
  }

  .layout {
    display: grid;
    grid-template-columns: 17rem minmax(0, 1fr);
    gap: 1rem;
    align-items: start;
  }

  .filters-box > summary {
    display: none;
  }

  .filters {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  .filters .dates {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }

  .filters .hint {
    margin: -0.5rem 0 0;
    font-size: 0.875em;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
    margin-block-end: 0.75rem;
  }

  .summary h2 {
    margin: 0;
  }

  .bulk {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
  }

  .bulk .count {
    margin: 0;
    flex-basis: 100%;
  }

  .bulk .wide {
    flex: 1 1 20rem;
  }

  .table-scroll {
    overflow-x: auto;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375rem;
  }

  th,
  td {
    padding: 0.5em 0.75em;
    text-align: start;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }

  th {
    background: var(--_page);
    white-space: nowrap;
  }

  th.select,
  td.select {
    width: 2.5rem;
  }

  tr.selected {
    background: #eef4fa;
  }

  .sort {
    color: inherit;
    text-decoration: none;
  }

  .sort:hover {
    text-decoration: underline;
  }

  .arrow {
    margin-inline-start: 0.3em;
    color: var(--_muted);
  }

  th[aria-sort='ascending'] .arrow,
  th[aria-sort='descending'] .arrow {
    color: var(--_primary);
  }

  .due {
    color: var(--_danger);
  }

  td.nowrap {
    white-space: nowrap;
  }

  .busy {
    opacity: 0.55;
    transition: opacity 0.2s;
  }

  .placeholder {
    min-height: 20rem;
    padding: 2rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }

  .paging {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    margin-block-start: 1rem;
  }

  .paging a:last-child {
    margin-inline-start: auto;
  }

  @media (max-width: 56rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }

    /* Eleven states' chips would take half a phone's screen: one row, scrolled sideways. */
    .states ul {
      flex-wrap: nowrap;
      overflow-x: auto;
      padding-block-end: 0.25rem;
    }

    .states li {
      flex: none;
    }

    .filters-box > summary {
      display: list-item;
      padding: 0.5em 1em;
      font-weight: 600;
      color: var(--_primary);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .filters-box[open] > summary {
      margin-block-end: 0.5rem;
    }
  }
`;
