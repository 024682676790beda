// <kutse-my-certificates>: the signed-in holder's own certificates, valid and invalid, on an
// awarding body's website: publish or hide each, download it sealed, its digital credential,
// register notices, ordering a print or a duplicate, questions and their threads. It follows the
// page's session (shared/session.ts). The tag is registered in define.ts, apart from the class.
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { Announcer } from '../shared/announcer.ts';
import { type Language, LanguageController, loadStrings } from '../shared/i18n.ts';
import { ApiProblem } from '../shared/problem.ts';
import type { SessionState } from '../shared/session.ts';
import { SessionController, signInGate } from '../shared/session-controller.ts';
import { tokens } from '../shared/tokens.ts';
import {
  type CertificateActions,
  type CertificateState,
  renderCertificate,
} from './my-certificates.certificate.ts';
import {
  type MyCertificatesClient,
  myCertificatesClient,
  type OwnCertificate,
  type OwnerRequestView,
} from './my-certificates.client.ts';
import { type OpenDialog, renderDialog } from './my-certificates.dialogs.ts';
import { type MyCertificatesStrings, strings } from './my-certificates.strings.ts';
import { styles } from './my-certificates.styles.ts';

type Strings = MyCertificatesStrings;

/**
 * The signed-in holder's certificates, valid and invalid alike, each with its status shown in
 * words and colour, a switch that publishes or hides it in the public register, the sealed PDF and
 * the digital credential (with an "add to LinkedIn" link), register notices, ordering a print or
 * a duplicate (with the amount, account and reference to pay with), asking the awarding body a
 * question, and the threads of those requests. Asks to sign in when nobody is. Estonian or English.
 *
 * @summary A certificate holder's own certificates and what they can do with them.
 * @tagname kutse-my-certificates
 *
 * @attr {string} body - The awarding body whose website shows it, e.g. `etel` (required: the sign-in is the website's).
 * @attr {string} api - The Kutse API's base URL; by default the origin the widget script came from.
 * @attr {'et' | 'en'} lang - The language; without it the closest ancestor's or the page's, else Estonian.
 *
 * @csspart base - The wrapper.
 * @csspart certificate - One certificate.
 * @csspart status - A certificate's status, in words.
 * @csspart public-switch - The publish/hide switch.
 * @csspart pdf - The sealed PDF's download button.
 * @csspart credential - The digital credential's button.
 * @csspart dialog - The order and question dialog.
 *
 * @cssproperty [--kutse-color-primary=#0b5394] - Buttons, links, the switch when on.
 * @cssproperty [--kutse-color-text=#1b2530] - Text.
 * @cssproperty [--kutse-color-muted=#56616d] - Secondary text.
 * @cssproperty [--kutse-color-surface=#ffffff] - Backgrounds.
 * @cssproperty [--kutse-color-border=#d3d9df] - Borders between certificates.
 * @cssproperty [--kutse-color-success=#17743a] - A valid certificate's status.
 * @cssproperty [--kutse-color-danger=#b42318] - A revoked or expired certificate's status.
 * @cssproperty [--kutse-radius=0.5rem] - Corner radius.
 * @cssproperty [--kutse-font-family=inherit] - Font; the host page's by default.
 * @cssproperty [--kutse-spacing=1rem] - The base spacing unit.
 */
export class KutseMyCertificates extends LitElement {
  static override properties = { body: {}, api: {} };
  static override styles = [tokens, styles];

  /** The awarding body whose website shows it, e.g. `etel` (required). */
  declare body: string;
  /** The Kutse API's base URL; by default the origin the widget script came from. */
  declare api: string | undefined;

  readonly #language = new LanguageController(this);
  readonly #announcer = new Announcer(this);
  readonly #strings = new Task(this, {
    task: ([language]) => loadStrings(strings, language),
    args: () => [this.#language.value] as const,
  });
  readonly #session = new SessionController(this, {
    api: () => this.api,
    body: () => this.body,
    followed: (session) => this.#onSession(session.state),
    changed: (state) => this.#onSession(state),
  });

  #client: MyCertificatesClient | undefined;
  #certificates: OwnCertificate[] | undefined;
  /** The language the list on screen was answered in. */
  #listLanguage: Language | undefined;
  #loadError: unknown;
  readonly #states = new Map<string, CertificateState>();
  #dialog: OpenDialog | undefined;
  /** The button that opened the dialog: focus returns there when it closes. */
  #opener: HTMLElement | undefined;

  constructor() {
    super();
    this.body = '';
  }

  #onSession(state: SessionState) {
    const session = this.#session.session;
    if (state.status === 'signed-in' && session) {
      if (!this.#client) {
        this.#client = myCertificatesClient({
          session,
          apiBase: this.api,
          language: () => this.#language.value,
        });
        void this.#load();
      }
    } else this.#forget();
    this.requestUpdate();
  }

  /** Signed out: nothing of this person's may stay on screen. */
  #forget() {
    this.#client = undefined;
    this.#certificates = undefined;
    this.#loadError = undefined;
    this.#listLanguage = undefined;
    this.#states.clear();
    this.#dialog = undefined;
  }

  override willUpdate() {
    // The API words names in the language asked for: a page switching language asks again.
    if (this.#client && this.#listLanguage && this.#listLanguage !== this.#language.value) {
      this.#listLanguage = this.#language.value;
      void this.#load();
    }
  }

  override updated() {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
  }

  async #load() {
    const client = this.#client;
    if (!client) return;
    const language = this.#language.value;
    try {
      const list = await client.list();
      if (client !== this.#client) return;
      this.#certificates = list;
      this.#listLanguage = language;
      this.#loadError = undefined;
    } catch (error) {
      if (client === this.#client) this.#loadError = error;
    }
    this.requestUpdate();
  }

  #state(number: string): CertificateState {
    let state = this.#states.get(number);
    if (!state) {
      state = { busy: false, threads: new Map() };
      this.#states.set(number, state);
    }
    return state;
  }

  #replace(number: string, change: (c: OwnCertificate) => OwnCertificate) {
    this.#certificates = this.#certificates?.map((c) => (c.number === number ? change(c) : c));
    this.requestUpdate();
  }

  #failure(error: unknown, s: Strings): string {
    if (error instanceof ApiProblem) return error.problem?.detail ?? s.failed;
    return s.networkDown;
  }

  readonly #actions: CertificateActions = {
    togglePublic: async (c) => {
      const s = this.#strings.value;
      const client = this.#client;
      if (!s || !client) return;
      const state = this.#state(c.number);
      state.busy = true;
      this.requestUpdate();
      try {
        const visible = await client.setPublic(c.number, !c.public);
        this.#replace(c.number, (old) => ({ ...old, public: visible }));
        this.#announcer.announce(visible ? s.nowPublic(c.number) : s.nowHidden(c.number));
      } catch (error) {
        this.#announcer.announce(this.#failure(error, s));
      } finally {
        state.busy = false;
        this.requestUpdate();
      }
    },

    downloadPdf: async (c) => {
      const s = this.#strings.value;
      const client = this.#client;
      if (!s || !client) return;
      const state = this.#state(c.number);
      state.busy = true;
      this.#announcer.announce(s.downloading);
      try {
        const pdf = await client.sealedPdf(c.number);
        // Saved as a file: the token cannot ride on a plain link, so the bytes come by fetch.
        const url = URL.createObjectURL(pdf);
        const link = document.createElement('a');
        link.href = url;
        link.download = `${c.number}.pdf`;
        link.hidden = true;
        this.renderRoot.append(link);
        link.click();
        link.remove();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
        this.#announcer.announce(s.downloaded(c.number));
      } catch (error) {
        this.#announcer.announce(this.#failure(error, s));
      } finally {
        state.busy = false;
        this.requestUpdate();
      }
    },

    openCredential: async (c) => {
      const s = this.#strings.value;
      const client = this.#client;
      if (!s || !client) return;
      try {
        const credential = await client.credential(c.number);
        this.#state(c.number).credential = { linkedIn: credential.linkedIn, publicUrl: credential.publicUrl };
        this.requestUpdate();
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>(`[data-credential="${c.number}"] a`)?.focus();
      } catch (error) {
        this.#announcer.announce(this.#failure(error, s));
      }
    },

    openDialog: (kind, certificate, opener) => {
      this.#opener = opener;
      this.#dialog = { kind, certificate, busy: false };
      this.requestUpdate();
    },

    toggleThread: async (request, open) => {
      const client = this.#client;
      if (!open || !client) return;
      const state = this.#state(request.certificate);
      if (!state.threads.has(request.id)) state.threads.set(request.id, 'loading');
      this.requestUpdate();
      try {
        state.threads.set(request.id, await client.thread(request.id));
      } catch (error) {
        const s = this.#strings.value;
        state.threads.delete(request.id);
        if (s) this.#announcer.announce(this.#failure(error, s));
      }
      this.requestUpdate();
    },

    reply: async (request, form) => {
      const s = this.#strings.value;
      const client = this.#client;
      if (!s || !client) return;
      const state = this.#state(request.certificate);
      const field = form.elements.namedItem('body') as HTMLTextAreaElement;
      const body = field.value.trim();
      if (!body) {
        state.replyError = { request: request.id, text: s.required };
        this.requestUpdate();
        field.focus();
        return;
      }
      try {
        const thread = await client.reply(request.id, body);
        state.replyError = undefined;
        state.threads.set(request.id, thread);
        this.#replace(request.certificate, (c) => ({
          ...c,
          requests: c.requests.map((r) =>
            r.id === thread.id ? { ...r, messageCount: thread.messages.length } : r,
          ),
        }));
        form.reset();
        this.#announcer.announce(s.sent);
      } catch (error) {
        state.replyError = { request: request.id, text: this.#failure(error, s) };
        this.requestUpdate();
      }
    },
  };

  #submitDialog = async (form: HTMLFormElement) => {
    const s = this.#strings.value;
    const client = this.#client;
    const dialog = this.#dialog;
    if (!s || !client || !dialog || dialog.busy) return;
    const { kind, certificate } = dialog;
    let done: OwnerRequestView;
    if (kind === 'question') {
      const field = form.elements.namedItem('question') as HTMLTextAreaElement;
      const question = field.value.trim();
      if (!question) {
        this.#dialog = { ...dialog, error: { field: 'question', text: s.required } };
        this.requestUpdate();
        field.focus();
        return;
      }
      this.#dialog = { ...dialog, busy: true, error: undefined };
      this.requestUpdate();
      try {
        done = await client.ask(certificate.number, question);
      } catch (error) {
        return this.#refused(error, s);
      }
    } else {
      const chosen = new FormData(form).get('deliveryOptionId');
      this.#dialog = { ...dialog, busy: true, error: undefined };
      this.requestUpdate();
      try {
        done = await client.order(certificate.number, { kind, deliveryOptionId: Number(chosen) });
      } catch (error) {
        return this.#refused(error, s);
      }
    }
    if (this.#dialog?.certificate !== certificate) return;
    this.#dialog = { ...this.#dialog, busy: false, done };
    this.#replace(certificate.number, (c) => ({ ...c, requests: [done, ...c.requests] }));
  };

  #refused(error: unknown, s: Strings) {
    const dialog = this.#dialog;
    if (!dialog) return;
    const named = error instanceof ApiProblem ? error.errors[0] : undefined;
    this.#dialog = {
      ...dialog,
      busy: false,
      error: { field: named?.field ?? '', text: named?.detail ?? this.#failure(error, s) },
    };
    this.requestUpdate();
  }

  #closeDialog = () => {
    if (!this.#dialog) return;
    this.#dialog = undefined;
    this.requestUpdate();
    const opener = this.#opener;
    this.#opener = undefined;
    void this.updateComplete.then(() => opener?.focus());
  };

  override render() {
    const language = this.#language.value;
    const s = this.#strings.value;
    if (!s) return html`<div part="base" lang=${language} aria-busy="true"></div>`;
    return html`
      <div part="base" lang=${language}>
        <p class="visually-hidden" role="status" aria-live="polite">${this.#announcer.text}</p>
        <h2>${s.title}</h2>
        ${this.#renderContent(s, language)}
        ${this.#dialog ? renderDialog(this.#dialog, { submit: this.#submitDialog, close: this.#closeDialog }, s, language) : nothing}
      </div>
    `;
  }

  #renderContent(s: Strings, language: Language) {
    if (!this.body) return html`<p class="error">${s.misconfigured}</p>`;
    return signInGate(this.#session.state, s, this.#signIn, () => this.#renderList(s, language));
  }

  // Synchronous all the way to window.open: the click must still be "live" for the popup blocker.
  #signIn = () => this.#session.session?.signIn({ body: this.body, language: this.#language.value });

  #renderList(s: Strings, language: Language) {
    const list = this.#certificates;
    if (!list) {
      if (this.#loadError === undefined)
        return html`<p class="loading muted" role="status" aria-busy="true">${s.loading}</p>`;
      return html`<div class="error" role="alert">
        <p>${s.loadFailed} ${this.#failure(this.#loadError, s)}</p>
        <button type="button" @click=${() => this.#load()}>${s.retry}</button>
      </div>`;
    }
    if (!list.length) return html`<p part="empty" class="empty">${s.empty}</p>`;
    return html`<ul class="certificates">
      ${list.map((c) => renderCertificate(c, this.#state(c.number), this.#actions, s, language))}
    </ul>`;
  }
}
