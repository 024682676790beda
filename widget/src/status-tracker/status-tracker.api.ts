// The applicant's own applications at one body, as the status tracker asks for them: every call with
// the page's bearer token (shared/session.ts) and in the reader's language. Plain fetch rather than
// the typed Hono client, which would add some 1.6 KB to an element that otherwise needs none of it.
import type { ApplicationView, DocumentView, MessageView } from '../../../contract/applications.ts';
import type { Language } from '../shared/i18n.ts';
import type { Session } from '../shared/session.ts';

export type { ApplicationView, DocumentView, MessageView };

/** What the API says about a failure (RFC 9457), as far as the tracker shows it. */
export interface Problem {
  title?: string;
  detail?: string;
  errors?: { in?: string; field?: string; detail?: string }[];
  requestId?: string;
}

/** A non-OK answer; `problem` is absent when something in between answered without problem+json. */
export class RequestFailed extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem?: Problem) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'RequestFailed';
    this.status = status;
    this.problem = problem;
  }
}

/** The list, or `unchanged` when the API answered 304 to our ETag. */
export type ListAnswer = { applications: ApplicationView[]; etag: string | undefined } | 'unchanged';

/** Upload progress in bytes. */
export type OnProgress = (loaded: number, total: number) => void;

const failure = async (response: Response) =>
  new RequestFailed(response.status, (await response.json().catch(() => undefined)) as Problem | undefined);

async function answer<T>(response: Response): Promise<T> {
  if (!response.ok) throw await failure(response);
  return (await response.json()) as T;
}

const jsonPost = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export class TrackerApi {
  readonly #session: Session;
  readonly #base: string;
  readonly #body: string;

  /** `base` is the API's URL as the session resolved it (for the upload, which cannot use fetch). */
  constructor(session: Session, base: string, body: string) {
    this.#session = session;
    this.#base = base;
    this.#body = body;
  }

  #path(rest: string, language: Language, query: Record<string, string> = {}) {
    const search = new URLSearchParams({ ...query, lang: language });
    return `/bodies/${encodeURIComponent(this.#body)}/applications${rest}?${search}`;
  }

  /** My applications, newest first; `unchanged` if they are as they were when `etag` was given. */
  async list(language: Language, etag?: string, signal?: AbortSignal): Promise<ListAnswer> {
    const headers: HeadersInit = etag ? { 'if-none-match': etag } : {};
    const response = await this.#session.authorizedFetch(this.#path('', language), {
      headers,
      ...(signal ? { signal } : {}),
    });
    if (response.status === 304) return 'unchanged';
    const { applications } = await answer<{ applications: ApplicationView[] }>(response);
    return { applications, etag: response.headers.get('etag') ?? undefined };
  }

  withdraw(id: string, reason: string, language: Language): Promise<ApplicationView> {
    const body = reason.trim() ? { reason: reason.trim() } : {};
    return this.#session
      .authorizedFetch(this.#path(`/${id}/withdraw`, language), jsonPost(body))
      .then(answer<ApplicationView>);
  }

  /** The conversation, oldest first. Reading it marks the body's messages read. */
  async messages(id: string, language: Language): Promise<MessageView[]> {
    const response = await this.#session.authorizedFetch(this.#path(`/${id}/messages`, language));
    return (await answer<{ messages: MessageView[] }>(response)).messages;
  }

  sendMessage(id: string, text: string, attachments: string[], language: Language): Promise<MessageView> {
    const body = attachments.length > 0 ? { text, attachments } : { text };
    return this.#session
      .authorizedFetch(this.#path(`/${id}/messages`, language), jsonPost(body))
      .then(answer<MessageView>);
  }

  /**
   * Uploads one file as it is (the request body, not multipart). XMLHttpRequest because fetch
   * still reports no upload progress, and a 10 MB file on a phone takes a while.
   */
  upload(id: string, file: File, language: Language, onProgress: OnProgress): Promise<DocumentView> {
    const path = this.#path(`/${id}/attachments`, language, { name: file.name });
    const token = this.#session.token();
    if (!token) return Promise.reject(new RequestFailed(401));
    return new Promise((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', `${this.#base}${path}`);
      xhr.setRequestHeader('authorization', `Bearer ${token}`);
      // The API sniffs the type from the content; this only describes it honestly.
      xhr.setRequestHeader('content-type', file.type || 'application/octet-stream');
      xhr.upload.onprogress = (event) =>
        onProgress(event.loaded, event.lengthComputable ? event.total : file.size);
      xhr.onload = () => {
        let parsed: unknown;
        try {
          parsed = JSON.parse(xhr.responseText);
        } catch {
          parsed = undefined;
        }
        if (xhr.status === 201 || xhr.status === 200) {
          resolve(parsed as DocumentView);
          return;
        }
        // authorizedFetch is the one place that ends the session on a 401: ask it to find out.
        if (xhr.status === 401) void this.list(language).catch(() => {});
        reject(new RequestFailed(xhr.status, parsed as Problem | undefined));
      };
      // What fetch would throw when the network is down.
      xhr.onerror = () => reject(new TypeError('Failed to upload'));
      xhr.send(file);
    });
  }

  /**
   * Saves a document under its own name. The download needs the bearer token, so a plain link
   * cannot do it: fetch it, then hand the browser an object URL through a temporary link.
   */
  async download(id: string, document: DocumentView, within: Node & ParentNode): Promise<void> {
    const response = await this.#session.authorizedFetch(
      `/bodies/${encodeURIComponent(this.#body)}/applications/${id}/documents/${document.id}`,
    );
    if (!response.ok) throw await failure(response);
    const url = URL.createObjectURL(await response.blob());
    const link = Object.assign(window.document.createElement('a'), {
      href: url,
      download: document.fileName,
      hidden: true,
    });
    within.append(link);
    link.click();
    link.remove();
    // The browser has taken the file by the time a task has passed; keeping the URL longer leaks it.
    setTimeout(() => URL.revokeObjectURL(url), 1_000);
  }
}
