// The on-behalf view's own layout: the person's fields at a readable width, the qualification and
// its button side by side where there is room, the form below with some air.
import { css } from 'lit';

export const onBehalfStyles = css`
  :host {
    display: block;
  }

  .intro {
    max-width: 46rem;
  }

  form.person {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    max-width: 26rem;
  }

  form.person p {
    margin: 0;
  }

  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .field-error {
    margin: 0;
  }

  form.choose {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.75rem;
    margin-block-end: var(--_space);
  }

  form.choose .field {
    flex: 1 1 16rem;
    max-width: 26rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: center;
  }

  /* On a phone the form's own frame is inside the card's: the card gives it the width back. */
  @media (max-width: 30rem) {
    .card.application {
      padding-inline: 0.5rem;
    }
  }

  kutse-application-form {
    display: block;
    margin-block-start: var(--_space);
  }
`;
