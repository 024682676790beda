// The list's table: a selection column, the applicant linking to the application's page, sortable
// column headers (links, with aria-sort on the sorted one) and each row's state, fee and exam.
import { html, nothing } from 'lit';
import { formatDate } from '../../shared/format.ts';
import type { Language } from '../../shared/i18n.ts';
import type { ApplicationPageData } from '../shared/console-client.ts';
import { applicationHref, listHref } from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { type SortColumn, sortedBy, sortOf } from './list-query.ts';

type Row = ApplicationPageData['applications'][number];

export interface TableContext {
  strings: ConsoleStrings;
  language: Language;
  body: string;
  query: URLSearchParams;
  rows: Row[];
  selected: ReadonlySet<string>;
  /** Whether the person may act on applications: only then the selection column. */
  selectable: boolean;
  onSelect: (id: string, selected: boolean) => void;
  onSelectPage: (selected: boolean) => void;
  /** The list's own URL, for the application page's "back". */
  here: string;
}

const name = (row: Row) => `${row.applicant.givenName} ${row.applicant.familyName}`;

export function renderTable(context: TableContext) {
  const { strings: t, rows, selectable, selected } = context;
  const columns = t.list.columns;
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.id));
  // Focusable, so that a keyboard can scroll the table sideways on a narrow screen.
  return html`<div class="table-scroll" tabindex="0" role="group" aria-label=${t.list.caption}>
    <table>
      <caption class="visually-hidden">${t.list.caption}</caption>
      <thead>
        <tr>
          ${
            selectable
              ? html`<th scope="col" class="select">
                <input
                  type="checkbox"
                  aria-label=${t.list.selectPage}
                  .checked=${allSelected}
                  @change=${(event: Event) => context.onSelectPage((event.target as HTMLInputElement).checked)}
                />
              </th>`
              : nothing
          }
          ${sortable(context, 'name', columns.applicant)} ${sortable(context, 'qualification', columns.qualification)}
          <th scope="col">${columns.kind}</th>
          ${sortable(context, 'state', columns.state)} ${sortable(context, 'submitted', columns.submitted)}
          <th scope="col">${columns.fee}</th>
          <th scope="col">${columns.session}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((row) => renderRow(context, row))}
      </tbody>
    </table>
  </div>`;
}

function sortable(context: TableContext, column: SortColumn, label: string) {
  const { by, order } = sortOf(context.query);
  const sorted = by === column;
  const href = listHref(context.body, sortedBy(context.query, column), context.language);
  return html`<th scope="col" aria-sort=${sorted ? (order === 'asc' ? 'ascending' : 'descending') : 'none'}>
    <a class="sort" href=${href} title=${context.strings.list.sortBy(label)}
      >${label}<span aria-hidden="true" class="arrow">${sorted ? (order === 'asc' ? '▲' : '▼') : '↕'}</span></a
    >
  </th>`;
}

function renderRow(context: TableContext, row: Row) {
  const { strings: t, language } = context;
  const who = name(row);
  return html`<tr class=${context.selected.has(row.id) ? 'selected' : ''}>
    ${
      context.selectable
        ? html`<td class="select">
          <input
            type="checkbox"
            aria-label=${t.list.select(who)}
            .checked=${context.selected.has(row.id)}
            @change=${(event: Event) => context.onSelect(row.id, (event.target as HTMLInputElement).checked)}
          />
        </td>`
        : nothing
    }
    <td>
      <a href=${applicationHref(context.body, row.id, language)} data-state=${JSON.stringify({ from: context.here })}
        >${who}</a
      >
    </td>
    <td>${row.qualification.name}</td>
    <td>${t.kinds[row.kind] ?? row.kind}</td>
    <td><span class="badge state-${row.state}">${t.states[row.state]}</span></td>
    <td class="nowrap">${row.submittedAt ? formatDate(row.submittedAt, language) : '—'}</td>
    <td class="nowrap">${row.feeReceived ? t.list.paid : html`<span class="due">${t.list.unpaid}</span>`}</td>
    <td>${row.session ? `${formatDate(row.session.startsAt, language)}, ${row.session.place}` : '—'}</td>
  </tr>`;
}
