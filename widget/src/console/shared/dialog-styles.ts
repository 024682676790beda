// A confirming dialog and its form as the owners' requests and the registry's bodies show them: a
// row of buttons that wraps, a field's error line that keeps its height (the dialog does not jump
// when one appears), and a dialog no wider than a phone's screen.
import { css } from 'lit';

export const dialogStyles = css`
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
`;
