// The event <kutse-account> fires when the person signs out or the session ends.

/** The detail of `kutse-signed-out`: signed out by the visitor, or the API ended the session. */
export interface SignedOutDetail {
  reason: 'signed-out' | 'expired';
}

/**
 * The person signed out, or the session ended. Bubbles out of the shadow root; `event.detail` is
 * what the README documents.
 *
 * @example
 * document.addEventListener('kutse-signed-out', (event) => event.detail.reason === 'expired' && warn());
 */
export class KutseSignedOutEvent extends CustomEvent<SignedOutDetail> {
  constructor(detail: SignedOutDetail) {
    super('kutse-signed-out', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kutse-signed-out': KutseSignedOutEvent;
  }
}
