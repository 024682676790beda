// Nested rows built by PostgreSQL as JSON, typed from the columns that fill them. A read that
// returns a whole tree (a qualification with its kinds, documents, fees…) then arrives as one
// parsed value, with no per-row mapping in Node: both drivers parse `json` as they receive it.
import { type Column, type SQL, type SQLWrapper, sql } from 'drizzle-orm';

/** What a value looks like after a trip through JSON: timestamps become ISO strings. */
type Jsonified<T> = T extends Date ? string : T;

type ColumnValue<C extends Column> = C['_']['notNull'] extends true ? C['_']['data'] : C['_']['data'] | null;

type FieldValue<F> = F extends Column ? Jsonified<ColumnValue<F>> : F extends SQL<infer T> ? T : never;

/**
 * A timestamp as JavaScript's `toISOString()` writes it (UTC, milliseconds, `Z`), so that it goes
 * out as it comes in, with no parsing in Node. Such strings also sort as the instants do.
 */
export function isoInstant<C extends Column>(
  column: C,
): SQL<C['_']['notNull'] extends true ? string : string | null> {
  return sql`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** A field of a JSON object: a column, or an expression typed with `sql<T>`. */
export type JsonField = Column | SQL<unknown>;

/** `json_build_object('key', value, …)`, typed as the object it builds. */
export function jsonObject<F extends Record<string, JsonField>>(
  fields: F,
): SQL<{ [K in keyof F]: FieldValue<F[K]> }> {
  const pairs = Object.entries(fields).map(([key, value]) => {
    // Keys are property names written in our source, never input; still, refuse anything odd.
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(key)) throw new Error(`jsonObject: unsafe key ${key}`);
    return sql`'${sql.raw(key)}', ${value}`;
  });
  return sql`json_build_object(${sql.join(pairs, sql`, `)})`;
}

/**
 * The rows of a subquery as a JSON array (empty, not null, when there are none).
 * @example jsonArray(jsonObject({ slug: d.slug }), sql`from ${d} where ${d.bodyId} = ${b.id}`, sql`${d.id}`)
 */
export function jsonArray<T>(element: SQL<T>, from: SQL, orderBy: SQLWrapper): SQL<T[]> {
  return sql`coalesce((select json_agg(${element} order by ${orderBy}) ${from}), '[]'::json)`;
}
