// <kutse-status-tracker>: the signed-in applicant's applications at one awarding body, on the body's
// own website: where each stands, how it got there, what is asked for, the conversation with the
// body, and withdrawing. It follows the page's session (shared/session.ts) and polls for changes
// while visible. The tag is registered in define.ts, apart from the class.
import { Task } from '@lit/task';
import { html, LitElement, type PropertyValues } from 'lit';
import { KutseApplicationWithdrawnEvent } from '../events/application-withdrawn.ts';
import { Announcer } from '../shared/announcer.ts';
import {
  type ApplicationsClient,
  type ApplicationView,
  applicationsClient,
} from '../shared/applications-client.ts';
import { type Language, LanguageController, loadStrings } from '../shared/i18n.ts';
import type { Session, SessionState } from '../shared/session.ts';
import { SessionController, signInGate } from '../shared/session-controller.ts';
import { tokens } from '../shared/tokens.ts';
import { renderFacts, renderTodo } from './status-tracker.application.ts';
import { failureText } from './status-tracker.failure.ts';
import { MessageThread } from './status-tracker.messages.ts';
import { defaultPollSeconds, PollingController } from './status-tracker.polling.ts';
import { type StatusTrackerStrings, strings } from './status-tracker.strings.ts';
import { styles } from './status-tracker.styles.ts';
import { renderBadge, renderTimeline, stateWord } from './status-tracker.timeline.ts';
import { Withdrawal } from './status-tracker.withdraw.ts';

type Strings = StatusTrackerStrings;

export type { ApplicationWithdrawnDetail } from '../events/application-withdrawn.ts';

/**
 * The signed-in applicant's applications at one awarding body: each one's state in words, a
 * timeline of its states with dates and reasons, the exam, the payment reference, what the body
 * asks for, the messages with the body (with attachments) and withdrawing. Updates itself while
 * the page is visible. Asks to sign in when nobody is. Speaks Estonian or English.
 *
 * @summary An applicant's own applications, their progress and messages with the awarding body.
 * @tagname kutse-status-tracker
 *
 * @attr {string} body - The awarding body's identifier, e.g. `etel` (required).
 * @attr {string} api - The Kutse API's base URL; by default the origin the widget script came from.
 * @attr {number} poll-seconds - Seconds between checks for changes while the page is visible (default 20, at least 5).
 * @attr {'et' | 'en'} lang - The language; without it the closest ancestor's or the page's, else Estonian.
 *
 * @fires {KutseApplicationWithdrawnEvent} kutse-application-withdrawn - The applicant withdrew an application (bubbles, composed).
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart sign-in - The explanation and button shown when nobody is signed in.
 * @csspart button - The sign-in and retry buttons.
 * @csspart list - The list of applications.
 * @csspart application - One application.
 * @csspart badge - An application's current state.
 * @csspart facts - Exam, payment reference and amount due.
 * @csspart todo - What the body asks for, or what a draft still misses.
 * @csspart timeline - The states the application went through, with dates.
 * @csspart messages - The conversation with the body.
 * @csspart messages-button - The button that shows and hides the conversation.
 * @csspart message - One message.
 * @csspart reply - The reply form.
 * @csspart send-button - The reply form's send button.
 * @csspart withdraw-button - The button that starts withdrawing.
 * @csspart withdraw - The withdrawal's confirmation.
 * @csspart confirm-button - The confirmation's "Withdraw" button.
 * @csspart cancel-button - The confirmation's "Cancel" button.
 * @csspart empty - The sentence shown when there are no applications.
 * @csspart error - The message shown when loading failed.
 *
 * @cssproperty [--kutse-color-primary=#0b5394] - Buttons, links, focus rings, "under way" states.
 * @cssproperty [--kutse-color-text=#1b2530] - Body text.
 * @cssproperty [--kutse-color-muted=#56616d] - Secondary text (dates, hints), withdrawn state.
 * @cssproperty [--kutse-color-surface=#ffffff] - Background.
 * @cssproperty [--kutse-color-border=#d3d9df] - Borders, the timeline's line, the body's messages.
 * @cssproperty [--kutse-color-success=#17743a] - "Qualification granted".
 * @cssproperty [--kutse-color-danger=#b42318] - Refused and rejected states, errors, withdrawing.
 * @cssproperty [--kutse-radius=0.5rem] - Corner radius.
 * @cssproperty [--kutse-font-family=inherit] - Font; the host page's by default.
 * @cssproperty [--kutse-spacing=1rem] - The base spacing unit.
 */
export class KutseStatusTracker extends LitElement {
  static override properties = {
    body: {},
    api: {},
    pollSeconds: { type: Number, attribute: 'poll-seconds' },
  };

  static override styles = [tokens, styles];

  /** The awarding body's identifier, e.g. `etel` (required). */
  declare body: string;
  /** The Kutse API's base URL; by default the origin the widget script came from. */
  declare api: string | undefined;
  /** Seconds between checks for changes while the page is visible (default 20, at least 5). */
  declare pollSeconds: number;

  readonly #language = new LanguageController(this);

  readonly #strings = new Task(this, {
    task: ([language]) => loadStrings(strings, language),
    args: () => [this.#language.value] as const,
  });

  readonly #polling = new PollingController(this, {
    enabled: () => this.#signedIn(),
    seconds: () => this.pollSeconds,
    poll: () => this.#load(),
  });

  // After the poller: following the session may poll at once, which needs it connected.
  readonly #session = new SessionController(this, {
    api: () => this.api,
    body: () => this.body,
    followed: (session) => this.#onFollow(session),
    changed: (state) => this.#onSession(state),
  });

  readonly #announcer = new Announcer(this);

  readonly #withdrawal = new Withdrawal(this, (id, reason) => this.#withdraw(id, reason));

  /** The calls on this body's applications, while someone is signed in. */
  #tracker: { client: ApplicationsClient; session: Session; body: string } | undefined;
  /** Undefined until the first answer after signing in. */
  #applications: ApplicationView[] | undefined;
  /** The last list's ETag and the language it was in: another language is another answer. */
  #etag: { value: string; language: Language } | undefined;
  /** The language the list on screen is in, and the one last asked for. */
  #listLanguage: Language | undefined;
  #askedLanguage: Language | undefined;
  #loadError: unknown;
  readonly #threads = new Map<string, MessageThread>();

  constructor() {
    super();
    this.body = '';
    this.pollSeconds = defaultPollSeconds;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another API or body is followed anew (the session controller, next), with a list of its own.
    if (changed.has('api') || changed.has('body')) return;
    // The API answers in the language asked for: a page switching language gets the list anew.
    const language = this.#language.value;
    if (this.#listLanguage && this.#listLanguage !== language && this.#askedLanguage !== language)
      void this.#polling.now();
  }

  #signedIn = () => this.#session.state.status === 'signed-in';

  /** The element follows `session`: it came into the document, or its `api` or `body` changed. */
  #onFollow(session: Session) {
    const kept = this.#tracker;
    // Another API or another body: what is on screen was someone else's question.
    if (kept && (kept.session !== session || kept.body !== this.body)) this.#forget();
    this.#onSession(session.state);
    // Back in the document after a move, still signed in: the poller stopped when it left.
    if (kept && kept === this.#tracker) void this.#polling.now();
  }

  #onSession(state: SessionState) {
    const session = this.#session.session;
    if (state.status === 'signed-in' && session && this.body) {
      // A renewed token is the same person: keep what is on screen.
      if (!this.#tracker) {
        const { api, body } = this;
        const language = () => this.#language.value;
        this.#tracker = {
          client: applicationsClient({ session, apiBase: api, body, language }),
          session,
          body,
        };
        void this.#polling.now();
      }
    } else this.#forget();
    this.requestUpdate();
  }

  /** Signed out or expired: nothing of this person's may stay on screen. */
  #forget() {
    this.#tracker = undefined;
    this.#applications = undefined;
    this.#etag = undefined;
    this.#listLanguage = undefined;
    this.#askedLanguage = undefined;
    this.#loadError = undefined;
    this.#threads.clear();
    this.#withdrawal.reset();
    this.#polling.stop();
  }

  /** One round of polling: the list, unless it is as it was. */
  async #load(): Promise<void> {
    const tracker = this.#tracker;
    if (!tracker) return;
    const language = this.#language.value;
    this.#askedLanguage = language;
    const etag = this.#etag?.language === language ? this.#etag.value : undefined;
    try {
      const answer = await tracker.client.list({ etag });
      // Signed out, or the language changed, while the request was on its way: that answer is stale.
      if (tracker !== this.#tracker || language !== this.#language.value) return;
      this.#loadError = undefined;
      if (answer === 'unchanged') return;
      this.#etag = answer.etag ? { value: answer.etag, language } : undefined;
      const before = this.#listLanguage === language ? this.#applications : undefined;
      this.#applications = answer.applications;
      this.#listLanguage = language;
      this.#announceChanges(before, answer.applications);
      this.#refreshOpenThreads(answer.applications);
    } catch (error) {
      if (tracker !== this.#tracker) return;
      // A failed poll with a list on screen keeps the list: the next round will likely succeed.
      this.#loadError = error;
    } finally {
      this.requestUpdate();
    }
  }

  /** Says in the live region which applications changed state since the last answer. */
  #announceChanges(before: ApplicationView[] | undefined, after: ApplicationView[]) {
    const s = this.#strings.value;
    if (!before || !s) return;
    const changes = after.flatMap((application) => {
      const previous = before.find((candidate) => candidate.id === application.id);
      if (!previous || previous.state === application.state) return [];
      return [
        s.stateChanged(
          application.qualification.name,
          stateWord(previous.state, s),
          stateWord(application.state, s),
        ),
      ];
    });
    if (changes.length > 0) this.#announcer.announce(changes.join(' '));
  }

  /** An open conversation with new messages from the body reads them at once. */
  #refreshOpenThreads(applications: ApplicationView[]) {
    const s = this.#strings.value;
    if (!s) return;
    for (const application of applications) {
      const thread = this.#threads.get(application.id);
      if (thread?.open && application.unreadMessages > 0) void thread.load(s);
    }
  }

  #replace(updated: ApplicationView) {
    this.#applications = this.#applications?.map((application) =>
      application.id === updated.id ? updated : application,
    );
    this.requestUpdate();
  }

  async #withdraw(id: string, reason: string) {
    const tracker = this.#tracker;
    const s = this.#strings.value;
    if (!tracker || !s) return;
    this.#replace(await tracker.client.withdraw(id, reason));
    this.#announcer.announce(s.withdrawn);
    this.dispatchEvent(new KutseApplicationWithdrawnEvent({ id }));
  }

  /** The conversation of an application, kept while the person stays signed in. */
  #thread(id: string): MessageThread {
    let thread = this.#threads.get(id);
    if (!thread) {
      thread = new MessageThread(this, id, {
        client: () => this.#tracker?.client,
        announce: (text) => this.#announcer.announce(text),
        markRead: (applicationId) => this.#markRead(applicationId),
      });
      this.#threads.set(id, thread);
    }
    return thread;
  }

  #markRead(id: string) {
    const application = this.#applications?.find((candidate) => candidate.id === id);
    if (application && application.unreadMessages > 0) this.#replace({ ...application, unreadMessages: 0 });
  }

  override render() {
    const language = this.#language.value;
    const s = this.#strings.value;
    // Only for the moment the English strings take to arrive.
    if (!s) return html`<div part="base" lang=${language} aria-busy="true"></div>`;
    return html`
      <div part="base" lang=${language}>
        <p part="announcer" class="visually-hidden" role="status" aria-live="polite">${this.#announcer.text}</p>
        ${this.#renderContent(s, language)}
      </div>
    `;
  }

  #renderContent(s: Strings, language: Language) {
    if (!this.body) return html`<p part="error" class="error">${s.misconfigured}</p>`;
    return signInGate(this.#session.state, s, this.#signIn, () => this.#renderApplications(s, language));
  }

  // Synchronous all the way to window.open: the click must still be "live" for the popup blocker.
  #signIn = () => this.#session.session?.signIn({ body: this.body, language: this.#language.value });

  #renderApplications(s: Strings, language: Language) {
    const applications = this.#applications;
    if (!applications) {
      if (this.#loadError === undefined) return html`<p class="muted" role="status">${s.loading}</p>`;
      return html`
        <div part="error" class="error" role="alert">
          <p>${failureText(this.#loadError, s.loadFailed, s)}</p>
          <button part="button" type="button" @click=${this.#retry}>${s.retry}</button>
        </div>
      `;
    }
    if (applications.length === 0) {
      return html`
        <div part="empty" class="empty" tabindex="-1">
          <p class="empty-title">${s.empty}</p>
          <p>${s.emptyHint}</p>
        </div>
      `;
    }
    // The list is in the language it was fetched in until the new one arrives.
    const shownIn = this.#listLanguage ?? language;
    return html`
      <ul part="list" class="applications" aria-label=${s.title}>
        ${applications.map((application) => this.#renderApplication(application, s, shownIn))}
      </ul>
    `;
  }

  #renderApplication(application: ApplicationView, s: Strings, language: Language) {
    const { id, qualification, kind, state } = application;
    return html`
      <li>
        <article part="application" class="application" aria-labelledby="app-${id}">
          <header class="head">
            <h2 id="app-${id}" tabindex="-1">
              <span class="name">${qualification.name}</span>
              <span class="visually-hidden">—</span>
              <span class="kind">${kind.title}</span>
            </h2>
            ${renderBadge(state, s)}
          </header>
          ${renderFacts(application, s, language)} ${renderTodo(application, s)}
          ${renderTimeline(application, s, language)} ${this.#thread(id).render(application, s, language)}
          ${this.#withdrawal.render(application, s)}
        </article>
      </li>
    `;
  }

  #retry = async () => {
    await this.#polling.now();
    await this.updateComplete;
    // The button is gone: keep keyboard users where they were, on the new content or the new button.
    this.renderRoot.querySelector<HTMLElement>('[part="error"] button, h2, [part="empty"]')?.focus();
  };
}
