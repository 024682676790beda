// The list's URL query read and rewritten: the same parameters as the API's ApplicationQuery
// (contract/staff.ts), so the console's URL and the API call carry one set of filters.
import type { ApplicationState } from '../../../../contract/application-states.ts';
import type { applicationSorts } from '../../../../contract/staff.ts';

export type SortColumn = (typeof applicationSorts)[number];
export type SortOrder = 'asc' | 'desc';

/** The filters a form sets (state, sort and page are set by links). */
export const FILTER_FIELDS = [
  'q',
  'qualification',
  'kind',
  'session',
  'submittedFrom',
  'submittedTo',
  'fee',
] as const;

/** The sort in force: the API's default when the URL names none (newest submitted first, else A→Z). */
export function sortOf(query: URLSearchParams): { by: SortColumn; order: SortOrder } {
  const by = (query.get('sort') ?? 'submitted') as SortColumn;
  const order = query.get('order');
  return { by, order: order === 'asc' || order === 'desc' ? order : by === 'submitted' ? 'desc' : 'asc' };
}

/** A copy of `query` with `changes` (null removes), back on the first page. */
export function changed(
  query: URLSearchParams,
  changes: Record<string, string | string[] | null>,
): URLSearchParams {
  const next = new URLSearchParams(query);
  next.delete('after');
  for (const [key, value] of Object.entries(changes)) {
    next.delete(key);
    for (const one of value === null ? [] : Array.isArray(value) ? value : [value]) next.append(key, one);
  }
  return next;
}

/** The query sorted by `column`: the other way round when it is sorted by it already. */
export function sortedBy(query: URLSearchParams, column: SortColumn): URLSearchParams {
  const now = sortOf(query);
  const order: SortOrder =
    now.by === column ? (now.order === 'asc' ? 'desc' : 'asc') : column === 'submitted' ? 'desc' : 'asc';
  return changed(query, { sort: column, order });
}

/** The query with `state` added to or taken from the states shown. */
export function toggledState(query: URLSearchParams, state: ApplicationState): URLSearchParams {
  const states = query.getAll('state');
  return changed(query, {
    state: states.includes(state) ? states.filter((s) => s !== state) : [...states, state],
  });
}

/** The query of a submitted filter form: its non-empty fields, with the states and sort kept. */
export function fromForm(query: URLSearchParams, form: FormData): URLSearchParams {
  const changes: Record<string, string | null> = {};
  for (const field of FILTER_FIELDS) {
    const value = String(form.get(field) ?? '').trim();
    changes[field] = value || null;
  }
  return changed(query, changes);
}
