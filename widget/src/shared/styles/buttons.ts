// The one button design of the signed-in components (account, form, status tracker): filled in the primary colour for the main action,
// `.secondary` outlined for the lesser ones, `.danger` red for withdrawing, `.small` for a button
// beside a value, `.link` for an action that reads as a link inside text. A component's own rules
// come after these and only place its buttons.
import { css } from 'lit';

export const buttons = css`
  button {
    font: inherit;
    max-width: 100%;
    /* 0.4em: a button and its line of text fit the 2.5em <kutse-account> and the 6rem signed-out
       <kutse-status-tracker> reserve before they are defined (README, "Embedding"). */
    padding: 0.4em 1em;
    color: var(--_surface);
    background: var(--_primary);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  button.secondary {
    color: var(--_primary);
    background: var(--_surface);
  }

  button.danger {
    border-color: var(--_danger);
    background: var(--_danger);
  }

  button.secondary.danger {
    color: var(--_danger);
    background: var(--_surface);
  }

  button.small {
    padding: 0.2em 0.7em;
    font-size: 0.875em;
  }

  button.link {
    padding: 0;
    color: var(--_primary);
    background: none;
    border: 0;
    text-decoration: underline;
    text-align: start;
    overflow-wrap: anywhere;
  }

  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }

  /* Windows' high-contrast themes drop backgrounds: the border keeps a button a button. */
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;
