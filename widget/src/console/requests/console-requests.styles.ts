// The requests' list and page: filters in a row that wraps on a phone, each request a card, the
// thread with the body's messages set off from the owner's, and the two columns of a request's
// page side by side only where there is room.
import { css } from 'lit';

export const requestStyles = css`
  h1 .body {
    font-size: 1rem;
    font-weight: 400;
    display: block;
  }

  /* What the registry's list holds, under its heading: a line a reader's eye can follow. */
  .lead {
    max-width: 40rem;
    margin-top: 0;
  }

  .filters {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75rem 1rem;
  }

  .filters .field {
    min-width: 12rem;
  }

  ul.requests {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .request {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.5rem 1rem;
    align-items: start;
  }

  .request h3 {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .request dl {
    grid-column: 1 / -1;
  }

  .excerpt {
    display: -webkit-box;
    -webkit-line-clamp: 2;
    -webkit-box-orient: vertical;
    overflow: hidden;
  }

  .badge.state-open {
    border-color: var(--_primary);
    color: var(--_primary);
    font-weight: 600;
  }

  .badge.state-declined {
    border-color: var(--_danger);
    color: var(--_danger);
  }

  .badge.state-done {
    border-color: var(--_success);
    color: var(--_success);
  }

  .columns {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
    gap: 0 1rem;
    align-items: start;
  }

  @media (max-width: 56rem) {
    .columns {
      grid-template-columns: minmax(0, 1fr);
    }
  }

  .back {
    display: inline-block;
    margin-block-end: 0.75rem;
  }

  blockquote.question {
    margin: 0;
    padding: 0.5em 1em;
    border-inline-start: 4px solid var(--_border);
    white-space: pre-wrap;
  }

  ol.thread {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }

  ol.thread li {
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    border: 1px solid var(--_border);
  }

  ol.thread li.from-body {
    background: #eef4fa;
    margin-inline-start: 1.5rem;
  }

  ol.thread .meta {
    margin: 0 0 0.25em;
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }

  ol.thread .text {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }

  .answer textarea {
    width: 100%;
    box-sizing: border-box;
  }

  dialog textarea {
    width: 100%;
    box-sizing: border-box;
  }
`;
