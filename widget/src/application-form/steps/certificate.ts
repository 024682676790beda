// Step 7: how the certificate is delivered (the body's options, with their cost) and whether it
// is shown in the public register.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatMoney } from '../../shared/format.ts';
import { fieldError } from '../application-form.fields.ts';
import type { FormView } from '../application-form.model.ts';

export function renderCertificateStep({ s, language, catalogue, values, errors, actions }: FormView) {
  const options = catalogue.body.deliveryOptions;
  const error = errors.get('delivery');
  return html`
    ${
      options.length === 0
        ? nothing
        : html`<fieldset
          id="delivery"
          tabindex="-1"
          aria-invalid=${error ? 'true' : 'false'}
          aria-describedby=${ifDefined(error ? 'delivery-error' : undefined)}
        >
          <legend>${s.certificate.deliveryLegend}</legend>
          ${fieldError('delivery', error)}
          <div class="choices">
            ${options.map(
              (option) => html`
                <label class="choice">
                  <input
                    type="radio"
                    name="delivery"
                    value=${option.slug}
                    .checked=${values.delivery === option.slug}
                    @change=${() => actions.chooseDelivery(option.slug)}
                  />
                  <span>
                    <span class="choice-title">${option.label}</span>
                    <span class="note">
                      ${option.slug === 'none' ? html`${s.certificate.noPaper} ` : nothing}
                      ${option.grossCents > 0 ? formatMoney(option.grossCents, option.currency, language) : s.certificate.free}
                    </span>
                  </span>
                </label>
              `,
            )}
          </div>
        </fieldset>`
    }
    <div class="field checkbox">
      <label class="choice">
        <input
          type="checkbox"
          name="publicConsent"
          .checked=${values.publicConsent}
          aria-describedby="publicConsent-hint"
          @change=${(event: Event) => actions.consentToPublish((event.target as HTMLInputElement).checked)}
        />
        <span>${s.certificate.consent}</span>
      </label>
      <p class="hint" id="publicConsent-hint">${s.certificate.consentHint}</p>
    </div>
  `;
}
