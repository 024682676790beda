// The applicant's own applications at one awarding body, for every element that shows or changes
// them (the form, the status tracker): one client over Hono's `hc`, typed by the API's own routes
// (AppType), each call through the page's session (its `authorizedFetch` adds the bearer token and
// ends the session on a 401) and in the reader's language. A non-OK answer throws `ApiProblem`,
// read with the contract's problem schema; a network failure stays the browser's TypeError.
import { hc } from 'hono/client';
import type { AppType } from '../../../api/app.ts';
import type {
  ApplicationView,
  DocumentView,
  DraftPatch,
  MessageView,
} from '../../../contract/applications.ts';
import { defaultApiBase } from './api-client.ts';
import type { Language } from './i18n.ts';
import { problemFrom } from './problem-reader.ts';
import type { Session } from './session.ts';
import { upload } from './upload.ts';

export type { ApplicationView, DocumentView, DraftPatch, MessageView };

export interface ApplicationsClientOptions {
  session: Session;
  /** The API's base URL, as the session was asked for it (an element's `api`); the script's origin when empty. */
  apiBase?: string | undefined;
  /** The awarding body's slug. */
  body: string;
  /** The language the API words its answers in, read at each call: a page may switch language. */
  language: () => Language;
}

/** The list, or `unchanged` when the API answered 304 to the ETag given. */
export type ListAnswer = { applications: ApplicationView[]; etag: string | undefined } | 'unchanged';

/** Upload progress: the share sent so far, 0–1. */
export type OnProgress = (sent: number) => void;

/** What `throwUnlessOk` needs of an answer: hc's typed responses and fetch's both qualify. */
interface Answer<T> {
  ok: boolean;
  json(): Promise<T>;
}

async function throwUnlessOk<T>(answer: Answer<T>): Promise<T> {
  if (!answer.ok) throw await problemFrom(answer as unknown as Response);
  return answer.json();
}

/**
 * The calls on my applications at `body`. Nothing is cached: make one per element, or per call.
 * @example
 * const client = applicationsClient({ session, apiBase: el.api, body: 'etel', language: () => 'et' });
 * const answer = await client.list();
 */
export function applicationsClient({ session, apiBase, body, language }: ApplicationsClientOptions) {
  const base = (apiBase || defaultApiBase()).replace(/\/+$/, '');
  /** `?lang=` on every call: the routes do not declare it (the API reads it before any route). */
  const inLanguage = (url: URL | string) => {
    const withLanguage = new URL(url);
    withLanguage.searchParams.set('lang', language());
    return withLanguage;
  };
  const client = hc<AppType>(base, {
    fetch: (input: RequestInfo | URL, init?: RequestInit) =>
      session.authorizedFetch(inLanguage(input instanceof Request ? input.url : input), init),
  });
  const applications = client.bodies[':body'].applications;
  const one = applications[':application'];
  const param = (application: string) => ({ param: { body, application } });

  return {
    /** My applications, newest first; `unchanged` if they are as they were when `etag` was given. */
    async list({
      etag,
      signal,
    }: {
      etag?: string | undefined;
      signal?: AbortSignal | undefined;
    } = {}): Promise<ListAnswer> {
      const response = await applications.$get(
        { param: { body } },
        { headers: etag ? { 'if-none-match': etag } : {}, init: signal ? { signal } : {} },
      );
      if (response.status === 304) return 'unchanged';
      // The route sends the list as a string it has hashed for the ETag (c.body), so hc cannot type
      // its JSON: the contract's ApplicationView is stated here instead.
      const list = await throwUnlessOk(response as Answer<{ applications: ApplicationView[] }>);
      return { applications: list.applications, etag: response.headers.get('etag') ?? undefined };
    },

    /** A new draft of `kind`, or my draft of it already begun (`resumed`). */
    async start(
      qualification: string,
      kind: string,
    ): Promise<{ application: ApplicationView; resumed: boolean }> {
      const response = await applications.$post({ param: { body }, json: { qualification, kind } });
      return { application: await throwUnlessOk(response), resumed: response.status === 200 };
    },

    async get(id: string): Promise<ApplicationView> {
      return throwUnlessOk(await one.$get(param(id)));
    },

    /** Saves the fields given; the answer is the application as it now stands. */
    async patch(id: string, patch: DraftPatch): Promise<ApplicationView> {
      return throwUnlessOk(await one.$patch({ ...param(id), json: patch }));
    },

    /** Submits; the same `idempotencyKey` for every retry of one submission submits it once. */
    async submit(id: string, idempotencyKey: string): Promise<ApplicationView> {
      const response = await one.submit.$post(param(id), { headers: { 'idempotency-key': idempotencyKey } });
      return throwUnlessOk(response);
    },

    /** Withdraws the application, with the applicant's reason when one was given. */
    async withdraw(id: string, reason: string): Promise<ApplicationView> {
      const json = reason.trim() ? { reason: reason.trim() } : {};
      return throwUnlessOk(await one.withdraw.$post({ ...param(id), json }));
    },

    /** Removes a document of my draft, or a file not yet sent with a message. */
    async removeDocument(id: string, document: string): Promise<void> {
      const response = await one.documents[':document'].$delete({
        param: { body, application: id, document },
      });
      if (!response.ok) throw await problemFrom(response as unknown as Response);
    },

    /** The file of a document, to save under its own name. */
    async download(id: string, document: string): Promise<Blob> {
      const response = await one.documents[':document'].$get({ param: { body, application: id, document } });
      if (!response.ok) throw await problemFrom(response as unknown as Response);
      return response.blob();
    },

    /** The conversation, oldest first. Reading it marks the body's messages read. */
    async messages(id: string): Promise<MessageView[]> {
      return (await throwUnlessOk(await one.messages.$get(param(id)))).messages;
    },

    /** Sends a message, with the ids of files uploaded for it by `uploadAttachment`. */
    async sendMessage(id: string, text: string, attachments: string[]): Promise<MessageView> {
      const json = attachments.length > 0 ? { text, attachments } : { text };
      return throwUnlessOk(await one.messages.$post({ ...param(id), json }));
    },

    /**
     * Uploads the document of a type (replacing the earlier one), with the facts its rules ask for
     * (issue date, period covered, variant) in the query. Rejects with `ApiProblem` for a refusal
     * (413, 415, 422 with each field's sentence).
     */
    uploadDocument(
      id: string,
      type: string,
      file: File,
      facts: Record<string, string>,
      onProgress?: OnProgress,
    ): Promise<DocumentView> {
      const url = one.documents[':type'].$url({
        param: { body, application: id, type },
        query: { ...facts, name: file.name },
      });
      return upload<DocumentView>({ method: 'PUT', url: inLanguage(url), file, session, onProgress });
    },

    /** Uploads a file to attach to my next message. */
    uploadAttachment(id: string, file: File, onProgress?: OnProgress): Promise<DocumentView> {
      const url = one.attachments.$url({ ...param(id), query: { name: file.name } });
      return upload<DocumentView>({ method: 'POST', url: inLanguage(url), file, session, onProgress });
    },
  };
}

export type ApplicationsClient = ReturnType<typeof applicationsClient>;

/** A fresh idempotency key, for one submission and its retries. */
export const newIdempotencyKey = (): string => crypto.randomUUID();
