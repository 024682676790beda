// The list's sort and its keyset cursor: the sort key and id of a page's last row, base64url-encoded
// JSON. Opaque to the console, which passes `next` back as `after`; checked on the way in, since
// anyone can type one into a URL.
import * as v from 'valibot';
import { applicationStates } from '../../contract/application-states.ts';
import { type ApplicationQuery, applicationSorts } from '../../contract/staff.ts';
import { badRequest } from '../http/problem.ts';

export type ListSort = { by: (typeof applicationSorts)[number]; order: 'asc' | 'desc' };
/** The sort the cursor was made for, and the last row's key (each column as text, then the id). */
export type Cursor = { sort: ListSort; key: string[] };

/** Newest first by default; the other columns from A (or the first state) on. */
export function listSort(query: Pick<ApplicationQuery, 'sort' | 'order'>): ListSort {
  const by = query.sort ?? 'submitted';
  return { by, order: query.order ?? (by === 'submitted' ? 'desc' : 'asc') };
}

const TIMESTAMP = /^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(\.\d{1,6})?[+-]\d\d(:\d\d)?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const timestamp = v.pipe(v.string(), v.regex(TIMESTAMP));
const id = v.pipe(v.string(), v.regex(UUID));
const name = v.pipe(v.string(), v.maxLength(1000));

/** The key's shape for each sort: what the database casts each value back to must parse. */
const KEYS = {
  submitted: v.tuple([timestamp, id]),
  name: v.tuple([name, id]),
  state: v.tuple([v.picklist(applicationStates), timestamp, id]),
  // The kind's id (its position in the sort is worked out again for each page).
  qualification: v.tuple([v.pipe(v.string(), v.regex(/^\d{1,9}$/)), timestamp, id]),
} as const;

const Encoded = v.object({
  s: v.picklist(applicationSorts),
  o: v.picklist(['asc', 'desc']),
  k: v.array(v.string()),
});

export const encodeCursor = ({ sort, key }: Cursor): string =>
  Buffer.from(JSON.stringify({ s: sort.by, o: sort.order, k: key })).toString('base64url');

const notACursor = () =>
  badRequest(
    (language) =>
      language === 'en'
        ? 'Invalid query parameter: after.'
        : 'Sobimatu väärtus päringu parameetrites: after.',
    {
      errors: [
        {
          in: 'query',
          field: 'after',
          detail: (language) =>
            language === 'en'
              ? 'must be a cursor from the previous page of the same sort'
              : 'peab olema eelmise lehe kursor sama järjestusega',
        },
      ],
    },
  );

/** The cursor `after`, made for `sort`; a 400 naming `after` when it is not one of ours or another sort's. */
export function decodeCursor(after: string | undefined, sort: ListSort): Cursor | undefined {
  if (after === undefined || after === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw notACursor();
  }
  const cursor = v.safeParse(Encoded, parsed);
  if (!cursor.success || cursor.output.s !== sort.by || cursor.output.o !== sort.order) throw notACursor();
  if (!v.is(KEYS[sort.by], cursor.output.k)) throw notACursor();
  return { sort, key: cursor.output.k };
}
