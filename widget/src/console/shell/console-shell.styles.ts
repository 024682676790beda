// The console's frame: a bar across the top that wraps on a phone, and the main area's width.
import { css } from 'lit';

export const shellStyles = css`
  :host {
    min-height: 100vh;
    background: var(--_page);
  }

  .skip {
    position: absolute;
    inset-inline-start: 0.5rem;
    inset-block-start: -3rem;
    padding: 0.5em 1em;
    background: var(--_surface);
    z-index: 10;
  }

  .skip:focus {
    inset-block-start: 0.5rem;
  }

  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.5rem;
    padding: 0.6rem 1.5rem;
    background: var(--_primary);
    color: #fff;
  }

  .bar a,
  .bar label {
    color: #fff;
  }

  .product {
    font-weight: 700;
    font-size: 1.1rem;
    text-decoration: none;
  }

  .switcher {
    display: flex;
    align-items: center;
    gap: 0.5em;
  }

  .switcher select {
    width: auto;
    max-width: 20em;
  }

  .switcher button.secondary {
    border-color: #fff;
  }

  .end {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    margin-inline-start: auto;
  }

  .bar button.secondary {
    border-color: #fff;
  }

  .views {
    display: flex;
    /* Four views and more do not fit in a row at 390 px: they wrap rather than widen the page. */
    flex-wrap: wrap;
    gap: 0 0.25rem;
    padding: 0 1.5rem;
    background: var(--_surface);
    border-block-end: 1px solid var(--_border);
  }

  .views a {
    padding: 0.6em 0.9em;
    white-space: nowrap;
    color: var(--_text);
    text-decoration: none;
    border-block-end: 3px solid transparent;
  }

  .views a[aria-current='page'] {
    border-color: var(--_primary);
    color: var(--_primary);
    font-weight: 600;
  }

  main {
    display: block;
    max-width: 80rem;
    margin: 0 auto;
    padding: 1.5rem;
  }

  main:focus {
    outline: none;
  }

  @media (max-width: 40rem) {
    .bar {
      padding: 0.5rem 1rem;
    }

    main {
      padding: 1rem 0.75rem;
    }

    .views {
      padding: 0 0.5rem;
    }

    .views a {
      padding: 0.5em 0.6em;
    }
  }
`;
