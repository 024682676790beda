// Layout and look of <kutse-certificate-card>; colours, radius, font and spacing come from the
// theme tokens (shared/tokens.ts), so a host page restyles it through --kutse-* properties.
import { css } from 'lit';

export const styles = css`
  /* Every state (loading, the card, not public, an error) keeps one height, so the page around the
     card never moves: room for the longest of the seeded names in either language. A narrow card
     (a phone) wraps the name of the qualification and of the body, and is taller. */
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: 0.75em;
    min-height: var(--kutse-certificate-card-height, 21em);
    padding: var(--_space);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-top: 0.375em solid var(--_status, var(--_border));
    border-radius: var(--_radius);
  }

  /* Narrow (a phone): the status under the qualification, whatever their lengths, so that the
     card's height does not depend on which status it shows. */
  @container (max-width: 30em) {
    [part='base'] {
      min-height: var(--kutse-certificate-card-narrow-height, 26.5em);
    }

    header {
      flex-direction: column;
    }
  }

  /* The qualification on the left, its status on the right; below it on a narrow card. */
  header {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: flex-start;
    gap: 0.5em 1em;
  }

  .valid {
    --_status: var(--_success);
  }

  .expired {
    --_status: var(--kutse-color-warning, #8a4b00);
  }

  .revoked {
    --_status: var(--_danger);
  }

  .replaced {
    --_status: var(--_muted);
  }

  h2,
  p,
  dl,
  dd {
    margin: 0;
  }

  .eyebrow,
  .level,
  dt {
    color: var(--_muted);
  }

  .eyebrow {
    font-size: 0.8125em;
    letter-spacing: 0.04em;
    text-transform: uppercase;
  }

  h2,
  .title-bone {
    font-size: 1.25em;
    line-height: 1.3;
  }

  h2:focus {
    outline: none;
  }

  .level {
    font-size: 0.875em;
  }

  /* The word, its symbol and a frame in the status's colour. */
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.8em 0.15em 0.55em;
    font-weight: 700;
    color: var(--_status);
    border: 2px solid currentColor;
    border-radius: 2em;
  }

  .status svg {
    width: 1.1em;
    height: 1.1em;
    fill: none;
    stroke: currentColor;
    stroke-width: 2;
    stroke-linecap: round;
    stroke-linejoin: round;
  }

  dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.15em 1em;
  }

  dl > div {
    display: contents;
  }

  /* The holder's and the body's names take the card's whole width, their label above them. */
  .long > * {
    grid-column: 1 / -1;
  }

  .long dt {
    font-size: 0.875em;
  }

  dd {
    overflow-wrap: anywhere;
  }

  .holder {
    font-weight: 600;
  }

  a {
    color: var(--_primary);
  }

  [part='verify-link'] {
    margin-top: auto;
    align-self: flex-start;
    font-weight: 600;
  }

  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }

  /* Loading: the card's own boxes with grey bars for its data. */
  .skeleton {
    display: flex;
    flex: 1;
    flex-direction: column;
    gap: 0.75em;
  }

  .skeleton .status {
    border-color: transparent;
    padding-inline: 0;
  }

  .skeleton > :last-child {
    margin-top: auto;
  }

  .bone {
    display: inline-block;
    vertical-align: middle;
    height: 0.9em;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.6;
  }

  .bone.long {
    width: 70%;
  }

  .bone.medium {
    width: 60%;
  }

  .bone.short {
    width: 6em;
  }

  /* Not public, or could not load. */
  .message {
    padding-inline-start: calc(var(--_space) * 0.75);
    border-inline-start: 4px solid var(--_primary);
  }

  .message.error {
    border-inline-start-color: var(--_danger);
  }

  .message p {
    margin-top: 0.25em;
    color: var(--_muted);
  }

  [part='retry-button'] {
    align-self: flex-start;
    font: inherit;
    padding: 0.4em 1em;
    color: var(--_surface);
    background: var(--_primary);
    border: 1px solid var(--_primary);
    border-radius: var(--_radius);
    cursor: pointer;
  }

  @media (prefers-reduced-motion: no-preference) {
    .bone {
      animation: pulse 1.5s ease-in-out infinite;
    }
  }

  @keyframes pulse {
    50% {
      opacity: 0.25;
    }
  }

  @media (forced-colors: active) {
    .status {
      border-color: CanvasText;
    }
  }
`;
