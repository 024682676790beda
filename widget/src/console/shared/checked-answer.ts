// An API answer as the console's views read it: checked with the contract's schema when OK, thrown
// as the problem it carries (ApiProblem, shared/problem-reader.ts) when not. One place for the
// certificates', requests' and registry bodies' clients, which each had a copy.
import * as v from 'valibot';
import { problemOf } from '../../shared/problem-reader.ts';

/** @example const file = await checkedAnswer(await fetch(url), OwnerRequestFile); */
export async function checkedAnswer<S extends v.GenericSchema>(
  response: Response,
  schema: S,
): Promise<v.InferOutput<S>> {
  if (!response.ok) throw problemOf(response.status, await response.json().catch(() => undefined));
  return v.parse(schema, await response.json());
}
