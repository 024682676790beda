// Follows the page's sign-in (shared/session.ts) for an element: subscribes while the element is in
// the document, and again when its `api` or `body` changes (another API is another session; another
// body may take up another kept sign-in), never twice. Every Kutse element that shows who is signed
// in, or calls the API as them, holds one instead of its own copy of the subscription.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Session, type SessionState, sessionFor } from './session.ts';

// The sign-in prompt the signed-in components show while no one is: with the controller every one
// of them loads, it travels in the controller's chunk (a chunk of its own cost 0.2 KB gzipped more).
export { signInGate } from './sign-in-gate.ts';

export interface SessionControllerOptions {
  /** The API's base URL (the element's `api`); the script's origin when empty. */
  api: () => string | undefined;
  /** The awarding body (the element's `body`): a sign-in to it kept by an earlier page is taken up. */
  body: () => string;
  /**
   * The element follows `session` now: it came into the document, or its `api` or `body` changed.
   * Its state is the one found, not a change (no `changed` call for it).
   */
  followed?: (session: Session) => void;
  /** The session's state changed while followed. */
  changed?: (state: SessionState) => void;
}

const signedOut: SessionState = { status: 'signed-out' };

export class SessionController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: SessionControllerOptions;
  #session: Session | undefined;
  #unsubscribe: (() => void) | undefined;
  /** The `api` and `body` followed, to notice a change of either before the next render. */
  #followed: { api: string | undefined; body: string } | undefined;

  constructor(host: ReactiveControllerHost, options: SessionControllerOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The session followed; undefined until the element is first in the document. */
  get session(): Session | undefined {
    return this.#session;
  }

  /** The followed session's state; signed out before there is one. */
  get state(): SessionState {
    return this.#session?.state ?? signedOut;
  }

  hostConnected(): void {
    this.#follow();
  }

  /** Before each render: a changed `api` or `body` means following anew. */
  hostUpdate(): void {
    const followed = this.#followed;
    if (followed && (followed.api !== this.#options.api() || followed.body !== this.#options.body()))
      this.#follow();
  }

  hostDisconnected(): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#followed = undefined;
  }

  #follow() {
    const api = this.#options.api();
    const body = this.#options.body();
    // Before unsubscribing: taking up the new body's kept sign-in is a change to hear, if the
    // session stays the same.
    const session = sessionFor(api, body);
    this.#followed = { api, body };
    if (session !== this.#session || !this.#unsubscribe) {
      this.#unsubscribe?.();
      this.#session = session;
      this.#unsubscribe = session.subscribe((state) => {
        this.#options.changed?.(state);
        this.#host.requestUpdate();
      });
    }
    this.#options.followed?.(session);
    this.#host.requestUpdate();
  }
}
