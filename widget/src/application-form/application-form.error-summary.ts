// The list of a step's errors at its top, each a link to its field: where focus goes when Next
// finds something wrong, so that a screen reader user hears what to fix and can go straight there.
import { html, nothing } from 'lit';
import type { ApplicationFormStrings as Strings } from './application-form.strings.ts';

/**
 * @param errors - The fields' errors, by the id of the input each belongs to.
 * @param general - An error that belongs to no field (a submit that failed), listed first.
 * @param focus - Moves focus to the input with that id.
 */
export function renderErrorSummary(
  errors: [id: string, message: string][],
  general: string | undefined,
  s: Strings,
  focus: (id: string) => void,
) {
  if (errors.length === 0 && !general) return nothing;
  const follow = (event: Event, id: string) => {
    event.preventDefault();
    focus(id);
  };
  return html`
    <div part="error-summary" class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
      <h4 id="error-summary-title">${s.errorSummary}</h4>
      <ul>
        ${general ? html`<li>${general}</li>` : nothing}
        ${errors.map(
          ([id, message]) =>
            html`<li><a href="#${id}" @click=${(event: Event) => follow(event, id)}>${message}</a></li>`,
        )}
      </ul>
    </div>
  `;
}
