// Layout and look of <kutse-qualification-info>; colours, radius, font and spacing come from the
// theme tokens (shared/tokens.ts) so a host page restyles it through --kutse-* properties.
import { css } from 'lit';

export const styles = css`
  [part='base'] {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  /* While loading, a screen's height: the loaded qualification is longer than a screen, so what
     the page has below the element stays out of view and does not move when the data arrive. README,
     "Embedding", gives the body's page the same rule for the element before its script has run. */
  [aria-busy='true'] {
    min-height: 100vh;
  }

  h2,
  h3,
  h4,
  p,
  ul,
  ol {
    margin: 0;
  }

  h2 {
    font-size: 1.5em;
    line-height: 1.25;
  }

  h2:focus {
    outline: none;
  }

  h3 {
    font-size: 1.2em;
    line-height: 1.3;
    margin-bottom: calc(var(--_space) * 0.5);
  }

  h4 {
    font-size: 1em;
    margin: var(--_space) 0 calc(var(--_space) * 0.25);
  }

  ul,
  ol {
    padding-inline-start: 1.25em;
  }

  li + li {
    margin-top: 0.25em;
  }

  a {
    color: var(--_primary);
  }

  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }

  /* The top-level blocks (header, status, tabs, panels, sessions, footer) keep their distance. */
  [part='base'] > * + * {
    margin-top: calc(var(--_space) * 1.5);
  }

  [part='base'] > [role='tabpanel'] {
    margin-top: var(--_space);
  }

  .eyebrow,
  .note,
  .file-types,
  .empty,
  .footer {
    color: var(--_muted);
  }

  .eyebrow {
    font-size: 0.875em;
  }

  .note,
  .file-types {
    display: block;
    font-size: 0.875em;
    font-weight: normal;
  }

  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    list-style: none;
    padding: 0;
    margin-top: 0.25em;
    color: var(--_muted);
  }

  .facts li {
    margin: 0;
  }

  /* Application status */
  .statuses {
    list-style: none;
    padding: 0;
  }

  .statuses li {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: baseline;
    gap: 0.25em 1em;
    padding: 0.375em 0;
    border-bottom: 1px solid var(--_border);
  }

  .statuses li + li {
    margin: 0;
  }

  .badge,
  .tag {
    display: inline-block;
    font-size: 0.875em;
    line-height: 1.4;
    border-radius: 999px;
    padding: 0 0.6em;
    white-space: nowrap;
  }

  .badge {
    font-weight: 600;
    border: 1px solid currentColor;
  }

  .badge.open {
    color: var(--_success);
  }

  .badge.not_yet_open {
    color: var(--_muted);
  }

  .badge.closed,
  .badge.full {
    color: var(--_danger);
  }

  .tag {
    color: var(--_muted);
    border: 1px dashed var(--_border);
    font-weight: normal;
  }

  /* Tabs: they wrap onto a second line on a narrow screen rather than scrolling out of sight. */
  [part~='tabs'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em;
    border-bottom: 1px solid var(--_border);
  }

  [part~='tab'] {
    font: inherit;
    color: var(--_text);
    background: none;
    border: 0;
    border-bottom: 3px solid transparent;
    padding: 0.5em 0.75em;
    cursor: pointer;
    margin-bottom: -1px;
  }

  [part~='tab']:hover {
    color: var(--_primary);
  }

  [part~='tab-selected'] {
    color: var(--_primary);
    border-bottom-color: var(--_primary);
    font-weight: 600;
  }

  .panel[hidden] {
    display: none;
  }

  .panel:focus-visible {
    outline-offset: 4px;
  }

  .kind-status {
    margin-bottom: calc(var(--_space) * 0.5);
  }

  .documents > li + li {
    margin-top: 0.5em;
  }

  .rules {
    font-size: 0.875em;
  }

  /* Tables */
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

  .amount .note {
    white-space: normal;
  }

  th:last-child,
  td:last-child {
    padding-inline-end: 0;
  }

  /* Loading and failure */
  .loading {
    color: var(--_muted);
  }

  .skeleton {
    display: grid;
    gap: 0.5em;
    margin-top: var(--_space);
  }

  .bone {
    display: block;
    height: 1em;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.6;
  }

  .bone.title {
    height: 1.5em;
    width: 60%;
  }

  .bone.short {
    width: 40%;
  }

  .error {
    color: var(--_text);
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 0.75);
  }

  .error-title {
    font-weight: 600;
    color: var(--_danger);
  }

  [part='retry-button'] {
    font: inherit;
    margin-top: calc(var(--_space) * 0.75);
    padding: 0.4em 1em;
    color: var(--_surface);
    background: var(--_primary);
    border: 0;
    border-radius: var(--_radius);
    cursor: pointer;
  }

  .footer {
    font-size: 0.875em;
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_space) * 0.75);
  }

  .footer p + p {
    margin-top: 0.25em;
  }

  /* A phone, or a narrow column of the host page: less padding, and each exam session becomes a
     block (date on its own line, then place and free places) instead of three squeezed columns. */
  @container (max-width: 30rem) {
    [part='base'] {
      padding: calc(var(--_space) * 0.75);
    }

    .sessions thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    .sessions tr {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 0.25em 1em;
      padding: 0.5em 0;
      border-bottom: 1px solid var(--_border);
    }

    .sessions th,
    .sessions td {
      padding: 0;
      border: 0;
    }

    .sessions th {
      grid-column: 1 / -1;
      font-weight: 600;
    }

    .sessions td:last-child {
      text-align: end;
    }
  }

  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.25;
    }
  }
`;
