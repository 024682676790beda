// Layout and look of <kutse-my-certificates>; colours, radius, font and spacing from the theme
// tokens (shared/tokens.ts), buttons, fields and messages the shared designs. One column from
// 320 px; a certificate's facts sit side by side where there is room.
import { css } from 'lit';
import { buttons } from '../shared/styles/buttons.ts';
import { fields } from '../shared/styles/fields.ts';
import { focus } from '../shared/styles/focus.ts';
import { messages } from '../shared/styles/messages.ts';

export const styles = [
  focus,
  buttons,
  fields,
  messages,
  css`
    h2,
    h3,
    h4,
    p,
    ul,
    ol,
    dl,
    dd {
      margin: 0;
    }

    /* The list's place is kept from the first render (sign-in, loading): the host page below does
       not move when the certificates arrive. */
    :host {
      min-height: 12rem;
    }

    [part='base'] {
      display: grid;
      gap: var(--_space);
    }

    h2 {
      font-size: 1.25em;
      line-height: 1.3;
    }

    h3 {
      font-size: 1.1em;
      line-height: 1.3;
    }

    h4 {
      font-size: 1em;
      margin-bottom: calc(var(--_space) * 0.25);
    }

    .muted,
    .hint,
    time {
      color: var(--_muted);
    }

    .hint {
      font-size: 0.875em;
    }

    .loading {
      min-height: 8rem;
    }

    .sign-in,
    .error {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      justify-items: start;
    }

    ul.certificates,
    .notices ul,
    .requests ul,
    .thread {
      list-style: none;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }

    .certificate {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-inline-start: 6px solid var(--_status);
      border-radius: var(--_radius);
      --_status: var(--_success);
    }

    .certificate.status-expired,
    .certificate.status-revoked,
    .certificate.status-replaced {
      --_status: var(--_danger);
    }

    .head {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
      justify-content: space-between;
      align-items: baseline;
    }

    /* The status in words, with its colour behind as a second signal, never the only one. */
    .status {
      font-weight: 700;
      padding: 0.1em 0.6em;
      border-radius: 999px;
      color: var(--_surface);
      background: var(--_status);
    }

    .facts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: calc(var(--_space) * 0.5) var(--_space);
    }

    .facts dt,
    .payment dt {
      font-size: 0.875em;
      color: var(--_muted);
    }

    .payment {
      display: grid;
      gap: calc(var(--_space) * 0.25);
      padding: calc(var(--_space) * 0.5) var(--_space);
      border-inline-start: 4px solid var(--_primary);
    }

    .payment div {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0 0.5em;
    }

    .actions,
    .credential,
    .dialog-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
      align-items: center;
    }

    a {
      color: var(--_primary);
    }

    .switch-row {
      display: grid;
      gap: 0.25em;
    }

    button.switch {
      display: inline-flex;
      align-items: center;
      gap: 0.6em;
      justify-self: start;
      color: var(--_text);
      background: none;
      border: none;
      padding: 0.25em 0;
    }

    .track {
      position: relative;
      width: 2.75em;
      height: 1.5em;
      flex: none;
      border-radius: 999px;
      background: var(--_surface);
      border: 2px solid var(--_muted);
    }

    .thumb {
      position: absolute;
      top: 0.125em;
      inset-inline-start: 0.125em;
      width: 1em;
      height: 1em;
      border-radius: 50%;
      background: var(--_muted);
      transition: inset-inline-start 0.15s;
    }

    button.switch[aria-checked='true'] .track {
      background: var(--_primary);
      border-color: var(--_primary);
    }

    button.switch[aria-checked='true'] .thumb {
      inset-inline-start: 1.375em;
      background: var(--_surface);
    }

    @media (prefers-reduced-motion: reduce) {
      .thumb {
        transition: none;
      }
    }

    .request {
      display: grid;
      gap: 0.25em;
      padding-top: calc(var(--_space) * 0.5);
      border-top: 1px solid var(--_border);
    }

    .request > p:first-child {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      align-items: baseline;
    }

    .badge {
      font-size: 0.875em;
      padding: 0 0.5em;
      border: 1px solid var(--_muted);
      border-radius: 999px;
    }

    summary {
      cursor: pointer;
      color: var(--_primary);
    }

    .thread li {
      padding: 0.25em 0.75em;
      border-inline-start: 3px solid var(--_border);
    }

    .thread li.theirs {
      border-inline-start-color: var(--_primary);
    }

    .reply {
      display: grid;
      gap: 0.25em;
      justify-items: start;
      margin-top: 0.5em;
    }

    dialog {
      width: min(34rem, calc(100vw - 2rem));
      max-height: calc(100dvh - 2rem);
      overflow: auto;
      padding: var(--_space);
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    dialog::backdrop {
      background: rgb(0 0 0 / 0.4);
    }

    dialog form,
    dialog {
      gap: var(--_space);
    }

    dialog[open],
    dialog form {
      display: grid;
    }

    fieldset {
      display: grid;
      gap: 0.5em;
      margin: 0;
      padding: 0;
      border: none;
    }

    legend {
      margin-bottom: 0.5em;
      font-weight: 600;
    }

    label.option {
      display: flex;
      gap: 0.5em;
      align-items: baseline;
    }

    label.option .cost {
      margin-inline-start: auto;
      font-weight: 600;
    }
  `,
];
