// Asks again every so often, but only while anyone can see the answer: a hidden tab polls nothing,
// and coming back to it asks at once. setTimeout rather than setInterval, so that a slow answer
// never overlaps the next question.
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The shortest interval a page may ask for: the API serves every awarding body's visitors. */
export const minimumPollSeconds = 5;
export const defaultPollSeconds = 20;

export interface PollingOptions {
  /** Whether polling makes sense now (e.g. someone is signed in). */
  enabled: () => boolean;
  /** Seconds between the end of one round and the start of the next. */
  seconds: () => number;
  /** One round; polling waits for it before scheduling the next. */
  poll: () => Promise<void>;
}

const visible = () => document.visibilityState === 'visible';

export class PollingController implements ReactiveController {
  readonly #options: PollingOptions;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #connected = false;
  /** The round under way: requests never overlap. */
  #running: Promise<void> | undefined;
  /** Asked to poll during a round (e.g. the language changed): its answer may be stale, so ask again. */
  #again = false;

  constructor(host: ReactiveControllerHost, options: PollingOptions) {
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    document.addEventListener('visibilitychange', this.#onVisibility);
  }

  hostDisconnected(): void {
    this.#connected = false;
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.stop();
  }

  /** Polls now (if it makes sense), then every `seconds`. Resolves when that round is over. */
  now(): Promise<void> {
    this.stop();
    if (!this.#connected || !this.#options.enabled() || !visible()) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#options
      .poll()
      .catch(() => {
        // The round shows its own failure; polling goes on, the next round may well succeed.
      })
      .finally(() => {
        this.#running = undefined;
        if (this.#again) {
          this.#again = false;
          void this.now();
        } else this.#schedule();
      });
    return this.#running;
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #schedule() {
    this.stop();
    if (!this.#connected || !this.#options.enabled() || !visible()) return;
    const seconds = Math.max(this.#options.seconds() || defaultPollSeconds, minimumPollSeconds);
    this.#timer = setTimeout(() => void this.now(), seconds * 1_000);
  }

  #onVisibility = () => {
    if (visible()) void this.now();
    else this.stop();
  };
}
