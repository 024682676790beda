// Layout and look of <kutse-account>; colours, radius, font and spacing come from the theme tokens
// (shared/tokens.ts) so a host page restyles it through --kutse-* properties; its button and error
// line are the shared designs (shared/styles/). It sits in a page's header or sidebar: no box of
// its own, one line that wraps on a narrow screen.
import { css } from 'lit';
import { buttons } from '../shared/styles/buttons.ts';
import { fields } from '../shared/styles/fields.ts';
import { focus } from '../shared/styles/focus.ts';
import { messages } from '../shared/styles/messages.ts';

/**
 * The shared designs first, so that the component's own rules, later, win where they differ. The
 * field design too, though the account has no field: the three signed-in components then import the
 * same shared styles, which the build puts in the chunk they already share, rather than the fields
 * in a fourth chunk of their own (measured: 420 B gzipped and a request more for the form's page).
 */
export const styles = [
  focus,
  buttons,
  fields,
  messages,
  css`
    /* Sized by its content: in a page's flex header, inline-size containment (the other components'
       default, for their container queries) would shrink it to nothing. */
    :host {
      container-type: normal;
      /* A line with the button (1.5em of text, 0.8em of padding, the border), from the first render
         on: the header it sits in keeps its height when the strings or the session arrive. README,
         "Embedding", gives the body's page the same rule for the element before its script has run. */
      min-height: 2.5em;
    }

    [part='base'] {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: calc(var(--_space) * 0.5) var(--_space);
    }

    [part='status'] {
      margin: 0;
      /* A long name wraps rather than pushing the button off a 320 px screen. */
      min-width: 0;
      overflow-wrap: break-word;
    }

    .name {
      font-weight: 600;
    }

    /* One line: "Logi välja" broken in two would make the header taller. Signing out and cancelling
       are the lesser actions, outlined (.secondary). */
    [part='button'] {
      white-space: nowrap;
    }
  `,
];
