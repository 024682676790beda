// <kutse-application-form>: applying for a qualification on the awarding body's own website, step
// by step, with the draft saved on the server as the applicant goes. This file holds the state and
// what the applicant's actions do; each step's template is in steps/, the API calls in .api.ts and
// the browser-side checks in .checks.ts. The tag is registered in define.ts.
import { initialState, Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { formatReference } from '../../../contract/payment-reference.ts';
import {
  type ApplicationKindInfo,
  type DocumentRequirement,
  defaultApiBase,
  fetchQualification,
  type QualificationDetail,
} from '../shared/api-client.ts';
import { formatDate } from '../shared/format.ts';
import { LanguageController, loadStrings } from '../shared/i18n.ts';
import { type Session, type SessionState, sessionFor } from '../shared/session.ts';
import { tokens } from '../shared/tokens.ts';
import {
  ApplicationProblem,
  ApplicationsApi,
  type ApplicationView,
  type DraftPatch,
  newIdempotencyKey,
} from './application-form.api.ts';
import {
  contactErrors,
  documentErrors,
  documentFacts,
  examDayOf,
  invoiceDetails,
  stepErrors,
} from './application-form.checks.ts';
import {
  type DocumentField,
  type DocumentState,
  emptyDocument,
  type FormActions,
  type FormValues,
  type FormView,
  fieldId,
  type InvoiceFields,
  type Step,
  stepOfField,
  stepsFor,
} from './application-form.model.ts';
import { type ApplicationFormStrings, strings } from './application-form.strings.ts';
import { styles } from './application-form.styles.ts';
import { renderCertificateStep } from './steps/certificate.ts';
import { renderDocumentsStep, uploadedOf } from './steps/documents.ts';
import { renderExamStep } from './steps/exam.ts';
import { renderKindStep } from './steps/kind.ts';
import { renderPaymentStep } from './steps/payment.ts';
import { renderPrerequisitesStep } from './steps/prerequisites.ts';
import { renderReviewStep } from './steps/review.ts';
import { renderSignInStep } from './steps/sign-in.ts';

type Strings = ApplicationFormStrings;

/** The detail of `kutse-application-submitted`. */
export interface ApplicationSubmittedDetail {
  id: string;
  state: string;
}

const stepTemplates: Record<Step, (view: FormView) => unknown> = {
  kind: renderKindStep,
  prerequisites: renderPrerequisitesStep,
  signIn: renderSignInStep,
  exam: renderExamStep,
  documents: renderDocumentsStep,
  payment: renderPaymentStep,
  certificate: renderCertificateStep,
  review: renderReviewStep,
};

/** Text fields are saved this long after the last keystroke (and at once when left). */
const typingPause = 600;

const emptyValues = (): FormValues => ({
  kind: undefined,
  confirmed: [],
  email: '',
  phone: '',
  examSession: null,
  renews: null,
  wantsInvoice: false,
  invoice: { payerName: '', registryCode: '', address: '', invoiceEmail: '' },
  delivery: null,
  publicConsent: false,
});

/**
 * A guided application for one qualification: the kind, prerequisites and fees, signing in, the exam
 * date, documents, payment, the certificate's delivery, and a review before submitting. The draft
 * is saved as the applicant goes, so a closed tab loses nothing: signing in again resumes it.
 * Speaks Estonian or English.
 *
 * @summary Applying for a qualification, step by step, with the draft saved as you go.
 * @tagname kutse-application-form
 *
 * @attr {string} body - The awarding body's identifier, e.g. `etel` (required).
 * @attr {string} qualification - The qualification's identifier, e.g. `turvajuht-5` (required).
 * @attr {string} api - The Kutse API's base URL; by default the origin the widget script came from.
 * @attr {'et' | 'en'} lang - The language; without it the closest ancestor's or the page's, else Estonian.
 *
 * @fires {CustomEvent<{ id: string; state: string }>} kutse-application-submitted - The application was submitted (bubbles, composed).
 *
 * @csspart base - The wrapper around everything the element shows.
 * @csspart title - The form's heading (the qualification's name).
 * @csspart status - The polite live region announcing saves, uploads and copies.
 * @csspart steps - The step indicator (an ordered list).
 * @csspart step - The section of the current step.
 * @csspart navigation - The Back and Next buttons.
 * @csspart error-summary - The list of errors at the top of a step.
 * @csspart confirmation - What is shown once the application is submitted.
 *
 * @cssproperty [--kutse-color-primary=#0b5394] - Buttons, links, the current step, focus rings.
 * @cssproperty [--kutse-color-text=#1b2530] - Body text.
 * @cssproperty [--kutse-color-muted=#56616d] - Hints and notes.
 * @cssproperty [--kutse-color-surface=#ffffff] - Background, the text of filled buttons.
 * @cssproperty [--kutse-color-border=#d3d9df] - Borders of fields, choices and tables.
 * @cssproperty [--kutse-color-success=#17743a] - Completed steps, "ready to submit", the confirmation.
 * @cssproperty [--kutse-color-danger=#b42318] - Errors.
 * @cssproperty [--kutse-radius=0.5rem] - Corner radius.
 * @cssproperty [--kutse-font-family=inherit] - Font; the host page's by default.
 * @cssproperty [--kutse-spacing=1rem] - The base spacing unit.
 */
export class KutseApplicationForm extends LitElement {
  static override properties = {
    body: {},
    qualification: {},
    api: {},
  };

  static override styles = [tokens, styles];

  /** The awarding body's identifier, e.g. `etel` (required). */
  declare body: string;
  /** The qualification's identifier, e.g. `turvajuht-5` (required). */
  declare qualification: string;
  /** The Kutse API's base URL; by default the origin the widget script came from. */
  declare api: string | undefined;

  readonly #language = new LanguageController(this);

  /** The catalogue page (kinds, fees, sessions, the body) and the words, in the reader's language. */
  readonly #catalogue = new Task(this, {
    task: async ([apiBase, body, qualification, language], { signal }) => {
      if (!body || !qualification) return initialState;
      const [detail, s] = await Promise.all([
        fetchQualification({ apiBase, body, qualification, language, signal }),
        loadStrings(strings, language),
      ]);
      return { detail, s };
    },
    args: () => [this.#apiBase, this.body, this.qualification, this.#language.value] as const,
  });

  #session: Session | undefined;
  #unsubscribe: (() => void) | undefined;

  #step: Step = 'kind';
  #values: FormValues = emptyValues();
  #documents = new Map<string, DocumentState>();
  #errors = new Map<string, string>();
  #application: ApplicationView | undefined;
  /** Something could not be saved (signed out, offline): sent in full after the next sign-in. */
  #unsaved = false;
  #starting = false;
  #startError: string | undefined;
  #announcement = '';
  #submitting = false;
  #submitted: ApplicationView | undefined;
  /** One per visit to the review step: a retried submission is the same submission. */
  #idempotencyKey: string | undefined;
  /** Saves go one after another, so that the last change is the one the server keeps. */
  #saves: Promise<void> = Promise.resolve();
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** What to focus after the next render: the step's heading, the error summary, or an element id. */
  #focus: string | undefined;

  constructor() {
    super();
    this.body = '';
    this.qualification = '';
  }

  get #apiBase(): string {
    return this.api || defaultApiBase();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#follow();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typingTimer);
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api')) this.#follow();
  }

  protected override updated(): void {
    const target = this.#focus;
    if (!target) return;
    const element = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
    if (!element) return;
    this.#focus = undefined;
    element.focus();
  }

  /** Follows the page's session with this API; someone already signed in goes straight on. */
  #follow() {
    if (!this.isConnected) return;
    const session = sessionFor(this.#apiBase, this.body);
    if (session === this.#session && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.#session = session;
    this.#unsubscribe = session.subscribe((state) => this.#onSession(state));
    if (session.state.status === 'signed-in') void this.#startOrResume();
  }

  #onSession(state: SessionState) {
    this.requestUpdate();
    if (state.status !== 'signed-in') return;
    if (this.#application) {
      if (this.#unsaved) this.#save(this.#fullPatch());
    } else void this.#startOrResume();
  }

  get #s(): Strings | undefined {
    return this.#catalogue.value?.s;
  }

  get #kind(): ApplicationKindInfo | undefined {
    return this.#catalogue.value?.detail.kinds.find((kind) => kind.slug === this.#values.kind);
  }

  #api(): ApplicationsApi | undefined {
    const session = this.#session;
    if (session?.state.status !== 'signed-in') return undefined;
    return new ApplicationsApi(session, this.#apiBase, this.body, this.#language.value);
  }

  #announce(text: string) {
    // The same sentence twice in a row is still news (a second save): clear it first.
    this.#announcement = '';
    this.requestUpdate();
    void this.updateComplete.then(() => {
      this.#announcement = text;
      this.requestUpdate();
    });
  }

  // ---- Starting and resuming ----

  /**
   * Once signed in: continues this person's draft of this qualification if there is one (at the
   * first step with something missing), else starts one of the chosen kind when the applicant has
   * reached the sign-in step.
   */
  async #startOrResume() {
    const api = this.#api();
    if (!api || this.#application || this.#starting) return;
    this.#starting = true;
    this.#startError = undefined;
    this.requestUpdate();
    try {
      const drafts = (await api.list()).filter(
        (application) =>
          application.qualification.slug === this.qualification && application.state === 'draft',
      );
      const draft = drafts.find((application) => application.kind.slug === this.#values.kind) ?? drafts[0];
      if (draft) return this.#resume(draft);
      const kind = this.#values.kind;
      if (this.#step !== 'signIn' || !kind) return;
      const { application, resumed } = await api.start(this.qualification, kind);
      if (resumed) return this.#resume(application);
      this.#application = application;
      this.#values.email = application.applicant.email ?? '';
      this.#values.phone = application.applicant.phone ?? '';
      this.#save({ confirmedPrerequisites: this.#values.confirmed });
    } catch (error) {
      this.#startError = this.#problemText(error, this.#s?.startFailed ?? '');
      if (error instanceof ApplicationProblem && error.errors.some((e) => e.field === 'kind')) {
        this.#goTo('kind', { save: false });
        this.#errors.set('kind', error.errors.find((e) => e.field === 'kind')?.detail ?? '');
      }
    } finally {
      this.#starting = false;
      this.requestUpdate();
    }
  }

  /** Restores every saved answer of a draft and goes to the first step still missing something. */
  #resume(application: ApplicationView) {
    const ticked = application.kind.slug === this.#values.kind ? this.#values.confirmed : [];
    const saved = application.prerequisites.filter((p) => p.confirmed).map((p) => p.position);
    const confirmed = [...new Set([...saved, ...ticked])].sort((a, b) => a - b);
    this.#application = application;
    this.#values = {
      kind: application.kind.slug,
      confirmed,
      email: application.applicant.email ?? '',
      phone: application.applicant.phone ?? '',
      examSession: application.examSession?.id ?? null,
      renews: application.renews,
      wantsInvoice: application.invoice !== null,
      invoice: {
        payerName: application.invoice?.payerName ?? '',
        registryCode: application.invoice?.registryCode ?? '',
        address: application.invoice?.address ?? '',
        invoiceEmail: application.invoice?.email ?? '',
      },
      delivery: application.delivery,
      publicConsent: application.publicConsent,
    };
    for (const document of application.documents) {
      if (!document.type) continue;
      this.#documents.set(document.type, {
        ...emptyDocument(),
        variant: document.variant ?? '',
        issuedOn: document.issuedOn ?? '',
        coversFrom: document.coversFrom ?? '',
        coversUntil: document.coversUntil ?? '',
      });
    }
    // Prerequisites ticked before signing in join the saved ones.
    if (confirmed.length !== saved.length) this.#save({ confirmedPrerequisites: confirmed });
    const s = this.#s;
    if (s) this.#announce(s.resumed);
    this.#goTo(this.#firstIncompleteStep(application), { save: false });
  }

  #firstIncompleteStep(application: ApplicationView): Step {
    const steps = stepsFor(this.#kind, application);
    const incomplete = new Set(application.missing.map((item) => stepOfField(item.field)));
    return steps.find((step) => incomplete.has(step)) ?? 'review';
  }

  // ---- Saving ----

  /** Everything the applicant has answered, as one patch (after signing in again). */
  #fullPatch(): DraftPatch {
    const values = this.#values;
    const application = this.#application;
    const s = this.#s;
    const patch: DraftPatch = {
      confirmedPrerequisites: values.confirmed,
      publicConsent: values.publicConsent,
    };
    if (s && contactErrors(values, s).size === 0) patch.contact = this.#contact();
    if (application?.needsExamSession) patch.examSession = values.examSession;
    if (application?.kind.kind === 'recertification') patch.renews = values.renews;
    if (values.delivery) patch.delivery = values.delivery;
    if (!values.wantsInvoice) patch.invoice = null;
    else if (s) {
      const invoice = invoiceDetails(values, s);
      if ('details' in invoice) patch.invoice = invoice.details;
    }
    return patch;
  }

  #contact() {
    const { email, phone } = this.#values;
    return { email: email.trim(), phone: phone.trim() || null };
  }

  /** Sends a change of the draft, after any still on its way. Refusals are shown by their fields. */
  #save(patch: DraftPatch) {
    this.#saves = this.#saves.then(async () => {
      const api = this.#api();
      const id = this.#application?.id;
      if (!api || !id) {
        this.#unsaved = true;
        return;
      }
      try {
        this.#application = await api.patch(id, patch);
        this.#unsaved = false;
        const s = this.#s;
        if (s) this.#announce(s.saved);
      } catch (error) {
        this.#unsaved = true;
        this.#showProblem(error);
      }
      this.requestUpdate();
    });
  }

  /** A refusal's field errors go next to their fields; anything else is said once in the status line. */
  #showProblem(error: unknown) {
    const s = this.#s;
    if (!s) return;
    if (error instanceof ApplicationProblem && error.status === 401) return; // the session says it
    if (error instanceof ApplicationProblem && error.errors.length > 0) {
      for (const { field, detail } of error.errors) this.#errors.set(fieldId(field), detail);
      return;
    }
    this.#announce(this.#problemText(error, s.saveFailed));
  }

  #problemText(error: unknown, fallback: string): string {
    return error instanceof ApplicationProblem && error.status !== 401 && error.status < 500
      ? error.message
      : fallback;
  }

  /** Saves a text field's step once typing pauses. */
  #saveSoon(save: () => void) {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(save, typingPause);
  }

  /** What leaving a step saves: its typed fields, when they are valid. */
  #saveStep(step: Step) {
    clearTimeout(this.#typingTimer);
    if (step === 'signIn') this.#saveContact(false);
    if (step === 'payment') this.#saveInvoice(false);
  }

  #saveContact(showErrors: boolean) {
    const s = this.#s;
    if (!s || !this.#application) return;
    const errors = contactErrors(this.#values, s);
    this.#setFieldErrors(['email', 'phone'], errors, showErrors);
    if (errors.size === 0) this.#save({ contact: this.#contact() });
  }

  #saveInvoice(showErrors: boolean) {
    const s = this.#s;
    if (!s || !this.#application) return;
    if (!this.#values.wantsInvoice) return this.#save({ invoice: null });
    const result = invoiceDetails(this.#values, s);
    const fields = ['payerName', 'registryCode', 'address', 'invoiceEmail'];
    if ('errors' in result) return this.#setFieldErrors(fields, result.errors, showErrors);
    this.#setFieldErrors(fields, new Map(), showErrors);
    this.#save({ invoice: result.details });
  }

  /** Clears the fields' errors that are fixed; shows new ones only when asked (on leaving a field). */
  #setFieldErrors(fields: string[], errors: Map<string, string>, show: boolean) {
    for (const field of fields) {
      const error = errors.get(field);
      if (!error) this.#errors.delete(field);
      else if (show || this.#errors.has(field)) this.#errors.set(field, error);
    }
    this.requestUpdate();
  }

  // ---- Moving between steps ----

  #steps(): Step[] {
    return stepsFor(this.#kind, this.#application);
  }

  #goTo(step: Step, { save = true } = {}) {
    if (save) this.#saveStep(this.#step);
    this.#step = step;
    this.#errors.clear();
    this.#focus = 'step-title';
    if (step === 'review') {
      this.#idempotencyKey = newIdempotencyKey();
      void this.#refresh();
    }
    if (step === 'signIn') void this.#startOrResume();
    this.requestUpdate();
  }

  /** Reads the application again (after uploads, which answer with the document only). */
  async #refresh() {
    const api = this.#api();
    const id = this.#application?.id;
    if (!api || !id) return;
    await this.#saves;
    const before = this.#application;
    try {
      const read = await api.get(id);
      // Taken only if nothing newer came meanwhile: a submit refused while this read was on its
      // way (its missing list) or a save must not be overwritten by the older answer.
      if (this.#application !== before || this.#submitting) return;
      this.#application = read;
      this.requestUpdate();
    } catch {
      // The view on screen stays; the submit answer will say what is missing anyway.
    }
  }

  #next = (event?: Event) => {
    event?.preventDefault();
    const detail = this.#catalogue.value?.detail;
    const s = this.#s;
    if (!detail || !s) return;
    const errors = stepErrors(this.#step, this.#values, {
      catalogue: detail,
      application: this.#application,
      s,
    });
    if (errors.size > 0) {
      this.#errors = errors;
      this.#focus = 'error-summary';
      this.requestUpdate();
      return;
    }
    const steps = this.#steps();
    const next = steps[steps.indexOf(this.#step) + 1];
    if (next) this.#goTo(next);
  };

  #back = () => {
    const steps = this.#steps();
    const previous = steps[steps.indexOf(this.#step) - 1];
    if (previous) this.#goTo(previous);
  };

  // ---- Documents ----

  #document(slug: string): DocumentState {
    let state = this.#documents.get(slug);
    if (!state) {
      state = emptyDocument();
      this.#documents.set(slug, state);
    }
    return state;
  }

  async #upload(requirement: DocumentRequirement) {
    const state = this.#document(requirement.slug);
    const file = state.pending;
    const detail = this.#catalogue.value?.detail;
    const s = this.#s;
    if (!file || !detail || !s || state.progress !== undefined) return;
    state.errors = await documentErrors(requirement, file, state, {
      today: detail.on,
      examDay: examDayOf(this.#values, detail, this.#application),
      language: this.#language.value,
      s,
    });
    // A file that can never go (wrong type, too large) is dropped; one held back by a rule waits.
    if (state.errors.file) state.pending = undefined;
    const api = this.#api();
    const id = this.#application?.id;
    if (!api || !id) state.errors.file ??= s.signIn.expired;
    if (Object.keys(state.errors).length > 0 || !api || !id) {
      this.requestUpdate();
      return;
    }
    state.progress = 0;
    this.requestUpdate();
    try {
      await this.#saves;
      const uploaded = await api.upload(
        id,
        requirement.slug,
        file,
        documentFacts(requirement, state),
        (sent) => {
          state.progress = sent;
          this.requestUpdate();
        },
      );
      state.pending = undefined;
      const application = this.#application;
      if (application)
        this.#application = {
          ...application,
          documents: [...application.documents.filter((d) => d.type !== requirement.slug), uploaded],
        };
      this.#announce(s.documents.uploaded(uploaded.fileName));
      void this.#refresh();
    } catch (error) {
      if (error instanceof ApplicationProblem && error.status === 401) state.errors.file = s.signIn.expired;
      else if (error instanceof ApplicationProblem) {
        const fields: DocumentField[] = ['file', 'variant', 'issuedOn', 'coversFrom', 'coversUntil'];
        for (const problem of error.errors) {
          const field = fields.find((f) => f === problem.field) ?? 'file';
          state.errors[field] ??= problem.detail;
        }
        if (error.errors.length === 0) state.errors.file = error.message;
        if (error.status === 413 || error.status === 415) state.pending = undefined;
      } else state.errors.file = s.documents.failed;
    } finally {
      state.progress = undefined;
      this.requestUpdate();
    }
  }

  async #removeDocument(slug: string) {
    const api = this.#api();
    const application = this.#application;
    const document = uploadedOf({ application }, slug);
    const s = this.#s;
    if (!api || !application || !document || !s) return;
    try {
      await api.removeDocument(application.id, document.id);
      this.#application = {
        ...application,
        documents: application.documents.filter((d) => d.id !== document.id),
      };
      this.#announce(s.documents.removed(document.fileName));
      // The Remove button is gone: the file input is where the applicant goes next.
      this.#focus = `doc-${slug}-file`;
      void this.#refresh();
    } catch (error) {
      this.#document(slug).errors.file = this.#problemText(error, s.saveFailed);
    }
    this.requestUpdate();
  }

  // ---- Submitting ----

  async #submit() {
    const api = this.#api();
    const application = this.#application;
    const s = this.#s;
    // Checked and set before the first await: a double click sends one request.
    if (this.#submitting || !api || !application || !s) return;
    this.#submitting = true;
    this.#errors.delete('submit');
    this.#idempotencyKey ??= newIdempotencyKey();
    this.requestUpdate();
    try {
      await this.#saves;
      const submitted = await api.submit(application.id, this.#idempotencyKey);
      this.#application = submitted;
      this.#submitted = submitted;
      this.#focus = 'confirmation-title';
      const detail: ApplicationSubmittedDetail = { id: submitted.id, state: submitted.state };
      this.dispatchEvent(
        new CustomEvent('kutse-application-submitted', { bubbles: true, composed: true, detail }),
      );
    } catch (error) {
      if (error instanceof ApplicationProblem && error.status === 422 && error.errors.length > 0) {
        // The API's reasons are the missing list as of now.
        this.#application = { ...application, missing: error.errors };
        this.#focus = 'missing';
      } else if (!(error instanceof ApplicationProblem && error.status === 401)) {
        this.#errors.set('submit', this.#problemText(error, s.review.submitFailed));
        this.#focus = 'error-summary';
      }
    } finally {
      this.#submitting = false;
      this.requestUpdate();
    }
  }

  // ---- What the steps can do ----

  readonly #actions: FormActions = {
    goTo: (step) => this.#goTo(step),
    chooseKind: (slug) => {
      this.#values.kind = slug;
      this.#errors.delete('kind');
      this.requestUpdate();
    },
    confirmPrerequisite: (position, confirmed) => {
      const others = this.#values.confirmed.filter((p) => p !== position);
      this.#values.confirmed = confirmed ? [...others, position].sort((a, b) => a - b) : others;
      if (this.#values.confirmed.length === this.#kind?.prerequisites.length)
        this.#errors.delete('prerequisites');
      if (this.#application) this.#save({ confirmedPrerequisites: this.#values.confirmed });
      this.requestUpdate();
    },
    // Synchronous to window.open: the click must still be "live" for the popup blocker.
    signIn: () => this.#session?.signIn({ body: this.body, language: this.#language.value }),
    typeContact: (field, value) => {
      this.#values[field] = value;
      this.#saveSoon(() => this.#saveContact(false));
      const s = this.#s;
      if (s && this.#errors.has(field) && !contactErrors(this.#values, s).has(field))
        this.#errors.delete(field);
      this.requestUpdate();
    },
    saveContact: () => {
      clearTimeout(this.#typingTimer);
      this.#saveContact(true);
    },
    chooseSession: (id) => {
      this.#values.examSession = id;
      this.#errors.delete('examSession');
      this.#save({ examSession: id });
      this.requestUpdate();
    },
    chooseRenews: (number) => {
      this.#values.renews = number;
      this.#errors.delete('renews');
      this.#save({ renews: number });
      this.requestUpdate();
    },
    typeDocumentFact: (slug, field, value) => {
      const state = this.#document(slug);
      state[field] = value;
      delete state.errors[field];
      this.requestUpdate();
    },
    pickFile: (requirement, file) => {
      const state = this.#document(requirement.slug);
      state.pending = file;
      void this.#upload(requirement);
    },
    uploadPending: (requirement) => void this.#upload(requirement),
    removeDocument: (slug) => void this.#removeDocument(slug),
    wantInvoice: (wanted) => {
      this.#values.wantsInvoice = wanted;
      // Ticking only opens the fields; unticking means no invoice, which is saved at once.
      if (!wanted) {
        for (const field of ['payerName', 'registryCode', 'address', 'invoiceEmail'])
          this.#errors.delete(field);
        this.#saveInvoice(false);
      }
      this.requestUpdate();
    },
    typeInvoice: (field: keyof InvoiceFields, value) => {
      this.#values.invoice = { ...this.#values.invoice, [field]: value };
      this.#saveSoon(() => this.#saveInvoice(false));
      const s = this.#s;
      if (s && this.#errors.has(field)) {
        const result = invoiceDetails(this.#values, s);
        if (!('errors' in result) || !result.errors.has(field)) this.#errors.delete(field);
      }
      this.requestUpdate();
    },
    saveInvoice: () => {
      clearTimeout(this.#typingTimer);
      this.#saveInvoice(true);
    },
    chooseDelivery: (slug) => {
      this.#values.delivery = slug;
      this.#errors.delete('delivery');
      this.#save({ delivery: slug });
      this.requestUpdate();
    },
    consentToPublish: (consent) => {
      this.#values.publicConsent = consent;
      this.#save({ publicConsent: consent });
      this.requestUpdate();
    },
    copy: (text, what) => {
      const s = this.#s;
      navigator.clipboard.writeText(text).then(
        () => s && this.#announce(s.payment.copied(what)),
        () => {
          // No clipboard (permissions, an old browser): the value is on screen to select by hand.
        },
      );
    },
    submit: () => void this.#submit(),
  };

  // ---- Rendering ----

  override render() {
    const language = this.#language.value;
    const loaded = this.#catalogue.value;
    if (!this.body || !this.qualification)
      return html`<div part="base" lang=${language}><p class="message error">${this.#fallback().misconfigured}</p></div>`;
    if (!loaded) {
      const failed = this.#catalogue.error !== undefined;
      const said = this.#fallback();
      return html`
        <div part="base" lang=${language} aria-busy=${failed ? 'false' : 'true'}>
          <p class=${failed ? 'message error' : 'loading'} role="status">${failed ? said.loadFailed : said.loading}</p>
          ${failed ? html`<button type="button" class="primary" @click=${() => this.#catalogue.run()}>${said.retry}</button>` : nothing}
        </div>
      `;
    }
    const { detail, s } = loaded;
    return html`
      <div part="base" lang=${detail.language}>
        <h2 part="title">${s.title(detail.qualification.name)}</h2>
        <p part="status" class="announcer" role="status">${this.#announcement}</p>
        ${this.#submitted ? this.#renderConfirmation(this.#submitted, s) : this.#renderForm(detail, s)}
      </div>
    `;
  }

  /**
   * The words for loading and misconfiguration, before the strings (and the catalogue) arrive:
   * Estonian, or English as soon as its chunk is in.
   */
  #fallback(): Strings {
    return this.#s ?? strings.et;
  }

  #renderForm(detail: QualificationDetail, s: Strings) {
    const open = detail.kinds.filter((kind) => kind.status === 'open');
    if (open.length === 0 && !this.#application) return this.#renderClosed(detail, s);
    const steps = this.#steps();
    const index = steps.indexOf(this.#step);
    const view = this.#view(detail, s);
    const session = this.#session?.state;
    const last = index === steps.length - 1;
    // Next on the sign-in step waits for the draft: there is nothing to go on with before it.
    const canGoOn = !last && (this.#step !== 'signIn' || this.#application !== undefined);
    return html`
      ${
        session?.status === 'expired' && this.#step !== 'signIn'
          ? html`<div class="message warning" role="alert">
            <p>${s.signIn.expired}</p>
            <button type="button" class="primary" data-action="sign-in" @click=${this.#actions.signIn}>
              ${s.signIn.again}
            </button>
          </div>`
          : nothing
      }
      <ol part="steps" class="steps" aria-label=${s.stepsLabel}>
        ${steps.map(
          (step, i) => html`<li
            class=${i < index ? 'done' : i === index ? 'current' : ''}
            aria-current=${i === index ? 'step' : 'false'}
          >
            <span class="number" aria-hidden="true">${i + 1}</span>
            <span class="name">${s.steps[step]}</span>
          </li>`,
        )}
      </ol>
      <form novalidate @submit=${this.#next}>
        <section part="step" class="step" aria-labelledby="step-title" data-step=${this.#step}>
          <h3 id="step-title" tabindex="-1">
            <span class="step-number">${s.stepOf(index + 1, steps.length)}</span>
            ${s.steps[this.#step]}
          </h3>
          ${this.#renderErrorSummary(s)}
          ${this.#startError ? html`<p class="message error">${this.#startError}</p>` : nothing}
          ${stepTemplates[this.#step](view)}
        </section>
        <div part="navigation" class="nav">
          ${
            index > 0
              ? html`<button type="button" class="secondary" data-action="back" @click=${this.#back}>${s.back}</button>`
              : nothing
          }
          ${canGoOn ? html`<button type="submit" class="primary" data-action="next">${s.next}</button>` : nothing}
        </div>
      </form>
    `;
  }

  #view(detail: QualificationDetail, s: Strings): FormView {
    return {
      s,
      language: detail.language,
      catalogue: detail,
      kind: this.#kind,
      application: this.#application,
      session: this.#session?.state ?? { status: 'signed-out' },
      values: this.#values,
      errors: this.#errors,
      documents: this.#documents,
      today: detail.on,
      submitting: this.#submitting,
      actions: this.#actions,
    };
  }

  /** Every error of the step, documents' included, each a link to its field. */
  #renderErrorSummary(s: Strings) {
    const errors: [id: string, message: string][] = [...this.#errors].filter(([id]) => id !== 'submit');
    for (const [slug, state] of this.#documents)
      for (const [field, message] of Object.entries(state.errors))
        if (message) errors.push([`doc-${slug}-${field}`, message]);
    const submitError = this.#errors.get('submit');
    if (errors.length === 0 && !submitError) return nothing;
    const focus = (event: Event, id: string) => {
      event.preventDefault();
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus();
    };
    return html`
      <div part="error-summary" class="error-summary" id="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
        <h4 id="error-summary-title">${s.errorSummary}</h4>
        <ul>
          ${submitError ? html`<li>${submitError}</li>` : nothing}
          ${errors.map(
            ([id, message]) =>
              html`<li><a href="#${id}" @click=${(event: Event) => focus(event, id)}>${message}</a></li>`,
          )}
        </ul>
      </div>
    `;
  }

  #renderClosed(detail: QualificationDetail, s: Strings) {
    const upcoming = detail.kinds
      .filter((kind) => kind.status === 'not_yet_open' && kind.openFrom)
      .map((kind) => kind.openFrom as string)
      .sort()[0];
    return html`
      <section class="closed" aria-labelledby="closed-title">
        <h3 id="closed-title">${s.closed.title}</h3>
        <p>${s.closed.text(detail.body.name)}</p>
        ${upcoming ? html`<p>${s.closed.opens(formatDate(upcoming, detail.language))}</p>` : nothing}
        <p>
          ${s.closed.contact}
          <a href="mailto:${detail.body.contactEmail}">${detail.body.contactEmail}</a>
        </p>
      </section>
    `;
  }

  #renderConfirmation(application: ApplicationView, s: Strings) {
    const language = this.#catalogue.value?.detail.language ?? 'et';
    return html`
      <section part="confirmation" class="confirmation" aria-labelledby="confirmation-title">
        <h3 id="confirmation-title" tabindex="-1">${s.submitted.title}</h3>
        <p>${application.qualification.name} · ${application.kind.title}</p>
        ${application.submittedAt ? html`<p>${s.submitted.when(formatDate(application.submittedAt, language))}</p>` : nothing}
        <p>${s.submitted.reference}: <strong>${formatReference(application.payment.reference)}</strong></p>
        <p>${s.submitted.next}</p>
      </section>
    `;
  }
}
