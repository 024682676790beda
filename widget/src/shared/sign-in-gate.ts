// What a signed-in component (the status tracker, my certificates, the data tracker) shows until
// its person is signed in: why they are asked, and the button that opens the sign-in popup. One
// place, so the three say it the same way and expose the same parts (`sign-in`, `button`).
import { html } from 'lit';
import type { SessionState } from './session.ts';

/** The words each such component has for it, in its own strings. */
export type SignInWords = {
  signingIn: string;
  expired: string;
  signInFailed: string;
  signedOut: string;
  signIn: string;
};

/**
 * `signedIn()` once the person is signed in; until then the reason to sign in and the button.
 * `signIn` must reach window.open synchronously: the click must still be "live" for the popup blocker.
 * @example signInGate(this.#session.state, s, this.#signIn, () => this.#renderList(s))
 */
export function signInGate<T>(state: SessionState, s: SignInWords, signIn: () => void, signedIn: () => T) {
  switch (state.status) {
    case 'signed-in':
      return signedIn();
    case 'signing-in':
      return html`<div part="sign-in" class="sign-in"><p>${s.signingIn}</p></div>`;
    case 'expired':
      return prompt(s.expired, s.signIn, signIn);
    case 'error':
      return prompt(s.signInFailed, s.signIn, signIn);
    case 'signed-out':
      return prompt(s.signedOut, s.signIn, signIn);
  }
}

const prompt = (why: string, label: string, signIn: () => void) => html`
  <div part="sign-in" class="sign-in">
    <p>${why}</p>
    <button part="button" type="button" @click=${signIn}>${label}</button>
  </div>
`;
