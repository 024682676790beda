// The theme every component shares: public `--kutse-*` custom properties (set by the host page on
// the element or any ancestor) read once into private `--_*` ones, so each fallback lives here only.
import { css } from 'lit';

export const tokens = css`
  :host {
    --_primary: var(--kutse-color-primary, #0b5394);
    --_text: var(--kutse-color-text, #1b2530);
    --_muted: var(--kutse-color-muted, #56616d);
    --_surface: var(--kutse-color-surface, #ffffff);
    --_border: var(--kutse-color-border, #d3d9df);
    --_success: var(--kutse-color-success, #17743a);
    --_danger: var(--kutse-color-danger, #b42318);
    --_radius: var(--kutse-radius, 0.5rem);
    --_space: var(--kutse-spacing, 1rem);

    display: block;
    container-type: inline-size;
    font-family: var(--kutse-font-family, inherit);
    color: var(--_text);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
