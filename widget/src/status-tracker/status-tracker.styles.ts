// Layout and look of <kutse-status-tracker>; colours, radius, font and spacing come from the theme
// tokens (shared/tokens.ts) so a host page restyles it through --kutse-* properties; buttons, the
// reply's fields and the failure messages are the shared designs (shared/styles/). One column
// from 320 px up: rows that sit side by side on a wide screen wrap rather than squeeze.
import { css } from 'lit';
import { buttons } from '../shared/styles/buttons.ts';
import { fields } from '../shared/styles/fields.ts';
import { focus } from '../shared/styles/focus.ts';
import { messages } from '../shared/styles/messages.ts';

/** The shared designs first, so that the component's own rules, later, win where they differ. */
export const styles = [
  focus,
  buttons,
  fields,
  messages,
  css`
    h2,
    h3,
    p,
    ul,
    ol,
    dl,
    dd {
      margin: 0;
    }

    /* At least the signed-out state's height (a sentence and the sign-in button, wrapped on a
       phone), from the first render on: the page below does not move when it appears. README,
       "Embedding", gives the body's page the same rule for the element before its script has run. */
    :host {
      min-height: 6rem;
    }

    h2 {
      font-size: 1.25em;
      line-height: 1.3;
    }

    h3 {
      font-size: 1em;
      line-height: 1.4;
      margin-bottom: calc(var(--_space) * 0.25);
    }

    h2:focus,
    [part='empty']:focus {
      outline: none;
    }

    .muted,
    .hint,
    time {
      color: var(--_muted);
    }

    /* Sign-in, loading, empty and failure: a sentence and perhaps a button. */
    .sign-in,
    .empty,
    .error {
      display: grid;
      justify-items: start;
      gap: calc(var(--_space) * 0.5);
    }

    .empty-title {
      font-weight: 600;
    }

    /* The applications */
    .applications {
      list-style: none;
      padding: 0;
      display: grid;
      gap: var(--_space);
    }

    .application {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      padding: var(--_space);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      /* Long names, file names and references wrap inside a 320 px screen. */
      overflow-wrap: break-word;
      min-width: 0;
    }

    .head {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-start;
      justify-content: space-between;
      gap: calc(var(--_space) * 0.5);
    }

    .head h2 {
      flex: 1 1 12rem;
      min-width: 0;
    }

    .kind {
      display: block;
      font-size: 0.8em;
      font-weight: normal;
      color: var(--_muted);
    }

    .badge {
      display: inline-block;
      font-size: 0.875em;
      font-weight: 600;
      line-height: 1.4;
      padding: 0.1em 0.7em;
      border: 1px solid currentColor;
      border-radius: 999px;
      color: var(--_primary);
    }

    .badge.action {
      color: var(--_text);
      border-width: 2px;
    }

    .badge.success {
      color: var(--_success);
    }

    .badge.danger {
      color: var(--_danger);
    }

    .badge.muted {
      color: var(--_muted);
    }

    .facts {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.25) calc(var(--_space) * 1.5);
    }

    .facts:empty {
      display: none;
    }

    .facts dt {
      font-size: 0.875em;
      color: var(--_muted);
    }

    .reference {
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }

    /* The applicant's turn stands out with a bar, in the text colour: it is a task, not an error. */
    .todo {
      border-inline-start: 4px solid var(--_primary);
      padding-inline-start: calc(var(--_space) * 0.75);
      display: grid;
      gap: calc(var(--_space) * 0.25);
    }

    .todo ul {
      padding-inline-start: 1.25em;
    }

    .request {
      font-weight: 600;
      white-space: pre-line;
    }

    /* Timeline: a line down the side, a dot per state, the current one filled. */
    .timeline ol {
      list-style: none;
      padding: 0;
    }

    .timeline li {
      position: relative;
      padding: 0 0 calc(var(--_space) * 0.5) 1.5em;
    }

    .timeline li::before {
      content: '';
      position: absolute;
      inset-inline-start: 0.3em;
      top: 0.45em;
      width: 0.6em;
      height: 0.6em;
      border: 2px solid var(--_primary);
      border-radius: 50%;
      background: var(--_surface);
    }

    .timeline li:not(:last-child)::after {
      content: '';
      position: absolute;
      inset-inline-start: calc(0.6em - 1px);
      top: 1.15em;
      bottom: 0;
      border-inline-start: 2px solid var(--_border);
    }

    .timeline li.current::before {
      background: var(--_primary);
    }

    .timeline .step {
      font-weight: 600;
      margin-inline-end: 0.5em;
    }

    /* "5 Feb 2026" stays whole: a date broken over two lines reads as two things. */
    .timeline time {
      white-space: nowrap;
    }

    .timeline .reason {
      white-space: pre-line;
    }

    /* Messages */
    .thread h3 {
      margin: 0;
    }

    .disclosure {
      color: var(--_primary);
      background: var(--_surface);
      text-align: start;
    }

    .disclosure::before {
      content: '▸';
      display: inline-block;
      margin-inline-end: 0.4em;
    }

    .disclosure[aria-expanded='true']::before {
      content: '▾';
    }

    .thread-body {
      display: grid;
      gap: calc(var(--_space) * 0.75);
      margin-top: calc(var(--_space) * 0.75);
    }

    .thread-body[hidden] {
      display: none;
    }

    .messages {
      list-style: none;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 0.5);
    }

    /* The body's messages on the start side on a tinted card, mine on the end side outlined: told
       apart by place, border and the words "Kutse andja" / "Teie", never by colour alone. */
    .message {
      display: grid;
      gap: 0.25em;
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 0.75);
      border-radius: var(--_radius);
      max-width: min(36rem, 92%);
      min-width: 0;
    }

    .message.from-body {
      justify-self: start;
      background: color-mix(in srgb, var(--_border) 35%, var(--_surface));
      border: 1px solid var(--_border);
      border-inline-start: 4px solid var(--_primary);
    }

    .message.from-me {
      justify-self: end;
      border: 1px solid var(--_border);
    }

    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.5em;
      font-size: 0.875em;
    }

    .author {
      font-weight: 600;
    }

    .who {
      color: var(--_muted);
    }

    .text {
      white-space: pre-wrap;
    }

    .attachments,
    .files {
      padding-inline-start: 1.25em;
      font-size: 0.9375em;
    }

    .attachments .muted {
      margin-inline-start: 0.5em;
    }

    /* The reply form and the withdrawal's confirmation: labels above their fields. */
    .reply,
    .confirm {
      display: grid;
      gap: calc(var(--_space) * 0.25);
      justify-items: start;
    }

    .reply label,
    .confirm label {
      font-weight: 600;
      margin-top: calc(var(--_space) * 0.25);
    }

    input[type='file'] {
      width: 100%;
    }

    .files li {
      display: flex;
      gap: 0.5em;
      align-items: baseline;
    }

    .file-name {
      min-width: 0;
      overflow-wrap: anywhere;
    }

    .upload-progress {
      display: grid;
      width: 100%;
      gap: 0.25em;
    }

    progress {
      width: 100%;
    }

    .confirm {
      padding: var(--_space);
      border: 2px solid var(--_danger);
      border-radius: var(--_radius);
    }

    .question {
      font-weight: 600;
    }

    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5);
      margin-top: calc(var(--_space) * 0.5);
    }

    [part='withdraw-button'] {
      justify-self: start;
    }

    @container (max-width: 30rem) {
      .application {
        padding: calc(var(--_space) * 0.75);
      }

      .message {
        max-width: 100%;
      }
    }

    @media (forced-colors: active) {
      .badge {
        border-color: ButtonText;
      }
    }
  `,
];
