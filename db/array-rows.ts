// A statement whose rows come back from the driver as arrays, read by position by the caller's
// own mapper: drizzle's mapping walks every field of every row, checking each value's column
// class, and for the hot reads (the console's list page, the catalogue's page) that walk cost more
// CPU than reading the row (profiles of `npm run bench`).
import type { PreparedQueryConfig } from 'drizzle-orm/pg-core';
import type { Database } from './client.ts';

/** A compiled statement: its text and its values (or drizzle placeholders, filled by `execute`). */
export type Statement = { sql: string; params: unknown[] };

/**
 * `statement` prepared (postgres.js keeps one per text and connection) with `read` turning the
 * arrays into rows; `execute(values)` fills its placeholders.
 * @example await arrayRows(db, { sql: 'select $1::int', params: [1] }, 'one', (rows) => rows.map((r) => r[0])).execute()
 */
export const arrayRows = <T>(
  db: Database,
  statement: Statement,
  name: string,
  read: (rows: unknown[][]) => T[],
) =>
  db._.session.prepareQuery<{ execute: T[] } & PreparedQueryConfig>(statement, undefined, name, true, read);
