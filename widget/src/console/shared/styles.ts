// What every console view shares beyond the widget's tokens, buttons and fields: sections as cards,
// definition lists, status and error notes, a link that looks like a button.
import { css } from 'lit';

export const consoleStyles = css`
  :host {
    --_page: #f5f7f9;
    --_focus: #f2b705;
  }

  a {
    color: var(--_primary);
  }

  :is(a, button, input, select, textarea, summary, [tabindex]):focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  h1,
  h2,
  h3 {
    line-height: 1.25;
    margin: 0 0 0.5em;
  }

  h1 {
    font-size: 1.6rem;
  }

  h2 {
    font-size: 1.2rem;
  }

  h3 {
    font-size: 1rem;
    margin-block-start: 1.25em;
  }

  .card {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    margin-block-end: var(--_space);
  }

  .note {
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    border-inline-start: 4px solid var(--_primary);
    background: #eef4fa;
  }

  .note.error {
    border-color: var(--_danger);
    background: #fdf0ef;
  }

  .note.success {
    border-color: var(--_success);
    background: #edf7f0;
  }

  .muted {
    color: var(--_muted);
  }

  a.button {
    display: inline-block;
    padding: 0.4em 1em;
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    text-decoration: none;
  }

  dl.facts {
    display: grid;
    grid-template-columns: minmax(8em, max-content) 1fr;
    gap: 0.25em 1em;
    margin: 0;
  }

  dl.facts dt {
    color: var(--_muted);
  }

  dl.facts dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .badge {
    display: inline-block;
    padding: 0.05em 0.6em;
    border-radius: 1em;
    border: 1px solid var(--_border);
    background: var(--_page);
    font-size: 0.875em;
    white-space: nowrap;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
  }

  .field label {
    font-weight: 600;
  }
`;
