// A statement whose text never changes, built by drizzle once per database handle and prepared:
// building one is ~0.1–0.4 ms of CPU (drizzle walks every SQL chunk), paid on every request of a
// guarded route otherwise. What is kept is the statement, never a request's values or rows.
import type { Database } from '../../db/client.ts';

/** `build(db)` the first time a handle asks, the same prepared statement after. */
export function preparedOnce<T>(build: (db: Database) => T): (db: Database) => T {
  const built = new WeakMap<Database, T>();
  return (db) => {
    const known = built.get(db);
    if (known) return known;
    const statement = build(db);
    built.set(db, statement);
    return statement;
  };
}
