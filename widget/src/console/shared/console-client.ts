// The console's calls to the API on its own origin: Hono's typed client (hc<AppType>) over the
// browser's cookie session, with the CSRF token on every state-changing call and the page's language
// on every call. Answers are checked with the contract's schemas; a non-OK answer throws ApiProblem
// (a stale version's 409: VersionConflictProblem, with what changed since).
import { hc } from 'hono/client';
import * as v from 'valibot';
import type { AppType } from '../../../../api/app.ts';
import { MessageView } from '../../../../contract/applications.ts';
import { QualificationDetail, QualificationSummary } from '../../../../contract/catalogue.ts';
import { Dashboard } from '../../../../contract/dashboard.ts';
import {
  ApplicationFile,
  ApplicationPage,
  BulkResult,
  EmailView,
  VersionConflict,
} from '../../../../contract/staff.ts';
import type { Language } from '../../shared/i18n.ts';
import { ApiProblem } from '../../shared/problem.ts';
import { problemOf } from '../../shared/problem-reader.ts';

export type { ApplicationFile, ApplicationPage, BulkResult, EmailView, MessageView, QualificationDetail };
export type ApplicationFileData = v.InferOutput<typeof ApplicationFile>;
export type ApplicationPageData = v.InferOutput<typeof ApplicationPage>;
export type BulkResultData = v.InferOutput<typeof BulkResult>;
export type EmailData = v.InferOutput<typeof EmailView>;
export type MessageData = v.InferOutput<typeof MessageView>;
export type QualificationData = v.InferOutput<typeof QualificationDetail>;
export type QualificationSummaryData = v.InferOutput<typeof QualificationSummary>;
export type VersionConflictData = v.InferOutput<typeof VersionConflict>;

/** The API's header for the CSRF token (api/access/identity.ts CSRF_HEADER). */
const CSRF_HEADER = 'x-csrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A 409 for an action on an old version: the application now, and the steps taken since. */
export class VersionConflictProblem extends ApiProblem {
  readonly conflict: VersionConflictData;
  constructor(problem: ApiProblem, conflict: VersionConflictData) {
    super(problem.status, problem.problem);
    this.name = 'VersionConflictProblem';
    this.conflict = conflict;
  }
}

/** The actions on one application, each a step of its life, with the body it sends. */
export type ApplicationAction =
  | { step: 'markFeeReceived'; version: number; waivedBecause?: string }
  | { step: 'acceptDocuments'; version: number }
  | { step: 'return'; version: number; reason: string }
  /** Without `session`: the one the applicant chose (a kind without an exam: none). */
  | { step: 'admit'; version: number; session?: number }
  | { step: 'moveSession'; version: number; session: number; reason: string }
  | { step: 'reject'; version: number; reason: string };

/** Each action's route under …/applications/:application/ (api/applications/staff-routes.ts). */
export const ACTION_PATHS: Record<ApplicationAction['step'], string> = {
  markFeeReceived: 'fee-received',
  acceptDocuments: 'documents-accepted',
  return: 'return',
  admit: 'admit',
  moveSession: 'move-session',
  reject: 'reject',
};

export type BulkActionBody =
  | { kind: 'markFeeReceived' }
  | { kind: 'admit'; session?: number }
  | { kind: 'message'; text: string };

/** Reads a non-OK answer: its problem, and for a stale version what the application is now. */
async function problemFrom(response: Response): Promise<ApiProblem> {
  const body: unknown = await response.json().catch(() => undefined);
  const problem = problemOf(response.status, body);
  if (response.status === 409) {
    const conflict = v.safeParse(VersionConflict, body);
    if (conflict.success) return new VersionConflictProblem(problem, conflict.output);
  }
  return problem;
}

async function answer<S extends v.GenericSchema>(response: Response, schema: S): Promise<v.InferOutput<S>> {
  if (!response.ok) throw await problemFrom(response);
  return v.parse(schema, await response.json());
}

export interface ConsoleClientOptions {
  csrfToken: string;
  language: Language;
  /** The API's origin: the page's own. */
  origin?: string;
}

/**
 * @example
 * const client = consoleClient({ csrfToken, language: 'et' });
 * const page = await client.list('etel', new URLSearchParams('state=submitted'));
 */
export function consoleClient({ csrfToken, language, origin = location.origin }: ConsoleClientOptions) {
  /** The session cookie goes along (same origin); a change carries the CSRF token; every call the language. */
  const send = (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(input instanceof Request ? input.url : String(input), origin);
    url.searchParams.set('lang', language);
    const headers = new Headers(init.headers);
    if (!SAFE_METHODS.has((init.method ?? 'GET').toUpperCase())) headers.set(CSRF_HEADER, csrfToken);
    return fetch(url, { ...init, headers, credentials: 'same-origin' });
  };
  const client = hc<AppType>(origin, { fetch: send });
  const staff = client.staff.bodies[':body'].applications;
  const applicationPath = (body: string, id: string, rest = '') =>
    `/staff/bodies/${encodeURIComponent(body)}/applications/${encodeURIComponent(id)}${rest}`;
  const postJson = (path: string, json: unknown) =>
    send(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });

  return {
    /** A page of the body's applications with the list's filters, sort and cursor. */
    async list(body: string, query: URLSearchParams, signal?: AbortSignal): Promise<ApplicationPageData> {
      const url = new URL(staff.$url({ param: { body }, query: {} }));
      for (const [key, value] of query) url.searchParams.append(key, value);
      return answer(await send(url, signal ? { signal } : {}), ApplicationPage);
    },

    /** The CSV of every application that matches `query` (no cursor, no page size). */
    exportHref(body: string, query: URLSearchParams): string {
      const search = new URLSearchParams(query);
      search.delete('after');
      search.delete('limit');
      search.set('lang', language);
      return `/staff/bodies/${encodeURIComponent(body)}/applications.csv?${search}`;
    },

    /** An application's page; the read is recorded in the audit trail. */
    async file(body: string, id: string, signal?: AbortSignal): Promise<ApplicationFileData> {
      return answer(await send(applicationPath(body, id), signal ? { signal } : {}), ApplicationFile);
    },

    /** Takes a step of the application's life on the version the page shows. */
    async act(body: string, id: string, action: ApplicationAction): Promise<ApplicationFileData> {
      const { step, ...json } = action;
      return answer(
        await postJson(applicationPath(body, id, `/${ACTION_PATHS[step]}`), json),
        ApplicationFile,
      );
    },

    /** One action on many applications: each done or refused on its own. */
    async bulk(body: string, ids: string[], action: BulkActionBody): Promise<BulkResultData> {
      return answer(
        await postJson(`/staff/bodies/${encodeURIComponent(body)}/bulk-actions`, { ids, action }),
        BulkResult,
      );
    },

    async messages(body: string, id: string): Promise<MessageData[]> {
      const response = await staff[':application'].messages.$get({ param: { body, application: id } });
      return (await answer(response as unknown as Response, v.object({ messages: v.array(MessageView) })))
        .messages;
    },

    async sendMessage(body: string, id: string, text: string): Promise<MessageData> {
      const response = await staff[':application'].messages.$post({
        param: { body, application: id },
        json: { text },
      });
      return answer(response as unknown as Response, MessageView);
    },

    /** The e-mails sent (or queued) about the application, with their state. */
    async emails(body: string, id: string): Promise<EmailData[]> {
      return (
        await answer(
          await send(applicationPath(body, id, '/emails')),
          v.object({ emails: v.array(EmailView) }),
        )
      ).emails;
    },

    /** A document's URL: `inline` to show it in the page, else to save it. */
    documentHref(body: string, id: string, document: string, inline: boolean): string {
      return `${applicationPath(body, id, `/documents/${encodeURIComponent(document)}`)}${inline ? '?inline=1' : ''}`;
    },

    /** The qualifications the body awards (the list's filter). */
    async qualifications(body: string): Promise<QualificationSummaryData[]> {
      const response = await client.bodies[':body'].qualifications.$get({
        param: { body },
        query: { lang: language },
      });
      return answer(response as unknown as Response, v.array(QualificationSummary));
    },

    /** A qualification with its kinds and upcoming exam sessions (admitting, moving, filtering). */
    async qualification(body: string, qualification: string): Promise<QualificationData> {
      const response = await client.bodies[':body'].qualifications[':qualification'].$get({
        param: { body, qualification },
        query: { lang: language, sessions: '50' },
      });
      return answer(response as unknown as Response, QualificationDetail);
    },

    /** The body's figures: applications by state and qualification, months, fees (no person's data). */
    async dashboard(body: string, signal?: AbortSignal): Promise<v.InferOutput<typeof Dashboard>> {
      const response = await client.staff.bodies[':body'].dashboard.$get(
        { param: { body } },
        signal ? { init: { signal } } : {},
      );
      return answer(response as unknown as Response, Dashboard);
    },

    /** Ends the console session. */
    async signOut(): Promise<void> {
      const response = await send('/auth/console/logout', { method: 'POST' });
      if (!response.ok) throw await problemFrom(response);
    },
  };
}

export type ConsoleClient = ReturnType<typeof consoleClient>;
