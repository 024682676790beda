// The typed client of Kutse's public API: Hono's `hc` over the API's own route types, so a change
// of contract in api/ fails the widget's type check instead of a user's page.
import { hc } from 'hono/client';
import type { AppType } from '../../../api/app.ts';
import type { QualificationDetail } from '../../../contract/catalogue.ts';
import type { Language } from './i18n.ts';

export type { QualificationDetail };
export type ApplicationKindInfo = QualificationDetail['kinds'][number];
export type ExamSessionInfo = QualificationDetail['examSessions'][number];
export type DocumentRequirement = ApplicationKindInfo['documents'][number];
export type Fee = ApplicationKindInfo['fees'][number];

/**
 * The API's origin by default: the API serves the widget's files at /widget/, so the origin this
 * module came from is the API's. An element's `api` attribute overrides it.
 */
export const defaultApiBase = (): string => new URL(import.meta.url).origin;

/** A typed client for the API at `apiBase`. */
export const apiClient = (apiBase: string) => hc<AppType>(apiBase);

/** The RFC 9457 problem document the API answers failures with. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  /** Quote it to support: it finds the request in the API's log. */
  requestId?: string;
}

/** A non-OK answer from the API: 404 for an unknown body or qualification, 400 for a malformed one. */
export class ApiProblem extends Error {
  readonly status: number;
  /** Absent when something in between (a proxy, a CDN) answered without problem+json. */
  readonly problem: Problem | undefined;

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiProblem';
    this.status = status;
    this.problem = problem;
  }
}

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
  const response = await apiClient(apiBase).bodies[':body'].qualifications[':qualification'].$get(
    {
      param: { body, qualification },
      query: sessions ? { lang: language, sessions: String(sessions) } : { lang: language },
    },
    { init: signal ? { signal } : {} },
  );
  if (!response.ok) {
    // The routes declare only their success bodies (failures are thrown and formatted by onError),
    // so the client types json() as the success body: the problem's type is ours to state.
    const problem = (await response.json().catch(() => undefined)) as Problem | undefined;
    throw new ApiProblem(response.status, problem);
  }
  return response.json();
}
