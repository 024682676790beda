// What the form says when a request failed and no field is to blame: the API's own sentence (it
// answers in the reader's language), or the form's fallback when there is none worth showing.
import { ApiProblem } from '../shared/problem.ts';

/**
 * The refusal's sentence, or `fallback` for a 401 (the session asks to sign in again), a server
 * error (its sentence helps nobody) and the network (no answer at all).
 */
export const problemText = (error: unknown, fallback: string): string =>
  error instanceof ApiProblem && error.status !== 401 && error.status < 500 ? error.message : fallback;
