// The one table design (fees): rows divided by a line, headings small and muted, amounts at the
// end. How a table folds on a narrow screen stays with each component. <kutse-qualification-info>
// repeats these rules (and its error and retry button) in its own file: its page must stay within
// 15 KB gzipped, and moved into the shared chunk they cost ~200 B more than they saved (measured).
import { css } from 'lit';

export const tables = css`
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9375em;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5em 0.5em 0.5em 0;
    border-bottom: 1px solid var(--_border);
  }

  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }

  thead th {
    font-size: 0.875em;
    color: var(--_muted);
    font-weight: 600;
  }

  tbody th {
    font-weight: normal;
  }

  .amount {
    text-align: end;
    white-space: nowrap;
  }

  .gross,
  tfoot th {
    font-weight: 600;
  }
`;
