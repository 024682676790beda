// The one message design: a bar on the start side in the colour of its kind — primary for
// information, danger for errors and warnings, success for what went through. The words say which
// kind it is too, never the colour alone. `.error` is a failure with its text (and perhaps a retry
// button); `.message` carries `.error`, `.warning` or `.success`, or nothing for information.
import { css } from 'lit';

export const messages = css`
  .message,
  .error {
    padding-block: 0.25em;
    padding-inline: calc(var(--_space) * 0.75) 0;
    border-inline-start: 4px solid var(--_primary);
  }

  .error,
  .message.error,
  .message.warning {
    border-inline-start-color: var(--_danger);
  }

  .message.success {
    border-inline-start-color: var(--_success);
  }

  .error-title {
    font-weight: 600;
    color: var(--_danger);
  }
`;
