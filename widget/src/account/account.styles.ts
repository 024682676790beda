// Layout and look of <kutse-account>; colours, radius, font and spacing come from the theme tokens
// (shared/tokens.ts) so a host page restyles it through --kutse-* properties. It sits in a page's
// header or sidebar: no box of its own, one line that wraps on a narrow screen.
import { css } from 'lit';

export const styles = css`
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

  [part='status'].error {
    border-inline-start: 4px solid var(--_danger);
    padding-inline-start: calc(var(--_space) * 0.5);
  }

  .name {
    font-weight: 600;
  }

  [part='button'] {
    font: inherit;
    max-width: 100%;
    white-space: nowrap;
    padding: 0.4em 1em;
    color: var(--_surface);
    background: var(--_primary);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  /* Signing out and cancelling are the lesser actions: outlined, not filled. */
  [part='button'].secondary {
    color: var(--_primary);
    background: var(--_surface);
  }

  [part='button']:focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    [part='button'] {
      border-color: ButtonText;
    }
  }
`;
