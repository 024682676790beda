// One sentence for a failed request: what did not work, then why as the API put it (it answers in
// the reader's language), or the network's part in it, and the code support finds the request by.
import { ApiProblem } from '../shared/problem.ts';
import type { StatusTrackerStrings as Strings } from './status-tracker.strings.ts';

export function failureText(error: unknown, headline: string, s: Strings): string {
  if (!(error instanceof ApiProblem)) return `${headline} ${s.offline}`;
  const { problem } = error;
  const why = error.errors[0]?.detail ?? problem?.detail ?? s.tryAgain;
  const code = problem?.requestId && error.status >= 500 ? ` ${s.supportCode(problem.requestId)}` : '';
  return `${headline} ${why}${code}`;
}
