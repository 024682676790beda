// The event <kutse-account> fires when someone signs in to Kutse.
import type { Person } from '../shared/session.ts';

/** The detail of `kutse-signed-in`: who signed in. */
export interface SignedInDetail {
  person: Person;
}

/**
 * Someone signed in. Every `<kutse-account>` of the page fires it, since they share the page's
 * session. Bubbles out of the shadow root; `event.detail` is what the README documents.
 *
 * @example
 * document.addEventListener('kutse-signed-in', (event) => greet(event.detail.person.givenName));
 */
export class KutseSignedInEvent extends CustomEvent<SignedInDetail> {
  constructor(detail: SignedInDetail) {
    super('kutse-signed-in', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'kutse-signed-in': KutseSignedInEvent;
  }
}
