// The one focus ring: whatever takes keyboard focus shows a ring in the primary colour, in every
// component alike (WCAG 2.4.7). A component turns it off only where it moves focus to a heading.
import { css } from 'lit';

export const focus = css`
  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
`;
