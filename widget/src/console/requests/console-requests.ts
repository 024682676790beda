// <kutse-console-requests>: certificate owners' requests (prints, duplicates, questions) to a body,
// or to the registry when their body is gone, newest first, filtered by state and kind. The filters are in the URL (the shell routes it), so a
// filtered list is a link and back and forward return to it; the view never keeps its own copy.
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import {
  type OwnerRequestList,
  ownerRequestKinds,
  ownerRequestStates,
} from '../../../../contract/owner-requests.ts';
import type { Language } from '../../shared/i18n.ts';
import { buttons } from '../../shared/styles/buttons.ts';
import { fields } from '../../shared/styles/fields.ts';
import { tokens } from '../../shared/tokens.ts';
import { dialogStyles } from '../shared/dialog-styles.ts';
import { failureOf, renderFailure } from '../shared/failure.ts';
import { formatMoment } from '../shared/format.ts';
import {
  ConsoleNavigateEvent,
  ConsoleTitleEvent,
  type RequestsScope,
  scopeKey,
  scopeRequestHref,
  scopeRequestsHref,
} from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { consoleStyles } from '../shared/styles.ts';
import { requestStyles } from './console-requests.styles.ts';
import { type RequestStrings, requestStrings } from './requests.strings.ts';
import { type RequestsClient, requestsClient } from './requests-client.ts';

type Summary = OwnerRequestList['requests'][number];

/** The filters this list reads from its query; anything else in the URL is left alone. */
const FILTERS = ['state', 'kind'] as const;

export class KutseConsoleRequests extends LitElement {
  static override properties = {
    csrfToken: { attribute: false },
    strings: { attribute: false },
    language: { attribute: false },
    scope: { attribute: false },
    query: { attribute: false },
  };

  static override styles = [tokens, buttons, fields, consoleStyles, dialogStyles, requestStyles];

  /** The console session's CSRF token (the page's boot data), for the client's changes. */
  declare csrfToken: string;
  declare strings: ConsoleStrings;
  declare language: Language;
  /** A body's requests or the registry's. */
  declare scope: RequestsScope;
  declare query: URLSearchParams;
  #client: RequestsClient | undefined;

  constructor() {
    super();
    this.query = new URLSearchParams();
  }

  get #t(): RequestStrings {
    return requestStrings[this.language ?? 'et'];
  }

  readonly #list = new Task(this, {
    task: async ([client, scope, query], { signal }) =>
      client && scope
        ? (await client.list(this.scope, new URLSearchParams(query), signal)).requests
        : ([] as Summary[]),
    args: () => [this.#client, scopeKey(this.scope), this.#filters().toString()] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('csrfToken') || changed.has('language')) && this.csrfToken)
      this.#client = requestsClient({ csrfToken: this.csrfToken, language: this.language ?? 'et' });
  }

  protected override updated(changed: PropertyValues<this>): void {
    const scope = this.scope;
    if (changed.has('scope') && scope && scopeKey(changed.get('scope')) !== scopeKey(scope))
      this.dispatchEvent(
        new ConsoleTitleEvent(
          scope.kind === 'registry' ? this.#t.registryView : `${this.#t.view}: ${scope.body.name}`,
        ),
      );
  }

  /** The query's filters that this list knows, with valid values only. */
  #filters(): URLSearchParams {
    const kept = new URLSearchParams();
    const state = this.query?.get('state');
    const kind = this.query?.get('kind');
    if (state && (ownerRequestStates as readonly string[]).includes(state)) kept.set('state', state);
    if (kind && (ownerRequestKinds as readonly string[]).includes(kind)) kept.set('kind', kind);
    return kept;
  }

  #apply(event: SubmitEvent): void {
    event.preventDefault();
    const form = new FormData(event.target as HTMLFormElement);
    const query = new URLSearchParams();
    for (const name of FILTERS) {
      const value = String(form.get(name) ?? '');
      if (value) query.set(name, value);
    }
    this.dispatchEvent(new ConsoleNavigateEvent(scopeRequestsHref(this.scope, query, this.language)));
  }

  override render() {
    if (!this.scope || !this.strings) return nothing;
    const t = this.#t;
    const pending = this.#list.status === TaskStatus.PENDING || this.#list.status === TaskStatus.INITIAL;
    return html`
      ${this.#renderHeading()}
      ${this.#renderFilters()}
      <section class="results" aria-labelledby="results-title" aria-busy=${pending ? 'true' : 'false'}>
        ${this.#list.render({
          pending: () => html`<h2 id="results-title" class="visually-hidden">${t.view}</h2>
            <p class="muted" role="status">${t.loading}</p>`,
          error: (error) => html`<h2 id="results-title" class="visually-hidden">${t.view}</h2>
            ${renderFailure(this.strings, failureOf(error), () => this.#list.run(), t.failed, t.failed)}`,
          complete: (requests) => this.#renderList(requests),
        })}
      </section>
    `;
  }

  #renderHeading() {
    const t = this.#t;
    return this.scope.kind === 'registry'
      ? html`<h1 tabindex="-1">${t.registryTitle}</h1>
          <p class="lead">${t.registryLead}</p>`
      : html`<h1 tabindex="-1">${t.title} <span class="muted body">${this.scope.body.name}</span></h1>`;
  }

  #renderFilters() {
    const t = this.#t;
    const filters = this.#filters();
    const option = (value: string, label: string, current: string | null) =>
      html`<option value=${value} ?selected=${value === (current ?? '')}>${label}</option>`;
    return html`<form class="filters card" role="search" aria-label=${t.filters} @submit=${this.#apply}>
      <div class="field">
        <label for="filter-state">${t.state}</label>
        <select id="filter-state" name="state">
          ${option('', t.any, filters.get('state'))}
          ${ownerRequestStates.map((s) => option(s, t.states[s], filters.get('state')))}
        </select>
      </div>
      <div class="field">
        <label for="filter-kind">${t.kind}</label>
        <select id="filter-kind" name="kind">
          ${option('', t.any, filters.get('kind'))}
          ${ownerRequestKinds.map((k) => option(k, t.kinds[k], filters.get('kind')))}
        </select>
      </div>
      <button type="submit" class="secondary">${t.show}</button>
    </form>`;
  }

  #renderList(requests: Summary[]) {
    const t = this.#t;
    const filters = this.#filters();
    const here = scopeRequestsHref(this.scope, filters, this.language);
    // Unfiltered, the registry's empty list says what it would hold; filtered, that nothing matches.
    const empty = this.scope.kind === 'registry' && filters.toString() === '' ? t.registryEmpty : t.empty;
    return html`<h2 id="results-title">${t.count(requests.length)}</h2>
      ${
        requests.length === 0
          ? html`<p class="note">${empty}</p>`
          : html`<ul class="requests">
            ${requests.map((r) => this.#renderRequest(r, here))}
          </ul>`
      }`;
  }

  /**
   * Who wrote a message that is not the owner's: in the registry's requests it may be the body
   * (before it ceased) or the registry, which the API does not tell apart.
   */
  #fromStaff(): string {
    return this.scope.kind === 'registry' ? this.#t.fromHandler : this.#t.fromBody;
  }

  #renderRequest(r: Summary, here: string) {
    const t = this.#t;
    return html`<li class="card request">
      <h3>
        <a href=${scopeRequestHref(this.scope, r.id, this.language)} data-state=${JSON.stringify({ from: here })}
          >${t.requestTitle(t.kinds[r.kind], r.certificate.number)}</a
        >
      </h3>
      <span class="badge state-${r.state}">${t.states[r.state]}</span>
      <dl class="facts">
        <dt>${t.owner}</dt>
        <dd>${r.owner.name}</dd>
        <dt>${t.qualification}</dt>
        <dd>${r.certificate.qualification}</dd>
        <dt>${t.created}</dt>
        <dd>${formatMoment(r.createdAt, this.language)}</dd>
        <dt>${t.lastMessage}</dt>
        <dd>
          ${
            r.lastMessage
              ? html`<span class="muted">${r.lastMessage.fromBody ? this.#fromStaff() : t.fromOwner},
                  ${formatMoment(r.lastMessage.sentAt, this.language)}:</span>
                <span class="excerpt">${r.lastMessage.text}</span>`
              : html`<span class="muted">${t.noMessages}</span>`
          }
        </dd>
      </dl>
    </li>`;
  }
}
