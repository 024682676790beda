// The console's list of a body's applications as SQL: the filters and search, the sort with its
// keyset page, and the counts per state — each one query over the rows the tenant scope's
// visible() lets through, so no list, count, search or export reaches another body.
//
// Indexes (migration 0012, measured in bench/console-list.ts on 100 000 applications): one btree per
// sort column ending in id, the keyset's tie-breaker; a personal code is matched through an
// expression index; a part of a name through a trigram index on the folded names.
import { and, asc, desc, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgDialect } from 'drizzle-orm/pg-core';
import type { ApplicationState } from '../../contract/application-states.ts';
import { isPersonalCode } from '../../contract/personal-code.ts';
import type { ApplicationQuery } from '../../contract/staff.ts';
import type { Statement } from '../../db/array-rows.ts';
import type { Database } from '../../db/client.ts';
import {
  applicationKinds,
  applicationStateCounts,
  applications,
  examSessions,
  qualifications,
} from '../../db/schema/index.ts';
import { preparedOnce } from '../access/prepared-once.ts';
import type { Language } from '../http/env.ts';
import type { Cursor, ListSort } from './list-cursor.ts';

/** One of the body's application kinds, in the order the list sorts qualifications by. */
export type ListKind = { id: number };

/** What one list query asks: the filters, and the page. */
export type ListRequest = {
  filters: Omit<ApplicationQuery, 'sort' | 'order' | 'after' | 'limit'>;
  /**
   * The body's application kinds the filters let through, ordered by qualification name (in the
   * request's language), then kind: resolved first (bodyKinds), so the planner sees the ids.
   */
  kinds: ListKind[];
  sort: ListSort;
  after: Cursor | undefined;
  limit: number;
  language: Language;
};

/**
 * The body's application kinds ordered as the qualification sort shows them (by the
 * qualification's name in `language`), with what filters them: one statement per language, built once.
 */
export const bodyKinds = (db: Database, bodyId: number, language: Language) =>
  kindsStatement(db, language).execute({ bodyId });

/** bodyKinds' prepared statement (bench/console-list.ts's raw side runs it too). */
export const kindsStatement = (db: Database, language: Language) => kindsStatements[language](db);

const kindsIn = (language: Language) =>
  preparedOnce((db) =>
    db
      .select({ id: applicationKinds.id, kind: applicationKinds.kind, qualification: qualifications.slug })
      .from(applicationKinds)
      .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
      .where(eq(qualifications.bodyId, sql.placeholder('bodyId')))
      .orderBy(
        language === 'en' ? qualifications.nameEn : qualifications.nameEt,
        qualifications.id,
        applicationKinds.kind,
        applicationKinds.id,
      )
      .prepare(`console_list_kinds_${language}`),
  );

const kindsStatements: Record<Language, ReturnType<typeof kindsIn>> = {
  et: kindsIn('et'),
  en: kindsIn('en'),
};

/**
 * Lower case, and õ ä ö ü š ž as o a o u s z: the same folding as `applications.search_name`
 * (db/schema/applications.ts), so a search finds names typed without Estonian letters.
 * @example foldName('Mägi') // 'magi'
 */
export const foldName = (text: string) =>
  text
    .toLowerCase()
    .replace(/[õäöüšž]/g, (c) => ({ õ: 'o', ä: 'a', ö: 'o', ü: 'u', š: 's', ž: 'z' })[c] ?? c);

const likeEscaped = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The search: a whole personal code exactly (digits only never match a name), else every word in a name. */
function searchCondition(q: string): SQL | undefined {
  const text = q.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text))
    // Only a valid code can match: part of a code finds no one (a code is not browsed digit by digit).
    return isPersonalCode(text) ? sql`(${applications.applicant}->>'personalCode') = ${text}` : sql`false`;
  const words = foldName(text).split(/\s+/).filter(Boolean);
  return and(...words.map((w) => sql`${applications.searchName} like ${`%${likeEscaped(w)}%`}`));
}

/** The start of a Tallinn day (inclusive `from`), or of the day after (exclusive end of `to`). */
const tallinnMidnight = (day: string, plusDays: 0 | 1) =>
  sql`((${day}::date + ${plusDays}::int)::timestamp at time zone 'Europe/Tallinn')`;

/**
 * Every condition but the state filter: the body and role (visible()), submitted at all (a draft
 * is the applicant's own until it is sent), and the filters — none needing a join, so the counts
 * read the applications table alone.
 */
function matching(visible: SQL | undefined, { filters, kinds }: ListRequest): SQL[] {
  const where: SQL[] = [isNotNull(applications.submittedAt)];
  if (visible) where.push(visible);
  if (filters.qualification || filters.kind)
    where.push(
      kinds.length
        ? inArray(
            applications.applicationKindId,
            kinds.map((k) => k.id),
          )
        : sql`false`,
    );
  if (filters.session !== undefined) where.push(eq(applications.examSessionId, filters.session));
  if (filters.submittedFrom)
    where.push(sql`${applications.submittedAt} >= ${tallinnMidnight(filters.submittedFrom, 0)}`);
  if (filters.submittedTo)
    where.push(sql`${applications.submittedAt} < ${tallinnMidnight(filters.submittedTo, 1)}`);
  // The fee: received once the body has marked it so; due while neither received nor waived (a
  // waived fee is neither — the body decided not to ask for it).
  if (filters.fee === 'received') where.push(isNotNull(applications.feeReceivedAt));
  if (filters.fee === 'due')
    where.push(isNull(applications.feeReceivedAt), isNull(applications.feeWaivedReason));
  const search = filters.q ? searchCondition(filters.q) : undefined;
  if (search) where.push(search);
  return where;
}

/** The states asked for, as a list (one `state` or several). */
export const statesOf = (state: ApplicationQuery['state']): ApplicationState[] | undefined =>
  state === undefined ? undefined : Array.isArray(state) ? state : [state];

type SortKey = { column: PgColumn | SQL; cast: string };

/**
 * The sort's columns (each with the type its cursor value is cast back to), then id. The
 * qualification sort orders by the kinds' position (ListRequest.kinds) and keeps the kind's id in
 * the cursor, so a page is found again even if a kind is added meanwhile.
 */
function sortKeys({ sort, kinds }: Pick<ListRequest, 'sort' | 'kinds'>): SortKey[] {
  const submitted = { column: applications.submittedAt, cast: 'timestamptz' };
  const keys =
    sort.by === 'submitted'
      ? [submitted]
      : sort.by === 'name'
        ? [{ column: applications.sortName, cast: 'text' }]
        : sort.by === 'state'
          ? [{ column: applications.state, cast: 'application_state' }, submitted]
          : [{ column: kindPosition(kinds, applications.applicationKindId), cast: 'int' }, submitted];
  return [...keys, { column: applications.id, cast: 'uuid' }];
}

const kindPosition = (kinds: ListKind[], kindId: PgColumn | SQL) =>
  sql`array_position(${`{${kinds.map((k) => k.id).join(',')}}`}::int[], ${kindId})`;

const rowComparison = (keys: SortKey[], values: SQL[], order: 'asc' | 'desc') =>
  sql`(${sql.join(
    keys.map((k) => sql`${k.column}`),
    sql`, `,
  )}) ${sql.raw(order === 'asc' ? '>' : '<')} (${sql.join(values, sql`, `)})`;

const castValue = (value: string | undefined, cast: string) => sql`${value ?? null}::${sql.raw(cast)}`;

/**
 * The qualification sort has no index (the name is the qualification's): each kind's rows are read
 * through applications_list_kind in submit order, at most a page of each after the cursor, and only
 * those are sorted. Kinds before the cursor's are skipped.
 */
function byKindPages(where: SQL[], request: ListRequest): SQL {
  const { kinds, after, sort, limit } = request;
  const cursorKind = after ? Number(after.key[0]) : undefined;
  const at = cursorKind === undefined ? -1 : kinds.findIndex((k) => k.id === cursorKind);
  const dir = sql.raw(sort.order);
  const pages = kinds.flatMap((kind, i) => {
    const before = sort.order === 'asc' ? i < at : i > at;
    if (after && before) return [];
    const rest =
      after && i === at
        ? [
            rowComparison(
              [
                { column: applications.submittedAt, cast: 'timestamptz' },
                { column: applications.id, cast: 'uuid' },
              ],
              [castValue(after.key[1], 'timestamptz'), castValue(after.key[2], 'uuid')],
              sort.order,
            ),
          ]
        : [];
    return [
      sql`(select ${applications.id} from ${applications} where ${and(eq(applications.applicationKindId, kind.id), ...where, ...rest)} order by ${applications.submittedAt} ${dir}, ${applications.id} ${dir} limit ${limit + 1})`,
    ];
  });
  return pages.length ? sql`${applications.id} in (${sql.join(pages, sql` union all `)})` : sql`false`;
}

/**
 * One page of rows in the sort's order, after the cursor's row; one row more than asked, so the
 * caller knows whether a next page exists. Each row carries its sort key as text for the next cursor.
 * Compiled here (the rows come back as arrays, read by pageRowsOf): the select list and joins are
 * one text per language and sort (pageHead), so drizzle walks only the request's own conditions.
 */
export function pageRows(db: Database, visible: SQL | undefined, request: ListRequest): Statement {
  const keys = sortKeys(request);
  const where = matching(visible, request);
  const states = statesOf(request.filters.state);
  if (states) where.push(inArray(applications.state, states));
  const direction = request.sort.order === 'asc' ? asc : desc;
  const order = sql.join(
    keys.map((k) => direction(k.column)),
    sql`, `,
  );
  // The page's ids are picked from applications alone, then joined: the planner never joins the
  // thousands of rows a search or filter matches before it sorts them.
  const picked =
    request.sort.by === 'qualification'
      ? byKindPages(where, request)
      : sql`${applications.id} in (select ${applications.id} from ${applications} where ${and(
          ...where,
          ...(request.after
            ? // A row comparison walks the sort's index from the cursor on (every key has the same direction).
              [
                rowComparison(
                  keys,
                  keys.map((k, i) => castValue(request.after?.key[i], k.cast)),
                  request.sort.order,
                ),
              ]
            : []),
        )} order by ${order} limit ${request.limit + 1})`;
  return dialectOf(db).sqlToQuery(
    sql`${sql.raw(pageHead(db, request))} where ${picked} order by ${order} limit ${request.limit + 1}`,
  );
}

/** drizzle's own SQL writer of the handle (with its snake_case naming), which it keeps to itself. */
const dialectOf = (db: Database) => (db as unknown as { dialect: PgDialect }).dialect;

/** The page's select list (the cursor's key columns depend on the sort) and its joins. */
function pageSelect(db: Database, language: Language, sortBy: ListSort['by']) {
  const keys = sortKeys({ sort: { by: sortBy, order: 'asc' }, kinds: [] });
  return db
    .select({
      id: applications.id,
      version: applications.version,
      state: applications.state,
      channel: applications.channel,
      submittedAt: applications.submittedAt,
      applicantId: applications.applicantId,
      givenName: sql<string>`${applications.applicant}->>'givenName'`,
      familyName: sql<string>`${applications.applicant}->>'familyName'`,
      qualificationSlug: qualifications.slug,
      qualificationName: language === 'en' ? qualifications.nameEn : qualifications.nameEt,
      kind: applicationKinds.kind,
      feeReceived: sql<boolean>`${applications.feeReceivedAt} is not null`,
      documentsAccepted: sql<boolean>`${applications.documentsAcceptedAt} is not null`,
      sessionId: examSessions.id,
      sessionStartsAt: examSessions.startsAt,
      sessionPlace: examSessions.place,
      sortKey: sql<string[]>`array[${sql.join(
        keys.map((k, i) =>
          // The qualification sort's cursor holds the kind's id, not its position.
          sortBy === 'qualification' && i === 0
            ? sql`${applications.applicationKindId}::text`
            : sql`${k.column}::text`,
        ),
        sql`, `,
      )}]`,
    })
    .from(applications)
    .innerJoin(applicationKinds, eq(applicationKinds.id, applications.applicationKindId))
    .innerJoin(qualifications, eq(qualifications.id, applicationKinds.qualificationId))
    .leftJoin(examSessions, eq(examSessions.id, applications.examSessionId));
}

/**
 * pageSelect's text, once per language and sort: it holds no values, and compiling its 17 columns
 * and 3 joins was ~0.3 ms of CPU on every list request (drizzle checks each chunk's class; a
 * profile of bench/console-list.ts). What is kept is SQL text, never a request's values or rows.
 */
const pageHeads = new Map<string, string>();
function pageHead(db: Database, { language, sort }: Pick<ListRequest, 'language' | 'sort'>): string {
  const key = `${language} ${sort.by}`;
  const known = pageHeads.get(key);
  if (known !== undefined) return known;
  const { sql: text, params } = pageSelect(db, language, sort.by).toSQL();
  if (params.length) throw new Error('the list page’s select list must hold no values');
  pageHeads.set(key, text);
  return text;
}

export type PageRow = Awaited<ReturnType<typeof pageSelect>>[number];

/** A timestamp as the drivers hand it to drizzle (text), as drizzle's own timestamptz column reads it. */
const instant = (value: unknown) => (value === null ? null : new Date(value as string));

/**
 * pageRows' rows as the driver returns them (arrays, in the select's order) as PageRow, with
 * what drizzle's mapping would do: the two timestamps read into Dates, the rest as it comes.
 */
export const pageRowsOf = (rows: unknown[][]): PageRow[] =>
  rows.map(
    (r) =>
      ({
        id: r[0],
        version: r[1],
        state: r[2],
        channel: r[3],
        submittedAt: instant(r[4]),
        applicantId: r[5],
        givenName: r[6],
        familyName: r[7],
        qualificationSlug: r[8],
        qualificationName: r[9],
        kind: r[10],
        feeReceived: r[11],
        documentsAccepted: r[12],
        sessionId: r[13],
        sessionStartsAt: instant(r[14]),
        sessionPlace: r[15],
        sortKey: r[16],
      }) as PageRow,
  );

/**
 * How many match in each state: every filter but the state one (the console shows them as tabs).
 * Compiled here as pageRows is, its rows as arrays: [state, count].
 */
export const stateCounts = (db: Database, visible: SQL | undefined, request: ListRequest): Statement =>
  dialectOf(db).sqlToQuery(
    sql`select ${applications.state}, count(*)::int from ${applications} where ${and(...matching(visible, request))} group by ${applications.state}`,
  );

/** stateCounts' rows as the driver returns them (arrays). */
export const stateCountsOf = (rows: unknown[][]): StateCount[] =>
  rows.map((r) => ({ state: r[0] as ApplicationState, count: r[1] as number }));

export type StateCount = { state: ApplicationState; count: number };

/** Whether a request filters by anything but state: then its counts must be counted, not looked up. */
export const filtersBeyondState = ({ filters }: ListRequest) =>
  Object.entries(filters).some(([key, value]) => key !== 'state' && value !== undefined && value !== '');

/**
 * The body's counts per state as the trigger of migration 0014 keeps them (submitted applications
 * only), every state's (the caller keeps those its role sees whole): one statement text, built once.
 */
export const keptStateCounts = preparedOnce((db) =>
  db
    .select({ state: applicationStateCounts.state, count: applicationStateCounts.count })
    .from(applicationStateCounts)
    .where(eq(applicationStateCounts.bodyId, sql.placeholder('bodyId')))
    .prepare('console_list_kept_counts'),
);
