// An application's page: the file on the left, actions and history on the right; one column on a
// phone. Previews take the column's width; the dialog fits a phone.
import { css } from 'lit';

export const applicationStyles = css`
  .title p {
    margin: 0 0 1rem;
  }

  /* The actions beside the file on a wide screen, above it on a phone: they are what the page is for. */
  .columns {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    grid-template-areas: 'main actions' 'main side';
    grid-template-rows: auto 1fr;
    column-gap: 1rem;
    align-items: start;
  }

  .actions-area {
    grid-area: actions;
  }

  .main-column {
    grid-area: main;
  }

  .side-column {
    grid-area: side;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }

  a.button.small {
    padding: 0.2em 0.7em;
    font-size: 0.875em;
  }

  .documents {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .document {
    padding-block: 0.75rem;
    border-block-start: 1px solid var(--_border);
  }

  .document-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .document-head span {
    display: block;
    font-size: 0.875em;
  }

  .preview iframe {
    width: 100%;
    height: 32rem;
    border: 1px solid var(--_border);
    margin-block-start: 0.5rem;
  }

  .preview img {
    max-width: 100%;
    margin-block-start: 0.5rem;
    border: 1px solid var(--_border);
  }

  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .timeline li {
    display: flex;
    flex-direction: column;
    padding: 0.5rem 0 0.5rem 1rem;
    border-inline-start: 3px solid var(--_border);
  }

  .timeline .when {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .timeline .reason {
    font-style: italic;
    overflow-wrap: anywhere;
  }

  .messages {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
  }

  .messages li {
    padding: 0.5rem 0.75rem;
    margin-block-end: 0.5rem;
    border-radius: var(--_radius);
    background: var(--_page);
  }

  .messages li.from-body {
    background: #eef4fa;
    margin-inline-start: 2rem;
  }

  .messages p {
    margin: 0;
  }

  .messages .text {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .reply {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    align-items: start;
  }

  .reply .field {
    width: 100%;
  }

  .table-scroll {
    overflow-x: auto;
  }

  table {
    border-collapse: collapse;
    width: 100%;
    font-size: 0.875rem;
  }

  th,
  td {
    padding: 0.35em 0.5em;
    text-align: start;
    border-block-end: 1px solid var(--_border);
    vertical-align: top;
  }

  .placeholder {
    min-height: 24rem;
  }

  .conflict h2 {
    font-size: 1.1rem;
  }

  dialog {
    width: min(36rem, calc(100vw - 2rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1.25rem;
  }

  dialog::backdrop {
    background: rgb(27 37 48 / 0.5);
  }

  dialog form {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  dialog textarea,
  dialog select {
    max-width: 100%;
  }

  @media (max-width: 56rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'actions' 'main' 'side';
      grid-template-rows: auto;
    }
  }
`;
