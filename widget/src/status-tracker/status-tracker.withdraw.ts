// Withdrawing an application, confirmed in place: window.confirm cannot be styled, translated by us
// or given a reason field, and some browsers suppress it in embedded pages. One confirmation is open
// at a time; focus moves into it, and back out when it closes, so a keyboard user never gets lost.
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { ApplicationView } from '../shared/applications-client.ts';
import { failureText } from './status-tracker.failure.ts';
import type { StatusTrackerStrings as Strings } from './status-tracker.strings.ts';

export interface WithdrawHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
}

export class Withdrawal {
  readonly #host: WithdrawHost;
  /** Sends the withdrawal and takes the answer into the list; rejects with what went wrong. */
  readonly #withdraw: (id: string, reason: string) => Promise<void>;
  /** The application whose confirmation is open. */
  #open: string | undefined;
  #reason = '';
  #busy = false;
  #error: string | undefined;

  constructor(host: WithdrawHost, withdraw: (id: string, reason: string) => Promise<void>) {
    this.#host = host;
    this.#withdraw = withdraw;
  }

  /** Forgets an open confirmation (e.g. the person signed out). */
  reset(): void {
    this.#open = undefined;
    this.#reason = '';
    this.#busy = false;
    this.#error = undefined;
  }

  render(application: ApplicationView, s: Strings) {
    const { id } = application;
    if (this.#open !== id) {
      if (!application.canWithdraw) return nothing;
      return html`<button part="withdraw-button" class="secondary danger" type="button" id="withdraw-${id}" @click=${() => this.#start(id)}>
        ${s.withdraw}
      </button>`;
    }
    const question = `withdraw-question-${id}`;
    const explanation = `withdraw-explanation-${id}`;
    return html`
      <div
        part="withdraw"
        class="confirm"
        role="group"
        aria-labelledby=${question}
        aria-describedby=${explanation}
        @keydown=${this.#onKey}
      >
        <p id=${question} class="question">${s.withdrawQuestion}</p>
        <p id=${explanation}>${s.withdrawExplanation}</p>
        <label for="withdraw-reason-${id}">${s.withdrawReason}</label>
        <textarea
          id="withdraw-reason-${id}"
          rows="3"
          maxlength="1000"
          .value=${this.#reason}
          ?disabled=${this.#busy}
          @input=${(event: Event) => {
            this.#reason = (event.target as HTMLTextAreaElement).value;
          }}
        ></textarea>
        ${this.#error ? html`<p class="error" role="alert">${this.#error}</p>` : nothing}
        <div class="actions">
          <button part="confirm-button" class="danger" type="button" ?disabled=${this.#busy} @click=${() => this.#confirm(id, s)}>
            ${this.#busy ? s.withdrawing : s.confirmWithdraw}
          </button>
          <button part="cancel-button" class="secondary" type="button" ?disabled=${this.#busy} @click=${this.#cancel}>
            ${s.cancel}
          </button>
        </div>
      </div>
    `;
  }

  async #start(id: string) {
    this.reset();
    this.#open = id;
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // The reason field: the group's question is read out with it.
    this.#focus(`#withdraw-reason-${CSS.escape(id)}`);
  }

  #cancel = async () => {
    const id = this.#open;
    this.reset();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // Back to the button that opened it, which is still there.
    if (id) this.#focus(`#withdraw-${CSS.escape(id)}`);
  };

  /** Escape cancels, as it would a dialog. */
  #onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || this.#busy) return;
    event.preventDefault();
    void this.#cancel();
  };

  async #confirm(id: string, s: Strings) {
    this.#busy = true;
    this.#error = undefined;
    this.#host.requestUpdate();
    try {
      await this.#withdraw(id, this.#reason);
    } catch (error) {
      // The confirmation stays open with the reason as typed, so trying again is one click.
      this.#busy = false;
      this.#error = failureText(error, s.withdrawFailed, s);
      this.#host.requestUpdate();
      await this.#host.updateComplete;
      this.#focus(`#withdraw-reason-${CSS.escape(id)}`);
      return;
    }
    this.reset();
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    // The button is gone with the confirmation: the application's heading is the next landmark.
    this.#focus(`#app-${CSS.escape(id)}`);
  }

  #focus(selector: string) {
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }
}
