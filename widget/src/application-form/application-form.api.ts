// The applicant's own application, through the page's session: start or resume a draft, save
// changes, upload and remove documents, submit. Plain fetch paths rather than the typed client:
// these routes need the bearer token, which only the session's authorizedFetch adds.
import type { ApplicationView, DocumentView, DraftPatch } from '../../../contract/applications.ts';
import type { Language } from '../shared/i18n.ts';
import type { Session } from '../shared/session.ts';
import { type UploadAnswer, uploadFile } from '../shared/upload.ts';

export type { ApplicationView, DocumentView, DraftPatch };

/** One field the API refused, with its sentence in the request's language. */
export interface FieldProblem {
  field: string;
  detail: string;
}

/** A refusal the form can show: the problem's own sentence, and the fields it names. */
export class ApplicationProblem extends Error {
  readonly status: number;
  readonly errors: FieldProblem[];
  readonly requestId: string | undefined;

  constructor(status: number, body: unknown) {
    const problem = (body ?? {}) as {
      detail?: unknown;
      title?: unknown;
      errors?: unknown;
      requestId?: unknown;
    };
    const text = typeof problem.detail === 'string' ? problem.detail : undefined;
    super(text ?? (typeof problem.title === 'string' ? problem.title : `HTTP ${status}`));
    this.name = 'ApplicationProblem';
    this.status = status;
    this.requestId = typeof problem.requestId === 'string' ? problem.requestId : undefined;
    this.errors = Array.isArray(problem.errors)
      ? problem.errors.flatMap((error: { field?: unknown; detail?: unknown }) =>
          typeof error?.field === 'string' && typeof error.detail === 'string'
            ? [{ field: error.field, detail: error.detail }]
            : [],
        )
      : [];
  }
}

const jsonHeaders = { 'content-type': 'application/json' };

/** The calls of one form: one body, one session, answers in one language. */
export class ApplicationsApi {
  readonly #session: Session;
  readonly #base: string;
  readonly #body: string;
  readonly #language: Language;

  constructor(session: Session, apiBase: string, body: string, language: Language) {
    this.#session = session;
    this.#base = apiBase.replace(/\/+$/, '');
    this.#body = body;
    this.#language = language;
  }

  #path(rest = '') {
    return `/bodies/${encodeURIComponent(this.#body)}/applications${rest}`;
  }

  async #call<T>(path: string, init: RequestInit = {}): Promise<{ status: number; body: T }> {
    const response = await this.#session.authorizedFetch(path, init);
    const body = response.status === 204 ? undefined : await response.json().catch(() => undefined);
    if (!response.ok) throw new ApplicationProblem(response.status, body);
    return { status: response.status, body: body as T };
  }

  /** My applications at this body, newest first. */
  async list(): Promise<ApplicationView[]> {
    const { body } = await this.#call<{ applications: ApplicationView[] }>(
      `${this.#path()}?lang=${this.#language}`,
    );
    return body.applications;
  }

  /** A new draft, or my existing draft of that kind (`resumed`). */
  async start(
    qualification: string,
    kind: string,
  ): Promise<{ application: ApplicationView; resumed: boolean }> {
    const { status, body } = await this.#call<ApplicationView>(`${this.#path()}?lang=${this.#language}`, {
      method: 'POST',
      headers: jsonHeaders,
      body: JSON.stringify({ qualification, kind }),
    });
    return { application: body, resumed: status === 200 };
  }

  async get(id: string): Promise<ApplicationView> {
    return (await this.#call<ApplicationView>(`${this.#path(`/${id}`)}?lang=${this.#language}`)).body;
  }

  async patch(id: string, patch: DraftPatch): Promise<ApplicationView> {
    const path = `${this.#path(`/${id}`)}?lang=${this.#language}`;
    return (
      await this.#call<ApplicationView>(path, {
        method: 'PATCH',
        headers: jsonHeaders,
        body: JSON.stringify(patch),
      })
    ).body;
  }

  async removeDocument(id: string, documentId: string): Promise<void> {
    await this.#call(`${this.#path(`/${id}/documents/${documentId}`)}?lang=${this.#language}`, {
      method: 'DELETE',
    });
  }

  /** The same key for every retry of one submission: the API then submits it once. */
  async submit(id: string, idempotencyKey: string): Promise<ApplicationView> {
    const path = `${this.#path(`/${id}/submit`)}?lang=${this.#language}`;
    return (
      await this.#call<ApplicationView>(path, {
        method: 'POST',
        headers: { 'idempotency-key': idempotencyKey },
      })
    ).body;
  }

  /**
   * Uploads a document of a type, replacing the earlier one. Throws `ApplicationProblem` for a
   * refusal (413, 415, 422), with each field's sentence.
   */
  async upload(
    id: string,
    type: string,
    file: File,
    facts: Record<string, string>,
    onProgress: (sent: number) => void,
  ): Promise<DocumentView> {
    const token = this.#session.token();
    if (!token) throw new ApplicationProblem(401, undefined);
    const query = new URLSearchParams({ name: file.name, ...facts, lang: this.#language });
    const url = `${this.#base}${this.#path(`/${id}/documents/${encodeURIComponent(type)}`)}?${query}`;
    const answer: UploadAnswer = await uploadFile({ url, file, token, onProgress });
    if (answer.status === 401) {
      // XHR goes around the session, which would have noticed: one authorized call lets it see the
      // token is dead and move to 'expired', so every element asks to sign in again.
      await this.#session.authorizedFetch(this.#path(`/${id}`)).catch(() => undefined);
    }
    if (answer.status < 200 || answer.status >= 300) throw new ApplicationProblem(answer.status, answer.body);
    return answer.body as DocumentView;
  }
}

/** A fresh idempotency key. */
export const newIdempotencyKey = (): string => crypto.randomUUID();

/**
 * What to tell the applicant about a failure: the refusal's own sentence, or the fallback when
 * there is none worth showing (signed out — the session says it —, a server error, the network).
 */
export const problemText = (error: unknown, fallback: string): string =>
  error instanceof ApplicationProblem && error.status !== 401 && error.status < 500
    ? error.message
    : fallback;
