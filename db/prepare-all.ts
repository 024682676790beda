// Every statement with parameters goes to PostgreSQL as a prepared statement, in one round trip.
//
// drizzle prepares only queries given a name (`.prepare('name')`) and asks postgres.js for an
// unnamed statement otherwise. For an unnamed statement with parameters postgres.js first sends
// Parse + Describe and waits for the parameter types, then Bind + Execute: two round trips, and
// PostgreSQL parses and plans the text on every call. Prepared, the first call does the same and
// every later call on that connection is one Bind + Execute. This is postgres.js's own default for
// its tagged queries; the number of statements per connection stays bounded by the number of query
// shapes the code builds, and postgres.js retires each connection within an hour anyway.
import type postgres from 'postgres';

type Sql = postgres.Sql | postgres.TransactionSql;

export function preparingAll<S extends Sql>(sql: S): S {
  return new Proxy(sql, {
    get(target, key, receiver) {
      if (key === 'unsafe') {
        return (text: string, params: unknown[] = [], options: object = {}) =>
          target.unsafe(text, params as postgres.ParameterOrJSON<never>[], { ...options, prepare: true });
      }
      if (key === 'begin' || key === 'savepoint') {
        // The transaction's own handle is a new function: wrap it too, or its statements go unprepared.
        const open = Reflect.get(target, key, receiver) as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => {
          const body = args.pop() as (tx: Sql) => unknown;
          return open.call(target, ...args, (tx: Sql) => body(preparingAll(tx)));
        };
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
