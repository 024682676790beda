// Step 1: which application — the kinds open now, as a radio group; fixed once it was submitted.
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDate } from '../../shared/format.ts';
import { fieldError } from '../application-form.fields.ts';
import type { FormView } from '../application-form.model.ts';

export function renderKindStep({ s, language, catalogue, application, values, errors, actions }: FormView) {
  // Sent in once, an application stays of its kind (the API has no way to change it).
  if (application && application.state !== 'draft')
    return html`<p><strong>${application.kind.title}</strong></p>
      <p class="note">${s.kind.fixed}</p>`;
  const open = catalogue.kinds.filter((kind) => kind.status === 'open');
  const error = errors.get('kind');
  return html`
    <fieldset
      id="kind"
      tabindex="-1"
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${ifDefined(error ? 'kind-error' : undefined)}
    >
      <legend>${s.kind.legend}</legend>
      ${fieldError('kind', error)}
      <div class="choices">
        ${open.map(
          (kind) => html`
            <label class="choice">
              <input
                type="radio"
                name="kind"
                value=${kind.slug}
                .checked=${values.kind === kind.slug}
                @change=${() => actions.chooseKind(kind.slug)}
              />
              <span>
                <span class="choice-title">${kind.title}</span>
                ${kind.openUntil ? html`<span class="note">${s.kind.openUntil(formatDate(kind.openUntil, language))}</span>` : ''}
              </span>
            </label>
          `,
        )}
      </div>
    </fieldset>
  `;
}
