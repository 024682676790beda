// The documents of the draft, one block per document type: the facts typed for it, a file waiting
// or on its way (with its progress), and its errors. A file is checked in the browser first (its
// size, its first bytes, the document's rules), then uploaded after the saves on their way.
import type { ReactiveControllerHost } from 'lit';
import type { DocumentView } from '../../../contract/applications.ts';
import type { DocumentRequirement, QualificationDetail } from '../shared/api-client.ts';
import type { Language } from '../shared/i18n.ts';
import { ApiProblem } from '../shared/problem.ts';
import { documentErrors, documentFacts, examDayOf } from './application-form.checks.ts';
import type { FormContext } from './application-form.context.ts';
import type { DraftController } from './application-form.draft.ts';
import { problemText } from './application-form.failure.ts';
import {
  type DocumentField,
  type DocumentState,
  emptyDocument,
  type FormActions,
} from './application-form.model.ts';
import { uploadedOf } from './steps/documents.ts';

export type DocumentActions = Pick<
  FormActions,
  'typeDocumentFact' | 'pickFile' | 'uploadPending' | 'removeDocument'
>;

export interface DocumentsOptions extends FormContext {
  /** The catalogue page: "today" and the exam sessions, for the document rules. */
  catalogue: () => QualificationDetail | undefined;
  language: () => Language;
  /** The draft the documents belong to: its view, its saves, its re-read. */
  draft: DraftController;
}

const refusable: DocumentField[] = ['file', 'variant', 'issuedOn', 'coversFrom', 'coversUntil'];

/**
 * The documents step's state and what its buttons do. It has no lifecycle of its own to follow (an
 * upload under way ends by itself), so it only asks its host to render; Lit would call nothing.
 */
export class DocumentsController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DocumentsOptions;
  readonly #states = new Map<string, DocumentState>();

  constructor(host: ReactiveControllerHost, options: DocumentsOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** Each document type's block, by its slug, for the step templates. */
  get states(): ReadonlyMap<string, DocumentState> {
    return this.#states;
  }

  /** Every document's errors, keyed by the id of the input each belongs to. */
  errors(): [id: string, message: string][] {
    return [...this.#states].flatMap(([slug, state]) =>
      Object.entries(state.errors).flatMap(([field, message]) =>
        message ? [[`doc-${slug}-${field}`, message] as [string, string]] : [],
      ),
    );
  }

  /** Takes up the facts saved with a draft's documents. */
  restore(documents: readonly DocumentView[]): void {
    for (const document of documents) {
      if (!document.type) continue;
      this.#states.set(document.type, {
        ...emptyDocument(),
        variant: document.variant ?? '',
        issuedOn: document.issuedOn ?? '',
        coversFrom: document.coversFrom ?? '',
        coversUntil: document.coversUntil ?? '',
      });
    }
  }

  #state(slug: string): DocumentState {
    let state = this.#states.get(slug);
    if (!state) {
      state = emptyDocument();
      this.#states.set(slug, state);
    }
    return state;
  }

  async #upload(requirement: DocumentRequirement) {
    const { draft, announce } = this.#options;
    const state = this.#state(requirement.slug);
    const file = state.pending;
    const detail = this.#options.catalogue();
    const s = this.#options.strings();
    if (!file || !detail || !s || state.progress !== undefined) return;
    state.errors = await documentErrors(requirement, file, state, {
      today: detail.on,
      examDay: examDayOf(draft.values, detail, draft.application),
      language: this.#options.language(),
      s,
    });
    // A file that can never go (wrong type, too large) is dropped; one held back by a rule waits.
    if (state.errors.file) state.pending = undefined;
    const api = this.#options.api();
    const id = draft.application?.id;
    if (!api || !id) state.errors.file ??= s.signIn.expired;
    if (Object.keys(state.errors).length > 0 || !api || !id) {
      this.#host.requestUpdate();
      return;
    }
    state.progress = 0;
    this.#host.requestUpdate();
    try {
      await draft.settled();
      const facts = documentFacts(requirement, state);
      const uploaded = await api.uploadDocument(id, requirement.slug, file, facts, (sent) => {
        state.progress = sent;
        this.#host.requestUpdate();
      });
      state.pending = undefined;
      const application = draft.application;
      if (application)
        draft.application = {
          ...application,
          documents: [...application.documents.filter((d) => d.type !== requirement.slug), uploaded],
        };
      announce(s.documents.uploaded(uploaded.fileName));
      void draft.reread();
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 401)
        state.errors.file = this.#options.ownSignIn() ? s.signIn.expired : s.staff.expired;
      else if (error instanceof ApiProblem) {
        for (const problem of error.errors) {
          const field = refusable.find((f) => f === problem.field) ?? 'file';
          state.errors[field] ??= problem.detail;
        }
        if (error.errors.length === 0) state.errors.file = error.message;
        if (error.status === 413 || error.status === 415) state.pending = undefined;
      } else state.errors.file = s.documents.failed;
    } finally {
      state.progress = undefined;
      this.#host.requestUpdate();
    }
  }

  async #remove(slug: string) {
    const { draft } = this.#options;
    const api = this.#options.api();
    const application = draft.application;
    const document = uploadedOf({ application }, slug);
    const s = this.#options.strings();
    if (!api || !application || !document || !s) return;
    try {
      await api.removeDocument(application.id, document.id);
      draft.application = {
        ...application,
        documents: application.documents.filter((d) => d.id !== document.id),
      };
      this.#options.announce(s.documents.removed(document.fileName));
      // The Remove button is gone: the file input is where the applicant goes next.
      this.#options.focus(`doc-${slug}-file`);
      void draft.reread();
    } catch (error) {
      this.#state(slug).errors.file = problemText(error, s.saveFailed);
    }
    this.#host.requestUpdate();
  }

  readonly actions: DocumentActions = {
    typeDocumentFact: (slug, field, value) => {
      const state = this.#state(slug);
      state[field] = value;
      delete state.errors[field];
      this.#host.requestUpdate();
    },
    pickFile: (requirement, file) => {
      this.#state(requirement.slug).pending = file;
      void this.#upload(requirement);
    },
    uploadPending: (requirement) => void this.#upload(requirement),
    removeDocument: (slug) => void this.#remove(slug),
  };
}
