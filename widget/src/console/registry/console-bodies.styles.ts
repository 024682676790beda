// The registry's awarding bodies: each a row of name, state and action that wraps on a phone, and
// the dialog that records the day one ceased.
import { css } from 'lit';

export const bodiesStyles = css`
  .lead {
    max-width: 40rem;
    margin-top: 0;
  }

  ul.bodies {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .body {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }

  .body h3 {
    margin: 0;
    flex: 1 1 16rem;
  }

  .body .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
  }

  .badge.acting {
    border-color: var(--_success);
    color: var(--_success);
  }

  .field-error {
    color: var(--_danger);
    min-height: 1.25em;
  }

  .buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-start: 0.5rem;
  }

  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }

  dialog h2 {
    margin-top: 0;
  }
`;
