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

  dialog h2 {
    margin-top: 0;
  }
`;
