// Layout and look of <kutse-data-tracker>; colours, radius, font and spacing from the theme tokens
// (shared/tokens.ts), buttons and messages the shared designs. One column from 320 px: each entry
// says what happened first, then when, who, where and why, side by side where there is room.
import { css } from 'lit';
import { buttons } from '../shared/styles/buttons.ts';
import { focus } from '../shared/styles/focus.ts';
import { messages } from '../shared/styles/messages.ts';

export const styles = [
  focus,
  buttons,
  messages,
  css`
    h2,
    p,
    ol,
    dl,
    dd {
      margin: 0;
    }

    /* The list's place is kept from the first render (sign-in, loading): the host page below does
       not move when the entries arrive. */
    :host {
      display: block;
      min-height: 14rem;
    }

    [part='base'] {
      display: grid;
      gap: var(--_space);
    }

    h2 {
      font-size: 1.25em;
      line-height: 1.3;
    }

    .muted,
    time {
      color: var(--_muted);
    }

    .sign-in,
    .error {
      display: grid;
      gap: calc(var(--_space) * 0.5);
      justify-items: start;
    }

    ol {
      list-style: none;
      padding: 0;
      display: grid;
      gap: calc(var(--_space) * 0.75);
    }

    li {
      display: grid;
      gap: calc(var(--_space) * 0.25);
      padding: calc(var(--_space) * 0.75) var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }

    /* Three grey entries while the first answer is on its way, as tall as real ones. */
    .placeholder li {
      min-height: 5.5rem;
      background: linear-gradient(var(--_border), var(--_border)) no-repeat
        var(--_space) var(--_space) / 60% 0.9em;
    }

    .what {
      font-weight: 700;
    }

    .when {
      font-size: 0.875em;
    }

    /* Label and value side by side, a line each: short enough for 320 px, and a list of twenty
       entries stays a list to scan rather than a column of labels. */
    dl {
      display: grid;
      grid-template-columns: minmax(5.5em, max-content) 1fr;
      gap: calc(var(--_space) * 0.125) calc(var(--_space) * 0.75);
      margin-top: calc(var(--_space) * 0.25);
    }

    dl div {
      display: contents;
    }

    dt {
      color: var(--_muted);
    }

    dd {
      overflow-wrap: anywhere;
    }

    .more {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) * 0.5) var(--_space);
      align-items: center;
    }
  `,
];
