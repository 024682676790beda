// <kutse-account>: signing in to Kutse from an awarding body's own website, and out again. The
// session it shows is the page's (shared/session.ts), so every Kutse element sees the same person.
// The tag is registered in define.ts, apart from the class.
import { Task } from '@lit/task';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { KutseSignedInEvent } from '../events/signed-in.ts';
import { KutseSignedOutEvent } from '../events/signed-out.ts';
import { LanguageController, loadStrings } from '../shared/i18n.ts';
import type { SessionState, SessionStatus } from '../shared/session.ts';
import { SessionController } from '../shared/session-controller.ts';
import { tokens } from '../shared/tokens.ts';
import { type AccountStrings, strings } from './account.strings.ts';
import { styles } from './account.styles.ts';

export type { SignedInDetail } from '../events/signed-in.ts';
export type { SignedOutDetail } from '../events/signed-out.ts';

/** What the element shows for a state. */
interface View {
  message: string | TemplateResult;
  error?: boolean;
  button?: { label: string; secondary: boolean; onClick: () => void } | undefined;
}

/** What follows a `signed-out` state, so that a screen reader hears why the button changed. */
type Farewell = 'signedOut' | 'cancelled' | undefined;

/**
 * A sign-in button for Kutse on an awarding body's website. Signing in happens in a pop-up window
 * on the Kutse API's origin; the token it brings back is renewed before it expires, and every Kutse
 * element on the page uses the same sign-in. It lasts the visit in this browser tab, from page to
 * page of the website, until the person signs out (on any page: every page of the website signs
 * out) or does nothing on the page for 30 minutes. Speaks Estonian or English.
 *
 * @summary Signing in to Kutse (in a pop-up window) and out again.
 * @tagname kutse-account
 *
 * @attr {string} body - The awarding body's identifier, e.g. `etel` (required).
 * @attr {string} api - The Kutse API's base URL; by default the origin the widget script came from.
 * @attr {'et' | 'en'} lang - The language; without it the closest ancestor's or the page's, else Estonian.
 *
 * @fires {KutseSignedInEvent} kutse-signed-in - Someone signed in (bubbles, composed). Every `<kutse-account>` of the page fires it.
 * @fires {KutseSignedOutEvent} kutse-signed-out - The person signed out, or the session ended (bubbles, composed).
 *
 * @csspart base - The wrapper around the status and the button.
 * @csspart status - The sentence saying who is signed in, or what happened (a polite live region).
 * @csspart button - The one button: sign in, cancel or sign out.
 *
 * @cssproperty [--kutse-color-primary=#0b5394] - The button, focus ring.
 * @cssproperty [--kutse-color-text=#1b2530] - Text.
 * @cssproperty [--kutse-color-surface=#ffffff] - The sign-in button's text, the other buttons' background.
 * @cssproperty [--kutse-color-danger=#b42318] - The mark beside an error.
 * @cssproperty [--kutse-radius=0.5rem] - The button's corner radius.
 * @cssproperty [--kutse-font-family=inherit] - Font; the host page's by default.
 * @cssproperty [--kutse-spacing=1rem] - The base spacing unit.
 */
export class KutseAccount extends LitElement {
  static override properties = {
    body: {},
    api: {},
  };

  static override styles = [tokens, styles];

  /** The awarding body's identifier, e.g. `etel` (required). */
  declare body: string;
  /** The Kutse API's base URL; by default the origin the widget script came from. */
  declare api: string | undefined;

  readonly #language = new LanguageController(this);

  readonly #strings = new Task(this, {
    task: ([language]) => loadStrings(strings, language),
    args: () => [this.#language.value] as const,
  });

  readonly #session = new SessionController(this, {
    api: () => this.api,
    body: () => this.body,
    // The state found is no change: no event for it, and no farewell.
    followed: (session) => {
      this.#seen = session.state.status;
      this.#farewell = undefined;
    },
    changed: (state) => this.#onChange(state),
  });

  /** The status this element last saw: events are fired on changes, not for the state found. */
  #seen: SessionStatus = 'signed-out';
  #farewell: Farewell;

  constructor() {
    super();
    this.body = '';
  }

  #onChange(state: SessionState) {
    const before = this.#seen;
    this.#seen = state.status;
    if (state.status !== 'signed-out') this.#farewell = undefined;
    else if (before === 'signed-in') this.#farewell = 'signedOut';
    else if (before === 'signing-in') this.#farewell = 'cancelled';
    if (state.status === 'signed-in' && before !== 'signed-in') {
      this.dispatchEvent(new KutseSignedInEvent({ person: state.person }));
    } else if (before === 'signed-in' && state.status !== 'signed-in') {
      this.dispatchEvent(
        new KutseSignedOutEvent({ reason: state.status === 'expired' ? 'expired' : 'signed-out' }),
      );
    }
  }

  override render() {
    const language = this.#language.value;
    const s = this.#strings.value;
    // Only for the moment the English strings take to arrive.
    if (!s) return html`<div part="base" lang=${language} aria-busy="true"></div>`;
    const state = this.#session.state;
    const { message, error, button } = this.#view(state, s);
    // One status line and one button, whatever the state: the button keeps keyboard focus from
    // "Sign in" to "Cancel" to "Sign out", and the line, always there, announces each change.
    return html`
      <div part="base" lang=${language}>
        <p
          part="status"
          class=${error ? 'error' : message ? '' : 'visually-hidden'}
          role="status"
          aria-live="polite"
        >
          ${message}
        </p>
        ${
          button
            ? html`<button
              part="button"
              class=${button.secondary ? 'secondary' : ''}
              type="button"
              @click=${button.onClick}
            >
              ${button.label}
            </button>`
            : nothing
        }
      </div>
    `;
  }

  #view(state: SessionState, s: AccountStrings): View {
    const signIn: View['button'] = { label: s.signIn, secondary: false, onClick: this.#signIn };
    switch (state.status) {
      case 'signing-in':
        return {
          message: s.signingIn,
          button: { label: s.cancel, secondary: true, onClick: this.#cancel },
        };
      case 'signed-in': {
        const name = `${state.person.givenName} ${state.person.familyName}`.trim();
        return {
          message: html`${s.signedInAs} <span class="name">${name}</span>`,
          button: { label: s.signOut, secondary: true, onClick: this.#signOut },
        };
      }
      case 'expired':
        return { message: state.idle ? s.idle : s.expired, button: this.body ? signIn : undefined };
      case 'error':
        return { message: s.errors[state.error], error: true, button: this.body ? signIn : undefined };
      case 'signed-out':
        if (!this.body) return { message: s.misconfigured, error: true };
        return { message: this.#farewell ? s[this.#farewell] : '', button: signIn };
    }
  }

  // Synchronous all the way to window.open: the click must still be "live" for the popup blocker.
  #signIn = () => this.#session.session?.signIn({ body: this.body, language: this.#language.value });

  #cancel = () => this.#session.session?.cancel();

  #signOut = () => this.#session.session?.signOut();
}
