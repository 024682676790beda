// Layout and look of <kutse-application-form>; colours, radius, font and spacing come from the
// theme tokens (shared/tokens.ts) so a host page restyles it through --kutse-* properties; buttons,
// fields, the fee table and messages are the shared designs (shared/styles/). One column
// throughout: it reads the same on a 320 px phone and in a wide page column.
import { css } from 'lit';
import { buttons } from '../shared/styles/buttons.ts';
import { fields } from '../shared/styles/fields.ts';
import { focus } from '../shared/styles/focus.ts';
import { messages } from '../shared/styles/messages.ts';
import { tables } from '../shared/styles/tables.ts';

/** The shared designs first, so that the component's own rules, later, win where they differ. */
export const styles = [
  focus,
  buttons,
  fields,
  tables,
  messages,
  css`
    [part='base'] {
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      /* Long words (e-mail addresses, file names, IBANs) wrap rather than widen the form. */
      overflow-wrap: anywhere;
    }

    /* At least the height of the form's first step (about 30.5rem wide or narrow), the loading card
       included: the page below does not move when the form appears. README, "Embedding", gives
       the body's page the same rule for the element before its script has run. */
    :host,
    [aria-busy='true'] {
      min-height: 31rem;
    }

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

    a {
      color: var(--_primary);
    }

    h2 {
      font-size: 1.4em;
      line-height: 1.25;
    }

    h3 {
      font-size: 1.2em;
      line-height: 1.3;
      margin-bottom: var(--_space);
    }

    h3:focus {
      outline: none;
    }

    h4 {
      font-size: 1em;
      margin: calc(var(--_space) * 1.25) 0 calc(var(--_space) * 0.5);
    }

    [part='base'] > * + *,
    form > * + * {
      margin-top: var(--_space);
    }

    .step > * + * {
      margin-top: var(--_space);
    }

    .note,
    .hint,
    .muted,
    .loading {
      color: var(--_muted);
    }

    .note,
    .hint {
      display: block;
      font-size: 0.875em;
    }

    /* The live region: a quiet line, empty most of the time. */
    .announcer {
      min-height: 1.5em;
      font-size: 0.875em;
      color: var(--_success);
    }

    /* Step indicator: numbered dots with names; on a narrow screen only the current step's name. */
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em 0.75em;
      padding: 0;
      list-style: none;
      font-size: 0.875em;
    }

    .steps li {
      display: flex;
      align-items: center;
      gap: 0.35em;
      color: var(--_muted);
    }

    .steps .number {
      display: inline-grid;
      place-items: center;
      width: 1.75em;
      height: 1.75em;
      border-radius: 50%;
      border: 1px solid var(--_border);
    }

    .steps .done .number {
      border-color: var(--_success);
      color: var(--_success);
    }

    .steps .current {
      color: var(--_text);
      font-weight: 600;
    }

    .steps .current .number {
      background: var(--_primary);
      border-color: var(--_primary);
      color: var(--_surface);
    }

    .step-number {
      display: block;
      font-size: 0.75em;
      font-weight: normal;
      color: var(--_muted);
    }

    /* Fields */
    fieldset {
      border: 0;
      margin: 0;
      padding: 0;
      min-width: 0;
    }

    legend {
      font-weight: 600;
      padding: 0;
      margin-bottom: 0.5em;
    }

    fieldset:focus {
      outline: none;
    }

    .field {
      display: grid;
      gap: 0.25em;
      margin-top: calc(var(--_space) * 0.75);
    }

    .field > label {
      font-weight: 600;
    }

    .field.checkbox > label {
      font-weight: normal;
    }

    .field.invalid,
    fieldset[aria-invalid='true'] {
      border-inline-start: 4px solid var(--_danger);
      padding-inline-start: calc(var(--_space) * 0.75);
    }

    .choices {
      display: grid;
      gap: 0.5em;
    }

    .choice {
      display: flex;
      align-items: flex-start;
      gap: 0.6em;
      padding: 0.6em 0.75em;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      cursor: pointer;
    }

    .field.checkbox .choice {
      border: 0;
      padding: 0;
    }

    .choice:has(input:checked) {
      border-color: var(--_primary);
    }

    .choice.disabled {
      cursor: not-allowed;
      color: var(--_muted);
    }

    .choice input {
      flex: none;
      width: 1.25em;
      height: 1.25em;
      margin: 0.15em 0 0;
    }

    .choice-title {
      display: block;
    }

    .unavailable {
      color: var(--_danger);
    }

    .pair {
      display: flex;
      flex-wrap: wrap;
      gap: 0 var(--_space);
    }

    .nav {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: var(--_space);
      padding-top: var(--_space);
      border-top: 1px solid var(--_border);
    }

    .nav [data-action='next'] {
      margin-inline-start: auto;
    }

    .message.warning > * + * {
      margin-top: 0.5em;
    }

    /* The body's reason for returning the application, as it wrote it (a list on its own lines). */
    .reason {
      white-space: pre-line;
    }

    /* The step's errors and, on the review, what is still missing: a red box the focus moves to. */
    .error-summary,
    .missing {
      padding: var(--_space);
      border: 2px solid var(--_danger);
      border-radius: var(--_radius);
    }

    .error-summary:focus {
      outline: 3px solid var(--_danger);
      outline-offset: 2px;
    }

    .error-summary h4,
    .missing h4 {
      margin-top: 0;
    }

    .error-summary h4 {
      color: var(--_danger);
    }

    .error-summary ul {
      padding-inline-start: 1.25em;
    }

    .error-summary a {
      color: var(--_danger);
      font-weight: 600;
    }

    /* Read-only facts: label above value */
    .facts {
      display: grid;
      gap: 0.5em;
    }

    .facts dt,
    .payment dt {
      font-size: 0.875em;
      color: var(--_muted);
    }

    /* Documents */
    .document {
      padding: var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    .document legend {
      float: left;
      width: 100%;
    }

    .document legend + * {
      clear: both;
    }

    .document > * + * {
      margin-top: calc(var(--_space) * 0.75);
    }

    .tag {
      font-size: 0.8em;
      font-weight: normal;
      color: var(--_muted);
      white-space: nowrap;
    }

    .tag::before {
      content: '(';
    }

    .tag::after {
      content: ')';
    }

    .rules {
      padding-inline-start: 1.25em;
      font-size: 0.875em;
    }

    .dropzone {
      display: grid;
      /* minmax(0, …): the file input's own width must not widen the zone past a narrow screen. */
      grid-template-columns: minmax(0, 1fr);
      gap: 0.35em;
      padding: var(--_space);
      border: 2px dashed var(--_border);
      border-radius: var(--_radius);
    }

    .dropzone > label {
      font-weight: 600;
    }

    .dropzone:focus-within,
    .dropzone.dragging {
      border-color: var(--_primary);
    }

    .dropzone.invalid {
      border-color: var(--_danger);
    }

    .dropzone input[type='file'] {
      width: 100%;
      min-width: 0;
    }

    .uploaded {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      justify-content: space-between;
      gap: 0.5em var(--_space);
    }

    .uploaded .facts {
      grid-template-columns: repeat(auto-fit, minmax(6em, auto));
      gap: 0.25em var(--_space);
    }

    .file-name {
      font-weight: 600;
    }

    .progress {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
    }

    .progress label {
      flex-basis: 100%;
    }

    progress {
      flex: 1;
      min-width: 8em;
    }

    .pending {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5em;
    }

    /* Payment: each value with its copy button */
    .payment {
      display: grid;
      gap: 0.6em;
    }

    .payment dd {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25em 0.75em;
    }

    .payment .value {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }

    /* The body's instruction under the explanation it asks for. */
    .payment .hint {
      flex-basis: 100%;
      margin: 0;
    }

    .invoice {
      margin-top: var(--_space);
    }

    /* Review */
    .review {
      padding-bottom: var(--_space);
      border-bottom: 1px solid var(--_border);
    }

    .review-head {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: 0.5em;
    }

    .review-head h4 {
      margin: 0 0 0.5em;
    }

    .missing:focus {
      outline: none;
    }

    .missing li + li {
      margin-top: 0.5em;
    }

    .missing li > * {
      display: block;
    }

    .submit {
      width: 100%;
      padding-block: 0.75em;
    }

    .confirmation {
      padding: var(--_space);
      border-inline-start: 4px solid var(--_success);
    }

    .confirmation > * + * {
      margin-top: 0.5em;
    }

    .confirmation h3 {
      color: var(--_success);
    }

    /* Narrow: the step indicator keeps its numbers and shows only the current step's name; each
       fee becomes a block of labelled lines instead of six columns. */
    @container (max-width: 36rem) {
      .steps li:not(.current) .name,
      .stacking thead {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }

      .stacking tr {
        display: grid;
        padding: 0.5em 0;
        border-bottom: 1px solid var(--_border);
      }

      .stacking th,
      .stacking td {
        display: flex;
        justify-content: space-between;
        gap: var(--_space);
        padding: 0.1em 0;
        border: 0;
        white-space: normal;
      }

      .stacking tbody th {
        font-weight: 600;
      }

      .stacking td::before {
        content: attr(data-label);
        color: var(--_muted);
      }
    }

    @container (max-width: 24rem) {
      [part='base'],
      .document,
      .dropzone,
      .error-summary,
      .missing {
        padding: calc(var(--_space) * 0.75);
      }
    }

    @media (forced-colors: active) {
      .choice,
      .dropzone {
        border-color: ButtonText;
      }
    }
  `,
];
