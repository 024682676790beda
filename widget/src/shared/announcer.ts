// The sentence an element says in its polite live region ("Saved", "The application was
// withdrawn"): a screen reader reads out a live region's change, so the same sentence twice in a
// row would be no change at all — it is emptied first, and set again after that render.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class Announcer implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  #text = '';

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  /** What the live region says now: render it inside an element with `role="status"`. */
  get text(): string {
    return this.#text;
  }

  /** Says `text`, even if it was the last thing said. */
  announce(text: string): void {
    this.#text = '';
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => {
      this.#text = text;
      this.#host.requestUpdate();
    });
  }

  /** Nothing to set up: the controller only holds the sentence between renders. */
  hostConnected(): void {}
}
