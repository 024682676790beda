// <kutse-console-list>: a body's applications — filters, search, state chips with counts, sortable
// columns, keyset pages, the CSV of the same filters, and bulk actions on a selection. Every filter,
// sort and page is in the URL (the shell routes it); the view reads its query and never keeps its own.
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { applicationStates } from '../../../../contract/application-states.ts';
import type { Language } from '../../shared/i18n.ts';
import { ApiProblem } from '../../shared/problem.ts';
import { buttons } from '../../shared/styles/buttons.ts';
import { fields } from '../../shared/styles/fields.ts';
import { tokens } from '../../shared/tokens.ts';
import { type ConsoleBody, handles } from '../shared/boot.ts';
import type {
  ApplicationPageData,
  BulkActionBody,
  BulkResultData,
  ConsoleClient,
} from '../shared/console-client.ts';
import { failureOf, renderFailure } from '../shared/failure.ts';
import { sessionLabel } from '../shared/format.ts';
import { ConsoleNavigateEvent, ConsoleTitleEvent, listHref } from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { consoleStyles } from '../shared/styles.ts';
import { type BulkKind, renderBulk } from './console-list.bulk.ts';
import { listStyles } from './console-list.styles.ts';
import { renderTable } from './console-list.table.ts';
import { changed, FILTER_FIELDS, fromForm, toggledState } from './list-query.ts';

export class KutseConsoleList extends LitElement {
  static override properties = {
    client: { attribute: false },
    strings: { attribute: false },
    language: { attribute: false },
    body: { attribute: false },
    query: { attribute: false },
    cursors: { attribute: false },
    _selected: { state: true },
    _bulkKind: { state: true },
    _bulkBusy: { state: true },
    _bulkResult: { state: true },
    _bulkError: { state: true },
    _bulkTextError: { state: true },
  };

  static override styles = [tokens, buttons, fields, consoleStyles, listStyles];

  declare client: ConsoleClient;
  declare strings: ConsoleStrings;
  declare language: Language;
  declare body: ConsoleBody;
  declare query: URLSearchParams;
  /** The cursors of the pages before this one, oldest first ('' for the first page). */
  declare cursors: string[];
  declare _selected: ReadonlySet<string>;
  declare _bulkKind: BulkKind;
  declare _bulkBusy: boolean;
  declare _bulkResult: BulkResultData | undefined;
  declare _bulkError: string | undefined;
  declare _bulkTextError: string | undefined;

  /** A wide screen shows the filters beside the list, open. */
  readonly #wide = matchMedia('(min-width: 56rem)').matches;
  /** The page shown while the next one loads: the table keeps its place instead of jumping. */
  #shown: ApplicationPageData | undefined;

  constructor() {
    super();
    this.query = new URLSearchParams();
    this.cursors = [];
    this._selected = new Set();
    this._bulkKind = 'markFeeReceived';
    this._bulkBusy = false;
  }

  readonly #page = new Task(this, {
    task: async ([client, body, query], { signal }) => {
      const page = await client.list(body, new URLSearchParams(query), signal);
      this.#shown = page;
      return page;
    },
    args: () => [this.client, this.body?.slug, this.query?.toString()] as const,
  });

  readonly #qualifications = new Task(this, {
    task: ([client, body]) => client.qualifications(body),
    args: () => [this.client, this.body?.slug] as const,
  });

  /** The filtered qualification, for its exam sessions (the session filter, admitting in bulk). */
  readonly #qualification = new Task(this, {
    task: ([client, body, qualification]) =>
      qualification ? client.qualification(body, qualification) : Promise.resolve(undefined),
    args: () => [this.client, this.body?.slug, this.query?.get('qualification') ?? ''] as const,
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('body') || changed.has('query')) {
      // Another view of the list: what was selected may no longer be in it.
      if (changed.get('body') !== undefined || changed.get('query') !== undefined) {
        this._selected = new Set();
        this._bulkResult = undefined;
        this._bulkError = undefined;
      }
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('body') && this.body) {
      this.dispatchEvent(new ConsoleTitleEvent(`${this.strings.list.title}: ${this.body.name}`));
    }
  }

  #href(query: URLSearchParams) {
    return listHref(this.body.slug, query, this.language);
  }

  override render() {
    if (!this.body || !this.strings) return nothing;
    const t = this.strings;
    const page = this.#page.value ?? this.#shown;
    const pending = this.#page.status === TaskStatus.PENDING;
    const failure = this.#page.status === TaskStatus.ERROR ? failureOf(this.#page.error) : undefined;
    return html`
      <h1 tabindex="-1">${t.list.title} <span class="muted body">${this.body.name}</span></h1>
      ${this.#renderStates(page)}
      <div class="layout">
        ${this.#renderFilters(failure?.fields ?? {})}
        <section class="results" aria-labelledby="results-title" aria-busy=${pending ? 'true' : 'false'}>
          <div class="summary">
            <h2 id="results-title" class="total">
              ${page && !failure ? t.list.total(page.total) : t.list.title}
            </h2>
            <a class="button" href=${this.client.exportHref(this.body.slug, this.query)} download data-reload
              >${t.list.export}</a
            >
          </div>
          ${failure ? renderFailure(t, failure, () => this.#page.run(), t.list.failed, t.list.fixFilters) : nothing}
          ${handles(this.body) ? this.#renderBulk(page) : nothing}
          ${this.#renderRows(page, pending, failure !== undefined)} ${page && !failure ? this.#renderPaging(page) : nothing}
        </section>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">
        ${pending ? t.list.loading : page && !failure ? t.list.total(page.total) : ''}
      </div>
    `;
  }

  #renderStates(page: ApplicationPageData | undefined) {
    const t = this.strings;
    const chosen = this.query.getAll('state');
    const counts = page?.counts ?? {};
    const all = Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0);
    const shown = applicationStates.filter((s) => (counts[s] ?? 0) > 0 || chosen.includes(s));
    return html`<nav class="states" aria-label=${t.list.states}>
      <ul>
        <li>
          <a href=${this.#href(changed(this.query, { state: null }))} aria-current=${chosen.length ? 'false' : 'true'}
            >${t.list.allStates} <span class="count">${page ? all : ''}</span></a
          >
        </li>
        ${shown.map(
          (state) =>
            html`<li>
              <a
                href=${this.#href(toggledState(this.query, state))}
                aria-current=${chosen.includes(state) ? 'true' : 'false'}
                >${t.states[state]} <span class="count">${counts[state] ?? 0}</span></a
              >
            </li>`,
        )}
      </ul>
    </nav>`;
  }

  #renderFilters(errors: Record<string, string>) {
    const t = this.strings.list;
    const q = this.query;
    const qualifications = this.#qualifications.value ?? [];
    const sessions = this.#qualification.value?.examSessions ?? [];
    const field = (
      name: string,
      label: string,
      control: (invalid: boolean) => unknown,
    ) => html`<div class="field">
      <label for="filter-${name}">${label}</label>
      ${control(name in errors)}
      <span id="filter-${name}-error" class="field-error">${errors[name] ?? ''}</span>
    </div>`;
    const aria = (name: string, invalid: boolean) => ({
      invalid: invalid ? 'true' : 'false',
      describedby: `filter-${name}-error`,
    });
    const select =
      (name: string, options: [string, string][], disabled = false) =>
      (invalid: boolean) => {
        const a = aria(name, invalid);
        return html`<select
        id="filter-${name}"
        name=${name}
        ?disabled=${disabled}
        aria-invalid=${a.invalid}
        aria-describedby=${a.describedby}
      >
        <option value="">${t.any}</option>
        ${options.map(([value, label]) => html`<option value=${value} ?selected=${q.get(name) === value}>${label}</option>`)}
      </select>`;
      };
    const input = (name: string, type: string) => (invalid: boolean) => {
      const a = aria(name, invalid);
      return html`<input
        id="filter-${name}"
        name=${name}
        type=${type}
        .value=${q.get(name) ?? ''}
        aria-invalid=${a.invalid}
        aria-describedby=${a.describedby}
      />`;
    };
    const active = FILTER_FIELDS.filter((name) => q.get(name)).length;
    // On a phone the filters fold away above the list (open while one is wrong); beside it otherwise.
    return html`<details class="filters-box" ?open=${this.#wide || Object.keys(errors).length > 0}>
      <summary>${t.filters}${active ? ` (${active})` : ''}</summary>
      <form class="filters card" role="search" aria-label=${t.filters} @submit=${this.#onFilter}>
      ${field('q', t.search, input('q', 'search'))}
      ${field(
        'qualification',
        t.qualification,
        select(
          'qualification',
          qualifications.map((x) => [x.slug, x.name]),
        ),
      )}
      ${field('kind', t.kind, select('kind', Object.entries(this.strings.kinds)))}
      ${field(
        'session',
        t.session,
        select(
          'session',
          sessions.map((s) => [String(s.id), sessionLabel(s, this.language)]),
          !q.get('qualification'),
        ),
      )}
      ${q.get('qualification') ? nothing : html`<p class="muted hint">${t.sessionNeedsQualification}</p>`}
      <div class="dates">
        ${field('submittedFrom', t.submittedFrom, input('submittedFrom', 'date'))}
        ${field('submittedTo', t.submittedTo, input('submittedTo', 'date'))}
      </div>
      ${field(
        'fee',
        t.fee,
        select('fee', [
          ['received', t.feeReceived],
          ['due', t.feeDue],
        ]),
      )}
      <div class="buttons">
        <button type="submit">${t.apply}</button>
        <a href=${this.#href(new URLSearchParams())}>${t.clear}</a>
      </div>
    </form>
    </details>`;
  }

  readonly #onFilter = (event: SubmitEvent) => {
    event.preventDefault();
    const query = fromForm(this.query, new FormData(event.target as HTMLFormElement));
    this.dispatchEvent(new ConsoleNavigateEvent(this.#href(query)));
  };

  #renderRows(page: ApplicationPageData | undefined, pending: boolean, failed: boolean) {
    const t = this.strings;
    if (!page) {
      return failed ? nothing : html`<div class="placeholder"><p class="muted">${t.list.loading}</p></div>`;
    }
    if (page.applications.length === 0 && !failed) {
      return html`<div class="placeholder empty ${pending ? 'busy' : ''}">
        <p><strong>${t.list.empty}</strong></p>
        <p class="muted">${t.list.emptyHint}</p>
      </div>`;
    }
    return html`<div class=${pending ? 'busy' : ''}>
      ${renderTable({
        strings: t,
        language: this.language,
        body: this.body.slug,
        query: this.query,
        rows: page.applications,
        selected: this._selected,
        selectable: handles(this.body),
        here: this.#href(this.query),
        onSelect: (id, selected) => {
          const next = new Set(this._selected);
          if (selected) next.add(id);
          else next.delete(id);
          this._selected = next;
        },
        onSelectPage: (selected) => {
          this._selected = selected ? new Set(page.applications.map((a) => a.id)) : new Set();
        },
      })}
    </div>`;
  }

  #renderPaging(page: ApplicationPageData) {
    const t = this.strings.list;
    const after = this.query.get('after');
    const earlier = this.cursors;
    const previous = after
      ? earlier.length
        ? {
            href: this.#href(withAfter(this.query, earlier.at(-1) ?? '')),
            state: { cursors: earlier.slice(0, -1) },
            label: t.previous,
          }
        : { href: this.#href(withAfter(this.query, '')), state: {}, label: t.first }
      : undefined;
    const next = page.next
      ? { href: this.#href(withAfter(this.query, page.next)), state: { cursors: [...earlier, after ?? ''] } }
      : undefined;
    if (!previous && !next) return nothing;
    return html`<nav class="paging" aria-label=${t.pages}>
      ${
        previous
          ? html`<a class="button" href=${previous.href} data-state=${JSON.stringify(previous.state)}>${previous.label}</a>`
          : nothing
      }
      ${
        next
          ? html`<a class="button" href=${next.href} data-state=${JSON.stringify(next.state)}>${t.next}</a>`
          : nothing
      }
    </nav>`;
  }

  #renderBulk(page: ApplicationPageData | undefined) {
    const names = new Map(
      (page?.applications ?? []).map((a) => [a.id, `${a.applicant.givenName} ${a.applicant.familyName}`]),
    );
    return renderBulk({
      strings: this.strings,
      language: this.language,
      count: this._selected.size,
      kind: this._bulkKind,
      qualification: this.#qualification.value,
      busy: this._bulkBusy,
      result: this._bulkResult,
      error: this._bulkError,
      textError: this._bulkTextError,
      nameOf: (id) => names.get(id) ?? id,
      onKind: (kind) => {
        this._bulkKind = kind;
      },
      onRun: (form) => this.#runBulk(form),
      onClear: () => {
        this._selected = new Set();
      },
    });
  }

  async #runBulk(form: FormData): Promise<void> {
    const kind = this._bulkKind;
    const session = Number(form.get('session') || Number.NaN);
    const text = String(form.get('text') ?? '').trim();
    if (kind === 'message' && !text) {
      this._bulkTextError = this.strings.actions.required;
      return;
    }
    this._bulkTextError = undefined;
    const action: BulkActionBody =
      kind === 'message'
        ? { kind, text }
        : kind === 'admit'
          ? Number.isInteger(session)
            ? { kind, session }
            : { kind }
          : { kind };
    this._bulkBusy = true;
    this._bulkError = undefined;
    this._bulkResult = undefined;
    try {
      const result = await this.client.bulk(this.body.slug, [...this._selected], action);
      this._bulkResult = result;
      this._selected = new Set(result.refused.map((r) => r.id));
      this.#page.run();
    } catch (error) {
      if (error instanceof ApiProblem && kind === 'message') {
        this._bulkTextError = error.errors.find((e) => e.field.endsWith('text'))?.detail;
      }
      this._bulkError = failureOf(error).message(this.strings);
    } finally {
      this._bulkBusy = false;
    }
  }
}

/** The query on the page after `cursor` ('' for the first page). */
function withAfter(query: URLSearchParams, cursor: string): URLSearchParams {
  const next = new URLSearchParams(query);
  next.delete('after');
  if (cursor) next.set('after', cursor);
  return next;
}
