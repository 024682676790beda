// <kutse-console>: the console's frame around every view — the product's name, the body switcher
// (or the registry, for a registry admin of no body), the language, the person and signing out, a skip link and the main landmark — and its router: the
// History API keeps one URL per view (list filters, pages, applications), back and forward work, and
// links stay real links (a middle click opens a new tab), followed here without a page load.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { buttons } from '../../shared/styles/buttons.ts';
import { fields } from '../../shared/styles/fields.ts';
import { tokens } from '../../shared/tokens.ts';
import { defineCertificates } from '../certificates/define.ts';
import { defineOnBehalf } from '../on-behalf/define.ts';
import { defineBodies } from '../registry/define.ts';
import { defineRequests } from '../requests/define.ts';
import type { ConsoleBody, ConsoleBoot } from '../shared/boot.ts';
import type { ConsoleClient } from '../shared/console-client.ts';
import {
  type ConsoleHistoryState,
  type ConsoleNavigateEvent,
  type ConsoleRoute,
  type ConsoleTitleEvent,
  inLanguage,
  listHref,
  type RequestsScope,
  registryRequestsHref,
  routeOf,
} from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { consoleStyles } from '../shared/styles.ts';
import { shellStyles } from './console-shell.styles.ts';
import { defineDashboard } from './define-dashboard.ts';
import { viewsNav } from './views-nav.ts';

/** The registry's requests: one scope for every render. */
const REGISTRY: RequestsScope = { kind: 'registry' };

/**
 * The console application: its views are <kutse-console-list> and <kutse-console-application>.
 * Started by main.ts with what the page embeds (`boot`), the strings of its language and the client.
 */
export class KutseConsole extends LitElement {
  static override properties = {
    boot: { attribute: false },
    strings: { attribute: false },
    client: { attribute: false },
    _route: { state: true },
    _announcement: { state: true },
  };

  static override styles = [tokens, buttons, fields, consoleStyles, shellStyles];

  declare boot: ConsoleBoot | undefined;
  declare strings: ConsoleStrings | undefined;
  declare client: ConsoleClient | undefined;
  declare _route: ConsoleRoute;
  declare _announcement: string;
  /** The history entry's state: the list's earlier cursors, the list an application was opened from. */
  #state: ConsoleHistoryState = {};
  /** Set by a navigation (not the first view): the new view takes the focus once it is there. */
  #focusMain = false;
  #signOutFailed = false;
  /** One scope per body, kept: the requests' views compare it between renders. */
  readonly #scopes = new WeakMap<ConsoleBody, RequestsScope>();

  constructor() {
    super();
    this._route = routeOf(new URL(location.href));
    this._announcement = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('popstate', this.#onPopState);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('kutse-console-navigate', this.#onNavigate as EventListener);
    this.addEventListener('kutse-console-title', this.#onTitle as EventListener);
    this.#show(new URL(location.href), (history.state as ConsoleHistoryState | null) ?? {});
  }

  override disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onPopState);
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('kutse-console-navigate', this.#onNavigate as EventListener);
    this.removeEventListener('kutse-console-title', this.#onTitle as EventListener);
    super.disconnectedCallback();
  }

  /** Shows `href`'s view, adding a history entry (or replacing this one). */
  navigate(href: string, state: ConsoleHistoryState = {}, replace = false): void {
    const url = new URL(href, location.href);
    // Another language is a page load: the server words the page (its lang, its title) too.
    if (this.boot && url.searchParams.get('lang') !== this.boot.language) {
      location.assign(url);
      return;
    }
    if (replace) history.replaceState(state, '', url);
    else history.pushState(state, '', url);
    this.#focusMain = !replace;
    this.#show(url, state);
  }

  #show(url: URL, state: ConsoleHistoryState): void {
    const route = routeOf(url);
    // /console itself opens the first body's list (a registry admin of no body: the registry's
    // requests), which is a link of its own.
    if (route.view === 'home' && this.boot) {
      const home = this.#homeHref();
      if (home) {
        this.navigate(home, {}, true);
        return;
      }
    }
    const viewChanged =
      route.view !== this._route.view ||
      ('body' in route && 'body' in this._route && route.body !== this._route.body) ||
      (route.view === 'application' && this._route.view === 'application' && route.id !== this._route.id) ||
      (route.view === 'request' && this._route.view === 'request' && route.id !== this._route.id) ||
      (route.view === 'registryRequest' &&
        this._route.view === 'registryRequest' &&
        route.id !== this._route.id);
    this.#state = state;
    this._route = route;
    if (!viewChanged) this.#focusMain = false;
    if (viewChanged) window.scrollTo(0, 0);
  }

  readonly #onPopState = (event: PopStateEvent) => {
    this.#focusMain = true;
    this.#show(new URL(location.href), (event.state as ConsoleHistoryState | null) ?? {});
  };

  readonly #onNavigate = (event: ConsoleNavigateEvent) => {
    event.stopPropagation();
    this.navigate(event.href, event.state, event.replace);
  };

  readonly #onTitle = (event: ConsoleTitleEvent) => {
    if (!this.strings) return;
    document.title = `${event.title} — ${this.strings.product}`;
    if (this.#focusMain) this._announcement = this.strings.loaded(event.title);
  };

  /** Follows a click on a console link in the page; leaves a new tab, a download, another site to the browser. */
  readonly #onClick = (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event
      .composedPath()
      .find(
        (node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.hasAttribute('href'),
      );
    if (!anchor || anchor.target || anchor.hasAttribute('download') || 'reload' in anchor.dataset) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || !url.pathname.startsWith('/console/')) return;
    event.preventDefault();
    const state = anchor.dataset.state ? (JSON.parse(anchor.dataset.state) as ConsoleHistoryState) : {};
    this.navigate(url.href, state);
  };

  protected override willUpdate(changed: PropertyValues): void {
    // main.ts hands the page's data over after the element was upgraded: route /console now.
    if (changed.has('boot') && this.boot && this._route.view === 'home') {
      this.#show(new URL(location.href), (history.state as ConsoleHistoryState | null) ?? {});
    }
  }

  protected override updated(changed: PropertyValues): void {
    if (changed.has('_route') && this.#focusMain) {
      this.#focusMain = false;
      this.renderRoot.querySelector<HTMLElement>('main')?.focus();
    }
  }

  async #signOut(): Promise<void> {
    if (!this.client || !this.boot) return;
    try {
      await this.client.signOut();
      location.assign(`/console?lang=${this.boot.language}`);
    } catch {
      this.#signOutFailed = true;
      this.requestUpdate();
    }
  }

  override render() {
    const { boot, strings: t } = this;
    if (!boot || !t) return nothing;
    return html`
      <button type="button" class="skip link" @click=${this.#skip}>${t.skipToMain}</button>
      <header class="bar">
        <a class="product" href=${this.#homeHref() ?? '/console'}>${t.product}</a>
        ${this.#renderBodySwitcher()}
        <div class="end">
          <a href=${inLanguage(new URL(location.href), t.otherLanguage.lang)} lang=${t.otherLanguage.lang}
            hreflang=${t.otherLanguage.lang} data-reload>${t.otherLanguage.label}</a
          >
          <span class="person"><span class="visually-hidden">${t.signedInAs} </span>${boot.person.name}</span>
          <button type="button" class="secondary small" @click=${() => this.#signOut()}>${t.signOut}</button>
        </div>
      </header>
      ${this.#signOutFailed ? html`<p class="note error" role="alert">${t.signOutFailed}</p>` : nothing}
      ${viewsNav(boot, t, this.#body(), this._route.view)}
      <main id="main" tabindex="-1">${this.#renderView()}</main>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    `;
  }

  /** A button, not a link to #main: a fragment cannot reach into the shadow root, where main is. */
  #skip(): void {
    this.renderRoot.querySelector<HTMLElement>('main')?.focus();
  }

  /** Where /console leads: the first body's list, else the registry's requests (a registry admin). */
  #homeHref(): string | undefined {
    const boot = this.boot;
    if (!boot) return undefined;
    const first = boot.bodies[0];
    if (first) return listHref(first.slug, new URLSearchParams(), boot.language);
    return boot.registryAdmin ? registryRequestsHref(new URLSearchParams(), boot.language) : undefined;
  }

  #scopeOf(body: ConsoleBody): RequestsScope {
    const scope = this.#scopes.get(body) ?? { kind: 'body', body };
    this.#scopes.set(body, scope);
    return scope;
  }

  /** The body the view is about; the first of the person's bodies on other views. */
  #body() {
    const route = this._route;
    const slug = 'body' in route ? route.body : undefined;
    return this.boot?.bodies.find((b) => b.slug === slug) ?? (slug ? undefined : this.boot?.bodies[0]);
  }

  #renderBodySwitcher() {
    const { boot, strings: t } = this;
    if (!boot || !t) return nothing;
    const current = this.#body();
    if (boot.bodies.length === 0) return html`<span class="body-name">${t.registry}</span>`;
    if (boot.bodies.length === 1) return html`<span class="body-name">${boot.bodies[0]?.name}</span>`;
    // A button to switch, not the list's change: choosing with the arrow keys must not move the
    // person to another body at each step (WCAG 3.2.2, on input).
    return html`<form
      class="switcher"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        const slug = new FormData(event.target as HTMLFormElement).get('body');
        this.navigate(listHref(String(slug), new URLSearchParams(), boot.language));
      }}
    >
      <label for="body">${t.body}</label>
      <select id="body" name="body">
        ${boot.bodies.map(
          (b) => html`<option value=${b.slug} ?selected=${b.slug === current?.slug}>${b.name}</option>`,
        )}
      </select>
      <button type="submit" class="secondary small">${t.switchBody}</button>
    </form>`;
  }

  #renderView() {
    const { boot, strings: t, client } = this;
    if (!boot || !t || !client) return nothing;
    const route = this._route;
    if (route.view === 'registryRequests' || route.view === 'registryRequest')
      return boot.registryAdmin
        ? this.#renderRequests(route, REGISTRY)
        : this.#renderRefusal(t.registryForbidden);
    if (route.view === 'registryBodies') {
      if (!boot.registryAdmin) return this.#renderRefusal(t.bodies.forbidden);
      void defineBodies();
      return html`<kutse-console-bodies
        .csrfToken=${boot.csrfToken}
        .strings=${t}
        .language=${boot.language}
      ></kutse-console-bodies>`;
    }
    const body = this.#body();
    if (route.view === 'notFound' || route.view === 'home' || !body)
      return this.#renderRefusal(route.view !== 'notFound' && !body ? t.forbidden : t.notFound);
    if (route.view === 'list')
      return html`<kutse-console-list
        .client=${client}
        .strings=${t}
        .language=${boot.language}
        .body=${body}
        .query=${route.query}
        .cursors=${this.#state.cursors ?? []}
      ></kutse-console-list>`;
    if (route.view === 'dashboard') {
      void defineDashboard();
      return html`<kutse-console-dashboard
        .client=${client}
        .strings=${t}
        .language=${boot.language}
        .body=${body}
      ></kutse-console-dashboard>`;
    }
    if (route.view === 'certificates') {
      void defineCertificates();
      return html`<kutse-console-certificates
        .csrfToken=${boot.csrfToken}
        .strings=${t}
        .language=${boot.language}
        .body=${body}
        .query=${route.query}
      ></kutse-console-certificates>`;
    }
    if (route.view === 'requests' || route.view === 'request')
      return this.#renderRequests(route, this.#scopeOf(body));
    if (route.view === 'onBehalf') {
      void defineOnBehalf();
      return html`<kutse-console-on-behalf
        .client=${client}
        .csrfToken=${boot.csrfToken}
        .strings=${t}
        .language=${boot.language}
        .body=${body}
      ></kutse-console-on-behalf>`;
    }
    return html`<kutse-console-application
      .client=${client}
      .strings=${t}
      .language=${boot.language}
      .body=${body}
      .applicationId=${route.id}
      .from=${this.#state.from}
    ></kutse-console-application>`;
  }

  /** A view the person cannot see (or that does not exist), with the way back to their own. */
  #renderRefusal(message: string) {
    const { boot, strings: t } = this;
    if (!boot || !t) return nothing;
    const toBody = boot.bodies.length > 0 || !boot.registryAdmin;
    return html`<h1 tabindex="-1">${t.product}</h1>
      <p class="note error">${message}</p>
      <p><a href=${this.#homeHref() ?? '/console'}>${toBody ? t.toList : t.toRegistry}</a></p>`;
  }

  /** The owners' requests, a body's or the registry's: the same two views. */
  #renderRequests(
    route: Extract<ConsoleRoute, { view: 'requests' | 'request' | 'registryRequests' | 'registryRequest' }>,
    scope: RequestsScope,
  ) {
    const { boot, strings: t } = this;
    if (!boot || !t) return nothing;
    void defineRequests();
    return 'query' in route
      ? html`<kutse-console-requests
          .csrfToken=${boot.csrfToken}
          .strings=${t}
          .language=${boot.language}
          .scope=${scope}
          .query=${route.query}
        ></kutse-console-requests>`
      : html`<kutse-console-request
          .csrfToken=${boot.csrfToken}
          .strings=${t}
          .language=${boot.language}
          .scope=${scope}
          .requestId=${route.id}
          .from=${this.#state.from}
        ></kutse-console-request>`;
  }
}
