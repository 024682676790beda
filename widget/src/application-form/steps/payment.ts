// Step 6: how to pay — recipient, IBAN, amount, reference and description, each with a copy
// button for the bank's form — then the payment order's copy, and invoice details if wanted (the
// payer may be the employer).
import { html, nothing } from 'lit';
import { plainAmount } from '../../../../contract/money.ts';
import { formatReference } from '../../../../contract/payment-reference.ts';
import { formatMoney } from '../../shared/format.ts';
import { textField } from '../application-form.fields.ts';
import { type FormView, type InvoiceFields, paymentOrder } from '../application-form.model.ts';
import { renderDocument } from './documents.ts';
import { renderFees } from './prerequisites.ts';

export function renderPaymentStep(view: FormView) {
  const { s, language, application, kind } = view;
  if (!application) return nothing;
  const { payment } = application;
  const proof = kind?.documents.find((document) => document.slug === paymentOrder);
  const amount = payment.dueNow;
  // What is copied is what a bank's form takes: the reference without its spaces, the amount as
  // a plain number.
  const rows: { label: string; shown: string; copied?: string; hint?: string }[] = [
    { label: s.payment.recipient, shown: payment.recipient, copied: payment.recipient },
    { label: s.payment.iban, shown: payment.iban, copied: payment.iban.replace(/\s+/g, '') },
    ...(payment.bankName ? [{ label: s.payment.bank, shown: payment.bankName }] : []),
    {
      label: s.payment.amount,
      shown: formatMoney(amount.grossCents, amount.currency, language),
      copied: plainAmount(amount.grossCents),
    },
    { label: s.payment.reference, shown: formatReference(payment.reference), copied: payment.reference },
    // The ready text to pay with; the body's own instruction stays beside it as a hint.
    {
      label: s.payment.explanation,
      shown: payment.explanation,
      copied: payment.explanation,
      hint: payment.explanationHint,
    },
  ];
  return html`
    <p>${s.payment.intro}</p>
    <dl class="payment">
      ${rows.map(
        ({ label, shown, copied, hint }) => html`
          <div>
            <dt>${label}</dt>
            <dd>
              <span class="value">${shown}</span>
              ${
                copied
                  ? html`<button
                    type="button"
                    class="secondary small"
                    aria-label=${s.payment.copyLabel(label)}
                    @click=${() => view.actions.copy(copied, label)}
                  >
                    ${s.payment.copy}
                  </button>`
                  : nothing
              }
              ${hint ? html`<p class="hint">${hint}</p>` : nothing}
            </dd>
          </div>
        `,
      )}
    </dl>
    ${
      payment.items.length > 0
        ? html`<h4 id="items-title">${s.payment.items}</h4>
          ${renderFees(payment.items, s, language, 'items-title')}`
        : nothing
    }
    ${proof ? renderDocument(view, proof) : nothing} ${renderInvoice(view)}
  `;
}

function renderInvoice({ s, values, errors, actions }: FormView) {
  const field = (
    name: keyof InvoiceFields,
    options: { type?: 'email'; hint?: string; autocomplete?: string } = {},
  ) =>
    textField({
      id: name,
      name,
      label: s.payment[name],
      value: values.invoice[name],
      error: errors.get(name),
      required: name === 'payerName' || name === 'invoiceEmail',
      onInput: (value) => actions.typeInvoice(name, value),
      onBlur: actions.saveInvoice,
      ...options,
    });
  return html`
    <div class="field checkbox">
      <label class="choice">
        <input
          type="checkbox"
          name="wantsInvoice"
          .checked=${values.wantsInvoice}
          aria-describedby="wantsInvoice-hint"
          @change=${(event: Event) => actions.wantInvoice((event.target as HTMLInputElement).checked)}
        />
        <span>${s.payment.wantsInvoice}</span>
      </label>
      <p class="hint" id="wantsInvoice-hint">${s.payment.invoiceHint}</p>
    </div>
    ${
      values.wantsInvoice
        ? html`<fieldset class="invoice">
          <legend>${s.payment.invoice}</legend>
          ${field('payerName', { autocomplete: 'organization' })}
          ${textField({
            id: 'registryCode',
            name: 'registryCode',
            label: `${s.payment.registryCode} (${s.optional})`,
            value: values.invoice.registryCode,
            hint: s.payment.registryCodeHint,
            error: errors.get('registryCode'),
            inputmode: 'numeric',
            onInput: (value) => actions.typeInvoice('registryCode', value),
            onBlur: actions.saveInvoice,
          })}
          ${field('address', { autocomplete: 'street-address' })}
          ${field('invoiceEmail', { type: 'email', autocomplete: 'email' })}
        </fieldset>`
        : nothing
    }
  `;
}
