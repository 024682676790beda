// The dialogs of <kutse-my-certificates>: ordering a print or a duplicate (the delivery options
// with their cost, then how to pay, as an application's payment step shows it) and asking a
// question. A native modal <dialog>: it keeps focus inside, Escape closes it, and the element
// returns focus to the button that opened it.
import { html, nothing } from 'lit';
import { formatMoney } from '../shared/format.ts';
import type { Language } from '../shared/i18n.ts';
import { renderPayment } from './my-certificates.certificate.ts';
import type { OwnCertificate, OwnerRequestView } from './my-certificates.client.ts';
import type { MyCertificatesStrings } from './my-certificates.strings.ts';

type Strings = MyCertificatesStrings;

/** The open dialog: what it is for, and what came of it. */
export interface OpenDialog {
  kind: 'print' | 'duplicate' | 'question';
  certificate: OwnCertificate;
  busy: boolean;
  /** A refusal to show next to the field it names (or above the buttons). */
  error?: { field: string; text: string } | undefined;
  /** The order or question as the API took it. */
  done?: OwnerRequestView | undefined;
}

export interface DialogActions {
  submit(form: HTMLFormElement): void;
  close(): void;
}

export function renderDialog(d: OpenDialog, actions: DialogActions, s: Strings, language: Language) {
  const title =
    d.kind === 'question'
      ? s.questionTitle(d.certificate.number)
      : s.orderTitle(d.kind, d.certificate.number);
  return html`
    <dialog part="dialog" aria-labelledby="dialog-title" @close=${actions.close} @cancel=${actions.close}>
      <h3 id="dialog-title">${title}</h3>
      ${d.done ? renderDone(d, d.done, actions, s, language) : renderForm(d, actions, s, language)}
    </dialog>
  `;
}

function renderForm(d: OpenDialog, actions: DialogActions, s: Strings, language: Language) {
  const error = (field: string) => (d.error?.field === field ? d.error.text : undefined);
  const other =
    d.error && !['deliveryOptionId', 'question'].includes(d.error.field) ? d.error.text : undefined;
  return html`
    <form novalidate @submit=${(e: SubmitEvent) => {
      e.preventDefault();
      actions.submit(e.currentTarget as HTMLFormElement);
    }}>
      ${d.kind === 'question' ? renderQuestion(error('question'), s) : renderDelivery(d, error('deliveryOptionId'), s, language)}
      ${other ? html`<p class="error" role="alert">${other}</p>` : nothing}
      <div class="dialog-buttons">
        <button type="submit" ?disabled=${d.busy} aria-busy=${d.busy ? 'true' : 'false'}>
          ${d.kind === 'question' ? s.sendQuestion : s.order}
        </button>
        <button type="button" class="secondary" @click=${actions.close}>${s.cancel}</button>
      </div>
    </form>
  `;
}

function renderDelivery(d: OpenDialog, error: string | undefined, s: Strings, language: Language) {
  const options = d.certificate.deliveryOptions;
  return html`
    <fieldset aria-invalid=${error ? 'true' : 'false'} aria-describedby=${error ? 'delivery-error' : nothing}>
      <legend>${s.chooseDelivery}</legend>
      ${options.map(
        (o, i) => html`<label class="option">
          <input type="radio" name="deliveryOptionId" value=${o.id} ?checked=${i === 0} />
          <span>${o.label}</span>
          <span class="cost">${o.cost.grossCents ? formatMoney(o.cost.grossCents, o.cost.currency, language) : s.free}</span>
        </label>`,
      )}
    </fieldset>
    ${error ? html`<p id="delivery-error" class="field-error">${error}</p>` : nothing}
  `;
}

function renderQuestion(error: string | undefined, s: Strings) {
  return html`
    <label for="question">${s.question}</label>
    <textarea id="question" name="question" rows="4" maxlength="2000" required
      aria-invalid=${error ? 'true' : 'false'}
      aria-describedby=${error ? 'question-hint question-error' : 'question-hint'}></textarea>
    <p id="question-hint" class="hint">${s.questionHint}</p>
    ${error ? html`<p id="question-error" class="field-error">${error}</p>` : nothing}
  `;
}

function renderDone(
  d: OpenDialog,
  done: OwnerRequestView,
  actions: DialogActions,
  s: Strings,
  language: Language,
) {
  const said = d.kind === 'question' ? s.asked : done.payment ? s.ordered : s.nothingToPay;
  return html`
    <p class="message success" role="status">${said}</p>
    ${renderPayment(done, s, language)}
    <div class="dialog-buttons">
      <button type="button" autofocus @click=${actions.close}>${s.close}</button>
    </div>
  `;
}
