// <kutse-qualification-info>: what it takes to get one qualification, as an awarding body shows it
// on its own website. The tag is registered in define.ts, apart from the class.
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import {
  ApiProblem,
  type ApplicationKindInfo,
  defaultApiBase,
  fetchQualification,
  type QualificationDetail,
} from '../shared/api-client.ts';
import { formatDate } from '../shared/format.ts';
import { type Language, LanguageController, loadStrings } from '../shared/i18n.ts';
import { tokens } from '../shared/tokens.ts';
import { renderKind } from './qualification-info.kind.ts';
import { renderSessions } from './qualification-info.sessions.ts';
import {
  type QualificationInfoStates,
  type QualificationInfoStrings,
  states,
  strings,
} from './qualification-info.strings.ts';
import { styles } from './qualification-info.styles.ts';

type Strings = QualificationInfoStrings;

/**
 * Shows one awarding body's qualification: its level and validity, whether applications are open,
 * and for each kind of application (first, re-certification, re-exam, VÕTA) its prerequisites,
 * documents, fees and assessment, then the next exam sessions. Speaks Estonian or English.
 *
 * @summary A qualification's requirements, fees, application windows and exam sessions.
 * @tagname kutse-qualification-info
 *
 * @attr {string} body - The awarding body's identifier, e.g. `etel`.
 * @attr {string} qualification - The qualification's identifier, e.g. `turvajuht-5`.
 * @attr {string} api - The Kutse API's base URL; by default the origin the widget script came from.
 * @attr {number} sessions - How many upcoming exam sessions to list (1–50); the API's default otherwise.
 * @attr {'et' | 'en'} lang - The language; without it the closest ancestor's or the page's, else Estonian.
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart header - The qualification's name, level, validity and standard.
 * @csspart status - The list of application kinds with whether each is open.
 * @csspart tabs - The row of tabs, one per kind of application.
 * @csspart tab - Each tab of the tab row.
 * @csspart tab-selected - The selected tab (it also has the part `tab`).
 * @csspart kind - The panel of one kind of application.
 * @csspart prerequisites - A kind's prerequisites.
 * @csspart documents - A kind's required documents.
 * @csspart fees - A kind's fee table.
 * @csspart assessment - A kind's assessment components.
 * @csspart sessions - The upcoming exam sessions.
 * @csspart error - The message shown when loading failed.
 * @csspart retry-button - The button that loads again after a failure.
 *
 * @cssproperty [--kutse-color-primary=#0b5394] - Links, the selected tab, focus rings.
 * @cssproperty [--kutse-color-text=#1b2530] - Body text.
 * @cssproperty [--kutse-color-muted=#56616d] - Secondary text (dates, file types, notes).
 * @cssproperty [--kutse-color-surface=#ffffff] - Background.
 * @cssproperty [--kutse-color-border=#d3d9df] - Borders and table rules.
 * @cssproperty [--kutse-color-success=#17743a] - "Open" status.
 * @cssproperty [--kutse-color-danger=#b42318] - "Closed" and "Full" statuses, errors.
 * @cssproperty [--kutse-radius=0.5rem] - Corner radius.
 * @cssproperty [--kutse-font-family=inherit] - Font; the host page's by default.
 * @cssproperty [--kutse-spacing=1rem] - The base spacing unit.
 */
export class KutseQualificationInfo extends LitElement {
  static override properties = {
    body: {},
    qualification: {},
    api: {},
    sessions: { type: Number },
  };

  static override styles = [tokens, styles];

  /** The awarding body's identifier, e.g. `etel`. */
  declare body: string;
  /** The qualification's identifier, e.g. `turvajuht-5`. */
  declare qualification: string;
  /** The Kutse API's base URL; by default the origin the widget script came from. */
  declare api: string | undefined;
  /** How many upcoming exam sessions to list (1–50); the API's default when unset. */
  declare sessions: number | undefined;

  readonly #language = new LanguageController(this);

  /** The kind the reader picked; until then the first open one. */
  #selectedKind: string | undefined;

  /** The qualification and the words to show it with, fetched together in the reader's language. */
  readonly #task = new Task(this, {
    task: async ([apiBase, body, qualification, language, sessions], { signal }) => {
      if (!body || !qualification) return initialState;
      const [detail, s] = await Promise.all([
        fetchQualification({ apiBase, body, qualification, language, sessions, signal }),
        loadStrings(strings, language),
      ]);
      return { detail, s };
    },
    args: () =>
      [
        this.api || defaultApiBase(),
        this.body,
        this.qualification,
        this.#language.value,
        this.sessions,
      ] as const,
  });

  constructor() {
    super();
    this.body = '';
    this.qualification = '';
  }

  override render() {
    const language = this.#language.value;
    const said = states[language];
    const shown = this.#task.value;
    return html`
      <div
        part="base"
        lang=${shown?.detail.language ?? language}
        aria-busy=${this.#task.status === TaskStatus.PENDING ? 'true' : 'false'}
      >
        ${this.#task.render({
          initial: () => html`<p part="error" class="error">${said.misconfigured}</p>`,
          // A refresh (language changed) keeps the previous answer on screen rather than flashing.
          pending: () =>
            shown ? this.#renderQualification(shown.detail, shown.s) : this.#renderLoading(said),
          complete: ({ detail, s }) => this.#renderQualification(detail, s),
          error: (error) => this.#renderError(error, said),
        })}
      </div>
    `;
  }

  #renderLoading(s: QualificationInfoStates) {
    return html`
      <p class="loading" role="status">${s.loading}</p>
      <div class="skeleton" aria-hidden="true">
        <span class="bone title"></span><span class="bone"></span><span class="bone short"></span>
      </div>
    `;
  }

  #renderError(error: unknown, s: QualificationInfoStates) {
    // 400 (malformed identifier) and 404 mean the embedding is wrong: trying again will not help.
    if (error instanceof ApiProblem && (error.status === 404 || error.status === 400)) {
      return html`
        <div part="error" class="error" role="alert">
          <p class="error-title">${s.notFound}</p>
          <p>${s.notFoundDetail(this.body, this.qualification)}</p>
        </div>
      `;
    }
    return html`
      <div part="error" class="error" role="alert">
        <p class="error-title">${s.loadFailed}</p>
        <p>${error instanceof ApiProblem ? s.serverTrouble : s.offline}</p>
        <button part="retry-button" type="button" @click=${this.#retry}>${s.retry}</button>
      </div>
    `;
  }

  #renderQualification(detail: QualificationDetail, s: Strings) {
    return html`
      ${this.#renderHeader(detail, s)} ${this.#renderStatus(detail, s)} ${this.#renderKinds(detail, s)}
      ${renderSessions(detail.examSessions, s, detail.language)} ${this.#renderFooter(detail, s)}
    `;
  }

  #renderHeader({ body, qualification }: QualificationDetail, s: Strings) {
    return html`
      <header part="header">
        <p class="eyebrow"><span class="visually-hidden">${s.awardingBody}: </span>${body.name}</p>
        <h2 tabindex="-1">${qualification.name}</h2>
        <ul class="facts">
          ${qualification.eqfLevel === null ? nothing : html`<li>${s.eqfLevel(qualification.eqfLevel)}</li>`}
          <li>
            ${s.validity(qualification.validityMonths)}
            ${qualification.validityDemoValue ? html`<span class="tag">${s.example}</span>` : nothing}
          </li>
          ${qualification.standardName ? html`<li>${s.standard}: ${qualification.standardName}</li>` : nothing}
        </ul>
      </header>
    `;
  }

  #renderStatus({ kinds, language }: QualificationDetail, s: Strings) {
    if (kinds.length === 0) return nothing;
    return html`
      <section part="status" aria-labelledby="status-title" aria-live="polite">
        <h3 id="status-title">${s.applications}</h3>
        <ul class="statuses">
          ${kinds.map(
            (kind) => html`
              <li>
                <span>${kind.title}</span>
                <span>
                  ${kind.demoValues ? html`<span class="tag">${s.example}</span>` : nothing}
                  ${this.#renderWindow(kind, s, language)}
                </span>
              </li>
            `,
          )}
        </ul>
      </section>
    `;
  }

  #renderWindow(kind: ApplicationKindInfo, s: Strings, language: Language) {
    const date = (iso: string | null) => (iso ? formatDate(iso, language) : null);
    const text =
      kind.status === 'not_yet_open'
        ? s.status.not_yet_open(date(kind.openFrom))
        : s.status[kind.status](date(kind.openUntil));
    return html`<span class="badge ${kind.status}">${text}</span>`;
  }

  #renderKinds(detail: QualificationDetail, s: Strings) {
    const { kinds } = detail;
    const [only] = kinds;
    if (!only) return nothing;
    if (kinds.length === 1)
      return html`<section part="kind" class="panel">${renderKind(only, s, detail.language, false)}</section>`;
    const selected = this.#selected(kinds);
    return html`
      <div part="tabs" role="tablist" aria-label=${s.kinds} @keydown=${(event: KeyboardEvent) => this.#onTabKey(event, kinds)}>
        ${kinds.map(
          (kind) => html`
            <button
              part=${kind === selected ? 'tab tab-selected' : 'tab'}
              role="tab"
              type="button"
              id="tab-${kind.slug}"
              aria-selected=${kind === selected ? 'true' : 'false'}
              aria-controls="panel-${kind.slug}"
              tabindex=${kind === selected ? 0 : -1}
              @click=${() => this.#select(kind.slug)}
            >
              ${kind.title}
            </button>
          `,
        )}
      </div>
      ${kinds.map(
        (kind) => html`
          <section
            part="kind"
            class="panel"
            role="tabpanel"
            id="panel-${kind.slug}"
            aria-labelledby="tab-${kind.slug}"
            tabindex="0"
            ?hidden=${kind !== selected}
          >
            ${renderKind(kind, s, detail.language, true)}
          </section>
        `,
      )}
    `;
  }

  #renderFooter({ body }: QualificationDetail, s: Strings) {
    // The website comes from the body's own settings: only http(s) becomes a link.
    const website = body.website && /^https?:\/\//i.test(body.website) ? body.website : null;
    return html`
      <footer class="footer">
        ${body.fictional ? html`<p class="note">${s.fictionalBody}</p>` : nothing}
        <p>
          ${s.contact} <a href="mailto:${body.contactEmail}">${body.contactEmail}</a>
          ${website ? html`· <a href=${website}>${s.website}</a>` : nothing}
        </p>
      </footer>
    `;
  }

  /** The kind to show: the reader's pick if it still exists, else the first open one, else the first. */
  #selected(kinds: ApplicationKindInfo[]): ApplicationKindInfo | undefined {
    return (
      kinds.find((kind) => kind.slug === this.#selectedKind) ??
      kinds.find((kind) => kind.status === 'open') ??
      kinds[0]
    );
  }

  async #select(slug: string, focus = false) {
    this.#selectedKind = slug;
    this.requestUpdate();
    if (!focus) return;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(`#tab-${CSS.escape(slug)}`)?.focus();
  }

  /** Arrow keys, Home and End move between tabs (WAI-ARIA tabs pattern, automatic activation). */
  #onTabKey(event: KeyboardEvent, kinds: ApplicationKindInfo[]) {
    const selected = this.#selected(kinds);
    const current = selected ? kinds.indexOf(selected) : 0;
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: -1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const kind = kinds.at(target % kinds.length);
    if (kind) this.#select(kind.slug, true);
  }

  #retry = async () => {
    await this.#task.run().catch(() => {});
    await this.updateComplete;
    // The button is gone: keep keyboard users where they were, on the new content or the new button.
    this.renderRoot.querySelector<HTMLElement>('[part="retry-button"], h2')?.focus();
  };
}
