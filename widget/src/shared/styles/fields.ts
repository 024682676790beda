// The one field design of the components that take input (the application form, the status
// tracker's reply and withdrawal): text boxes, lists and text areas alike, the red mark of an
// invalid one and the message beside it. Labels and layout stay with each component.
import { css } from 'lit';

export const fields = css`
  input:not([type='radio'], [type='checkbox'], [type='file']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    width: 100%;
    /* A line of about 28 characters: long enough for an e-mail address, short enough to read as
       one field on a wide page. */
    max-width: 28em;
    padding: 0.45em 0.6em;
    background: var(--_surface);
    /* The muted colour, not the border colour: a field's edge needs 3:1 against the page (WCAG 1.4.11). */
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) * 0.5);
  }

  textarea {
    max-width: 100%;
    resize: vertical;
  }

  input[type='date'] {
    max-width: 12em;
  }

  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }

  input[type='radio'],
  input[type='checkbox'],
  progress {
    accent-color: var(--_primary);
  }

  :is(input, select, textarea)[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }

  .field-error {
    color: var(--_danger);
    font-weight: 600;
  }

  .field-error:empty {
    display: none;
  }
`;
