// The one error every widget call throws for a non-OK answer from the API, whatever the route or
// the transport (fetch, or the upload's XMLHttpRequest). A network failure stays the browser's
// TypeError, so "the API said no" and "the API could not be reached" are told apart by type.
// Reading a problem document with the contract's schema is problem-reader.ts's job, apart from
// this class: the catalogue's page needs only the status, and the schema's parser would cost it
// bytes of its 15 KB budget.
import type { InferOutput } from 'valibot';
import type { FieldError, ProblemSchema } from '../../../contract/problem.ts';

export type { FieldError };

/**
 * The RFC 9457 problem the API answers failures with (contract/problem.ts), as far as it held:
 * something in between (a proxy, a CDN) may answer with less.
 */
export type Problem = Partial<InferOutput<typeof ProblemSchema>>;

/**
 * A non-OK answer: 404 for an unknown body or application, 401 when the sign-in is over, 409 for a
 * change the application's state no longer allows, 413/415/422 for a refused upload or submission.
 */
export class ApiProblem extends Error {
  readonly status: number;
  /**
   * Absent when the answer was no problem document (an HTML error page, no body) or not read. Its
   * `requestId`, quoted to support, finds the request in the API's log.
   */
  readonly problem: Problem | undefined;
  /**
   * The fields the API refused, each with its sentence in the language asked for; for a refused
   * submission (422), everything the application still lacks.
   */
  readonly errors: FieldError[];

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.problem = problem;
    this.errors = problem?.errors ?? [];
  }
}
