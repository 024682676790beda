// Reads the API's problem+json answers into `ApiProblem`, checked with the contract's own schema
// (contract/problem.ts), for the calls of the applicant's client and the upload.
import * as v from 'valibot';
import { ProblemSchema } from '../../../contract/problem.ts';
import { ApiProblem } from './problem.ts';

/**
 * Every field is checked against the schema, but one that is missing does not throw the rest away:
 * something in between (a proxy, a CDN, an older API) may answer with less, and its `detail` is
 * still worth showing.
 */
const AsFarAsItHolds = v.partial(ProblemSchema);

/**
 * The `ApiProblem` of an answer's status and body (parsed JSON, or undefined).
 * @example problemOf(409, { title: 'Conflict', status: 409, detail: 'Already assessed.' }).message // 'Already assessed.'
 */
export function problemOf(status: number, body: unknown): ApiProblem {
  const parsed = v.safeParse(AsFarAsItHolds, body);
  return new ApiProblem(status, parsed.success ? parsed.output : undefined);
}

/** The `ApiProblem` of a non-OK fetch answer (its body is read). */
export async function problemFrom(response: Response): Promise<ApiProblem> {
  return problemOf(response.status, await response.json().catch(() => undefined));
}
