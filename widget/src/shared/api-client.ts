// The typed client of Kutse's public API: Hono's `hc` over the API's own route types, so a change
// of contract in api/ fails the widget's type check instead of a user's page.
import { hc } from 'hono/client';
import type { AppType } from '../../../api/app.ts';
import type { QualificationDetail } from '../../../contract/catalogue.ts';
import type { Language } from './i18n.ts';
import { ApiProblem } from './problem.ts';

export type { QualificationDetail };
export { ApiProblem };
export type ApplicationKindInfo = QualificationDetail['kinds'][number];
export type ExamSessionInfo = QualificationDetail['examSessions'][number];
export type DocumentRequirement = ApplicationKindInfo['documents'][number];
export type Fee = ApplicationKindInfo['fees'][number];

/**
 * The API's origin by default: the API serves the widget's files at /widget/, so the origin this
 * module came from is the API's. An element's `api` attribute overrides it.
 */
export const defaultApiBase = (): string => new URL(import.meta.url).origin;

export interface QualificationRequest {
  apiBase: string;
  body: string;
  qualification: string;
  language: Language;
  /** How many upcoming exam sessions to list; the API's default when absent. */
  sessions?: number | undefined;
  signal?: AbortSignal | undefined;
}

/**
 * One qualification as the public sees it, in the requested language.
 * Throws `ApiProblem` on a non-OK answer and the browser's `TypeError` when the network fails.
 * @example await fetchQualification({ apiBase, body: 'etel', qualification: 'turvajuht-5', language: 'et' })
 */
export async function fetchQualification(request: QualificationRequest): Promise<QualificationDetail> {
  const { apiBase, body, qualification, language, sessions, signal } = request;
  const response = await hc<AppType>(apiBase).bodies[':body'].qualifications[':qualification'].$get(
    {
      param: { body, qualification },
      query: sessions ? { lang: language, sessions: String(sessions) } : { lang: language },
    },
    { init: signal ? { signal } : {} },
  );
  // The status alone: the element words 404 and 400 itself, and reading the problem's body with
  // the contract's schema (problem-reader.ts) would cost this page bytes of its 15 KB budget.
  if (!response.ok) throw new ApiProblem(response.status);
  return response.json();
}
