// The shape of a wording table, shared by the API and the widget: domain code returns a code with
// its parameters (as a valibot issue carries its type and requirement), and a table says it in
// Estonian or English only where the answer or the screen is made.

export type Language = 'et' | 'en';

/** One language's sentences for an area: one function per code, of that code's parameters. */
export type Wording<Params> = { [Code in keyof Params]: (params: Params[Code]) => string };

/** An area's wording in every language; `satisfies Tables<Params>` keeps them all complete. */
export type Tables<Params> = Record<Language, Wording<Params>>;

/** A code with its parameters, e.g. `{ code: 'tooManyAttachments', params: { max: 20 } }`. */
export type Coded<Params> = { [Code in keyof Params]: { code: Code; params: Params[Code] } }[keyof Params];

/** A code that needs nothing more to be said. */
export type NoParams = Record<string, never>;

/**
 * Says a code in a language from an area's tables.
 * @example sayIn(tables, { code: 'tooManyAttachments', params: { max: 20 } }, 'en')
 */
export const sayIn = <Params>(tables: Tables<Params>, coded: Coded<Params>, language: Language): string =>
  (tables[language][coded.code] as (params: unknown) => string)(coded.params);
