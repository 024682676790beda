// <kutse-data-tracker>: the signed-in person's data tracker (andmejälgija) on an awarding body's
// website — who read or changed their data, when and why. The API answers only the entries that
// concern the body whose website shows it (a widget token speaks for that site alone); the whole
// history across bodies is the registry's own page's. The tag is registered in define.ts.
import { Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { Announcer } from '../shared/announcer.ts';
import { type Language, LanguageController, loadStrings } from '../shared/i18n.ts';
import { ApiProblem } from '../shared/problem.ts';
import type { SessionState } from '../shared/session.ts';
import { SessionController, signInGate } from '../shared/session-controller.ts';
import { tokens } from '../shared/tokens.ts';
import { type DataTrackerClient, dataTrackerClient, MOST, type TrackerEntry } from './data-tracker.client.ts';
import { type DataTrackerStrings, strings } from './data-tracker.strings.ts';
import { styles } from './data-tracker.styles.ts';
import { say } from './data-tracker.wording.ts';

type Strings = DataTrackerStrings;

/** Entries shown at first, and added by each "show more". */
export const PAGE = 20;

/**
 * Who has read or changed the signed-in person's data, when, at which body, what and why — newest
 * first, in the reader's words (Estonia's andmejälgija). On an awarding body's website only what
 * concerns that body. Asks to sign in when nobody is. Estonian or English.
 *
 * @summary The person's data tracker: who used their data, when and why.
 * @tagname kutse-data-tracker
 *
 * @attr {string} body - The awarding body whose website shows it, e.g. `etel` (required: the sign-in is the website's).
 * @attr {string} api - The Kutse API's base URL; by default the origin the widget script came from.
 * @attr {'et' | 'en'} lang - The language; without it the closest ancestor's or the page's, else Estonian.
 *
 * @csspart base - The wrapper.
 * @csspart list - The list of entries.
 * @csspart entry - One entry.
 * @csspart more - The "show more" button.
 *
 * @cssproperty [--kutse-color-primary=#0b5394] - Buttons, focus ring.
 * @cssproperty [--kutse-color-text=#1b2530] - Text.
 * @cssproperty [--kutse-color-muted=#56616d] - Times and labels.
 * @cssproperty [--kutse-color-surface=#ffffff] - Backgrounds.
 * @cssproperty [--kutse-color-border=#d3d9df] - The entries' borders.
 * @cssproperty [--kutse-color-danger=#b42318] - The mark beside an error.
 * @cssproperty [--kutse-radius=0.5rem] - Corner radius.
 * @cssproperty [--kutse-font-family=inherit] - Font; the host page's by default.
 * @cssproperty [--kutse-spacing=1rem] - The base spacing unit.
 */
export class KutseDataTracker extends LitElement {
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

  #client: DataTrackerClient | undefined;
  /** The entries on screen, newest first; undefined until the first answer. */
  #events: TrackerEntry[] | undefined;
  /** How many entries the reader asked to see. */
  #wanted = PAGE;
  #hasMore = false;
  #loading = false;
  #loadError: unknown;
  /** After "show more": the first new entry takes focus, so the keyboard carries on from there. */
  #focusIndex: number | undefined;

  constructor() {
    super();
    this.body = '';
  }

  #onSession(state: SessionState) {
    const session = this.#session.session;
    if (state.status === 'signed-in' && session) {
      if (!this.#client) {
        this.#client = dataTrackerClient({ session, apiBase: this.api });
        void this.#load();
      }
    } else this.#forget();
    this.requestUpdate();
  }

  /** Signed out: nothing of this person's may stay on screen. */
  #forget() {
    this.#client = undefined;
    this.#events = undefined;
    this.#wanted = PAGE;
    this.#hasMore = false;
    this.#loading = false;
    this.#loadError = undefined;
  }

  async #load() {
    const client = this.#client;
    if (!client) return;
    const wanted = this.#wanted;
    this.#loading = true;
    this.requestUpdate();
    try {
      // One more than shown tells whether there are more (the API pages by its limit alone).
      const events = await client.events(Math.min(wanted + 1, MOST));
      if (client !== this.#client) return;
      this.#events = events.slice(0, wanted);
      this.#hasMore = events.length > wanted;
      this.#loadError = undefined;
    } catch (error) {
      if (client === this.#client) this.#loadError = error;
    } finally {
      if (client === this.#client) this.#loading = false;
      this.requestUpdate();
    }
  }

  #showMore = async () => {
    const before = this.#events?.length ?? 0;
    this.#wanted = Math.min(this.#wanted + PAGE, MOST);
    await this.#load();
    const s = this.#strings.value;
    const now = this.#events?.length ?? 0;
    if (!s || this.#loadError) return;
    if (now > before) this.#focusIndex = before;
    this.#announcer.announce(`${s.shown(now)}${this.#hasMore ? '' : ` ${s.allShown}`}`);
  };

  override updated() {
    if (this.#focusIndex === undefined) return;
    const entry = this.renderRoot.querySelectorAll<HTMLElement>('[part~="entry"]')[this.#focusIndex];
    this.#focusIndex = undefined;
    entry?.focus();
  }

  #failure(error: unknown, s: Strings): string {
    if (error instanceof ApiProblem) return error.problem?.detail ?? '';
    return s.networkDown;
  }

  override render() {
    const language = this.#language.value;
    const s = this.#strings.value;
    // Only for the moment the English strings take to arrive.
    if (!s) return html`<div part="base" lang=${language} aria-busy="true"></div>`;
    return html`
      <div part="base" lang=${language}>
        <p class="visually-hidden" role="status" aria-live="polite">${this.#announcer.text}</p>
        <h2 id="title">${s.title}</h2>
        ${this.#renderContent(s, language)}
      </div>
    `;
  }

  #renderContent(s: Strings, language: Language) {
    if (!this.body) return html`<p class="error">${s.misconfigured}</p>`;
    return signInGate(this.#session.state, s, this.#signIn, () => this.#renderEvents(s, language));
  }

  // Synchronous all the way to window.open: the click must still be "live" for the popup blocker.
  #signIn = () => this.#session.session?.signIn({ body: this.body, language: this.#language.value });

  #renderEvents(s: Strings, language: Language) {
    const events = this.#events;
    const failed =
      this.#loadError === undefined
        ? nothing
        : html`<div class="error" role="alert">
            <p>${s.loadFailed} ${this.#failure(this.#loadError, s)}</p>
            <button type="button" @click=${() => this.#load()}>${s.retry}</button>
          </div>`;
    if (!events) {
      if (this.#loadError !== undefined) return failed;
      return html`<p class="muted" role="status">${s.loading}</p>
        <ol class="placeholder" aria-hidden="true">
          <li></li>
          <li></li>
          <li></li>
        </ol>`;
    }
    if (!events.length) return html`<p part="empty" class="empty">${s.empty}</p>`;
    return html`
      <p class="muted">${s.intro}</p>
      <ol part="list" aria-labelledby="title">
        ${repeat(
          events,
          (event, index) => `${event.at}|${event.action}|${event.entityId}|${index}`,
          (event) => this.#renderEvent(event, s, language),
        )}
      </ol>
      ${failed}
      ${
        this.#hasMore
          ? html`<div class="more">
              <button
                part="more"
                type="button"
                class="secondary"
                aria-disabled=${this.#loading ? 'true' : 'false'}
                @click=${() => {
                  if (!this.#loading) void this.#showMore();
                }}
              >
                ${this.#loading ? s.loadingMore : s.more}
              </button>
            </div>`
          : events.length >= MOST
            ? html`<p class="muted">${s.limitReached(events.length)}</p>`
            : nothing
      }
    `;
  }

  #renderEvent(event: TrackerEntry, s: Strings, language: Language) {
    const said = say(event, s, language);
    // Signing in or applying oneself has no purpose to state; someone else's read always says its own.
    const why = event.byThemselves && !event.purpose ? undefined : said.why;
    return html`<li part="entry" tabindex="-1">
      <p class="what">${said.what}</p>
      <p class="when"><time datetime=${event.at}>${said.when}</time></p>
      <dl>
        <div><dt>${s.who}</dt><dd>${said.who}</dd></div>
        <div><dt>${s.body}</dt><dd>${said.body}</dd></div>
        ${why ? html`<div><dt>${s.why}</dt><dd>${why}</dd></div>` : nothing}
      </dl>
    </li>`;
  }
}
