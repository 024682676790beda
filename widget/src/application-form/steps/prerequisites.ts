// Step 2: the kind's prerequisites, each confirmed by a checkbox, and what it costs.
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Fee } from '../../shared/api-client.ts';
import { formatMoney, formatPercent } from '../../shared/format.ts';
import type { Language } from '../../shared/i18n.ts';
import { fieldError } from '../application-form.fields.ts';
import type { FormView } from '../application-form.model.ts';
import type { ApplicationFormStrings } from '../application-form.strings.ts';

export function renderPrerequisitesStep({ s, language, kind, values, errors, actions }: FormView) {
  if (!kind) return nothing;
  const error = errors.get('prerequisites');
  return html`
    ${
      kind.prerequisites.length === 0
        ? html`<p>${s.prerequisites.none}</p>`
        : html`
          <fieldset
            id="prerequisites"
            tabindex="-1"
            aria-invalid=${error ? 'true' : 'false'}
            aria-describedby=${ifDefined(error ? 'prerequisites-hint prerequisites-error' : 'prerequisites-hint')}
          >
            <legend>${s.prerequisites.legend}</legend>
            <p class="hint" id="prerequisites-hint">${s.prerequisites.hint}</p>
            ${fieldError('prerequisites', error)}
            <div class="choices">
              ${kind.prerequisites.map((text, index) => {
                // The API knows prerequisites by position, counted from 1.
                const position = index + 1;
                return html`
                  <label class="choice">
                    <input
                      type="checkbox"
                      name="prerequisite"
                      value=${position}
                      .checked=${values.confirmed.includes(position)}
                      @change=${(event: Event) =>
                        actions.confirmPrerequisite(position, (event.target as HTMLInputElement).checked)}
                    />
                    <span>${text}</span>
                  </label>
                `;
              })}
            </div>
          </fieldset>
        `
    }
    <h4 id="fees-title">${s.fees.title}</h4>
    ${kind.fees.length === 0 ? html`<p>${s.fees.none}</p>` : renderFees(kind.fees, s, language)}
  `;
}

/** A fee as the catalogue lists it, or an item of the application's payment. */
export type FeeLine = Pick<
  Fee,
  'label' | 'netCents' | 'vatRatePercent' | 'vatCents' | 'grossCents' | 'currency'
> & {
  due: string;
};

/**
 * The fee items: net, VAT rate, VAT, gross, when due. On a narrow screen each row becomes a block
 * whose cells carry their column's name (data-label), so five columns never overflow 320 px.
 */
export function renderFees(
  fees: readonly FeeLine[],
  s: ApplicationFormStrings,
  language: Language,
  titleId = 'fees-title',
) {
  const money = (cents: number, fee: FeeLine) => formatMoney(cents, fee.currency, language);
  return html`
    <table class="fees stacking" role="table" aria-labelledby=${titleId}>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${s.fees.item}</th>
          <th scope="col" role="columnheader" class="amount">${s.fees.net}</th>
          <th scope="col" role="columnheader" class="amount">${s.fees.vatRate}</th>
          <th scope="col" role="columnheader" class="amount">${s.fees.vat}</th>
          <th scope="col" role="columnheader" class="amount">${s.fees.gross}</th>
          <th scope="col" role="columnheader">${s.fees.due}</th>
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${fees.map(
          (fee) => html`
            <tr role="row">
              <th scope="row" role="rowheader">${fee.label}</th>
              <td role="cell" class="amount" data-label=${s.fees.net}>${money(fee.netCents, fee)}</td>
              <td role="cell" class="amount" data-label=${s.fees.vatRate}>
                ${formatPercent(fee.vatRatePercent, language)}
              </td>
              <td role="cell" class="amount" data-label=${s.fees.vat}>${money(fee.vatCents, fee)}</td>
              <td role="cell" class="amount gross" data-label=${s.fees.gross}>${money(fee.grossCents, fee)}</td>
              <td role="cell" data-label=${s.fees.due}>${s.fees.dueWhen[fee.due] ?? fee.due}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}
