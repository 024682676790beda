// The draft on the server and the answers it is made of. Every change goes as a patch, one after
// another, so that the last change is the one the server keeps; a text field once typing pauses
// (and at once when left); and whatever could not be sent (signed out, offline) goes in full after
// the next sign-in, so nothing the applicant typed is lost.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ApplicationView, DraftPatch } from '../../../contract/applications.ts';
import type { ApplicationKindInfo } from '../shared/api-client.ts';
import { ApiProblem } from '../shared/problem.ts';
import { contactErrors, invoiceDetails } from './application-form.checks.ts';
import type { FormContext } from './application-form.context.ts';
import { problemText } from './application-form.failure.ts';
import { type FormActions, type FormValues, fieldId, type Step } from './application-form.model.ts';

/** Text fields are saved this long after the last keystroke (and at once when left). */
const typingPause = 600;

const invoiceFields = ['payerName', 'registryCode', 'address', 'invoiceEmail'];

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

/** What the draft's actions change or save. */
export type DraftActions = Pick<
  FormActions,
  | 'chooseKind'
  | 'confirmPrerequisite'
  | 'typeContact'
  | 'saveContact'
  | 'chooseSession'
  | 'chooseRenews'
  | 'wantInvoice'
  | 'typeInvoice'
  | 'saveInvoice'
  | 'chooseDelivery'
  | 'consentToPublish'
>;

export interface DraftOptions extends FormContext {
  /** The qualification applied for. */
  qualification: () => string;
  /** The chosen kind's catalogue entry (its prerequisites). */
  kind: () => ApplicationKindInfo | undefined;
  /** Whether the applicant is on the sign-in step: only there is a new draft started. */
  atSignIn: () => boolean;
  /** A draft was taken up again: the element restores its documents and goes to what is missing. */
  resumed: (application: ApplicationView) => void;
  /** Starting was refused for the kind (e.g. it closed): the element goes back to choosing it. */
  kindRefused: (detail: string) => void;
  /** A submit is under way: its answer, not an older read, says what is missing. */
  submitting: () => boolean;
}

export class DraftController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: DraftOptions;
  /** What the applicant typed or chose: kept through every error. */
  values: FormValues = emptyValues();
  /** The draft as the server last answered it. */
  application: ApplicationView | undefined;
  #starting = false;
  #startError: string | undefined;
  /** Something could not be saved (signed out, offline): sent in full after the next sign-in. */
  #unsaved = false;
  /** Saves go one after another, so that the last change is the one the server keeps. */
  #saves: Promise<void> = Promise.resolve();
  #typingTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(host: ReactiveControllerHost, options: DraftOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.#typingTimer);
  }

  /** Why starting or resuming failed, if it did. */
  get startError(): string | undefined {
    return this.#startError;
  }

  /** Resolves once every change sent so far has its answer. */
  settled(): Promise<void> {
    return this.#saves;
  }

  /** The session is signed in (again): resume or start, or send what could not be saved. */
  signedIn(): void {
    if (!this.application) void this.startOrResume();
    else if (this.#unsaved) this.save(this.#fullPatch());
  }

  /**
   * Once signed in: continues this person's application of this qualification that the body
   * returned for completion (it is their turn on it), else their draft (the chosen kind's first),
   * else starts one of the chosen kind when the applicant has reached the sign-in step.
   */
  async startOrResume(): Promise<void> {
    const api = this.#options.api();
    if (!api || this.application || this.#starting) return;
    this.#starting = true;
    this.#startError = undefined;
    this.#host.requestUpdate();
    try {
      const qualification = this.#options.qualification();
      // Asked without an ETag, the list is never 'unchanged'.
      const list = await api.list();
      const mine = (list === 'unchanged' ? [] : list.applications).filter(
        (application) => application.qualification.slug === qualification,
      );
      const drafts = mine.filter((application) => application.state === 'draft');
      const draft =
        mine.find((application) => application.state === 'returned') ??
        drafts.find((application) => application.kind.slug === this.values.kind) ??
        drafts[0];
      if (draft) return this.#resume(draft);
      const kind = this.values.kind;
      if (!this.#options.atSignIn() || !kind) return;
      const { application, resumed } = await api.start(qualification, kind);
      if (resumed) return this.#resume(application);
      this.application = application;
      this.values.email = application.applicant.email ?? '';
      this.values.phone = application.applicant.phone ?? '';
      this.save({ confirmedPrerequisites: this.values.confirmed });
    } catch (error) {
      this.#startError = problemText(error, this.#options.strings()?.startFailed ?? '');
      const refusal = error instanceof ApiProblem && error.errors.find((e) => e.field === 'kind');
      if (refusal) this.#options.kindRefused(refusal.detail);
    } finally {
      this.#starting = false;
      this.#host.requestUpdate();
    }
  }

  /**
   * Restores every saved answer of a draft (or a returned application); prerequisites ticked before
   * signing in join the saved.
   */
  #resume(application: ApplicationView) {
    const ticked = application.kind.slug === this.values.kind ? this.values.confirmed : [];
    const saved = application.prerequisites.filter((p) => p.confirmed).map((p) => p.position);
    const confirmed = [...new Set([...saved, ...ticked])].sort((a, b) => a - b);
    const { applicant, invoice } = application;
    this.application = application;
    this.values = {
      kind: application.kind.slug,
      confirmed,
      email: applicant.email ?? '',
      phone: applicant.phone ?? '',
      examSession: application.examSession?.id ?? null,
      renews: application.renews,
      wantsInvoice: invoice !== null,
      invoice: {
        payerName: invoice?.payerName ?? '',
        registryCode: invoice?.registryCode ?? '',
        address: invoice?.address ?? '',
        invoiceEmail: invoice?.email ?? '',
      },
      delivery: application.delivery,
      publicConsent: application.publicConsent,
    };
    if (confirmed.length !== saved.length) this.save({ confirmedPrerequisites: confirmed });
    this.#options.resumed(application);
  }

  /** Sends a change of the draft, after any still on its way. Refusals are shown by their fields. */
  save(patch: DraftPatch): void {
    this.#saves = this.#saves.then(async () => {
      const api = this.#options.api();
      const id = this.application?.id;
      if (!api || !id) {
        this.#unsaved = true;
        return;
      }
      try {
        this.application = await api.patch(id, patch);
        this.#unsaved = false;
        const s = this.#options.strings();
        if (s) this.#options.announce(s.saved);
      } catch (error) {
        this.#unsaved = true;
        this.#showProblem(error);
      }
      this.#host.requestUpdate();
    });
  }

  /**
   * Reads the application again (after uploads, which answer with the document only, and on
   * arriving at the review), once the saves on their way are answered.
   */
  async reread(): Promise<void> {
    const api = this.#options.api();
    const id = this.application?.id;
    if (!api || !id) return;
    await this.#saves;
    const before = this.application;
    try {
      const read = await api.get(id);
      // Taken only if nothing newer came meanwhile: a submit refused while this read was on its
      // way (its missing list) or a save must not be overwritten by the older answer.
      if (this.application !== before || this.#options.submitting()) return;
      this.application = read;
      this.#host.requestUpdate();
    } catch {
      // The view on screen stays; the submit answer will say what is missing anyway.
    }
  }

  /** What leaving a step saves: its typed fields, when they are valid. */
  leave(step: Step): void {
    clearTimeout(this.#typingTimer);
    if (step === 'signIn') this.#saveContact(false);
    if (step === 'payment') this.#saveInvoice(false);
  }

  /** Everything the applicant has answered, as one patch (after signing in again). */
  #fullPatch(): DraftPatch {
    const { values, application } = this;
    const s = this.#options.strings();
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
    const { email, phone } = this.values;
    return { email: email.trim(), phone: phone.trim() || null };
  }

  /** A refusal's field errors go next to their fields; anything else is said once in the status line. */
  #showProblem(error: unknown) {
    const s = this.#options.strings();
    if (!s) return;
    if (error instanceof ApiProblem && error.status === 401) {
      if (!this.#options.ownSignIn()) this.#options.announce(s.staff.expired);
      return; // else the session says it
    }
    if (error instanceof ApiProblem && error.errors.length > 0) {
      const errors = this.#options.errors();
      for (const { field, detail } of error.errors) errors.set(fieldId(field), detail);
      return;
    }
    this.#options.announce(problemText(error, s.saveFailed));
  }

  /** Saves a text field's step once typing pauses. */
  #saveSoon(save: () => void) {
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(save, typingPause);
  }

  #saveContact(showErrors: boolean) {
    const s = this.#options.strings();
    if (!s || !this.application) return;
    const errors = contactErrors(this.values, s);
    this.#setFieldErrors(['email', 'phone'], errors, showErrors);
    if (errors.size === 0) this.save({ contact: this.#contact() });
  }

  #saveInvoice(showErrors: boolean) {
    const s = this.#options.strings();
    if (!s || !this.application) return;
    if (!this.values.wantsInvoice) return this.save({ invoice: null });
    const result = invoiceDetails(this.values, s);
    if ('errors' in result) return this.#setFieldErrors(invoiceFields, result.errors, showErrors);
    this.#setFieldErrors(invoiceFields, new Map(), showErrors);
    this.save({ invoice: result.details });
  }

  /** Clears the fields' errors that are fixed; shows new ones only when asked (on leaving a field). */
  #setFieldErrors(fields: string[], found: Map<string, string>, show: boolean) {
    const errors = this.#options.errors();
    for (const field of fields) {
      const error = found.get(field);
      if (!error) errors.delete(field);
      else if (show || errors.has(field)) errors.set(field, error);
    }
    this.#host.requestUpdate();
  }

  /** A choice that is saved at once: the value, its error cleared, the patch sent. */
  #choose(clear: string, patch: DraftPatch) {
    this.#options.errors().delete(clear);
    this.save(patch);
    this.#host.requestUpdate();
  }

  readonly actions: DraftActions = {
    chooseKind: (slug) => {
      this.values.kind = slug;
      this.#options.errors().delete('kind');
      this.#host.requestUpdate();
    },
    confirmPrerequisite: (position, confirmed) => {
      const others = this.values.confirmed.filter((p) => p !== position);
      this.values.confirmed = confirmed ? [...others, position].sort((a, b) => a - b) : others;
      if (this.values.confirmed.length === this.#options.kind()?.prerequisites.length)
        this.#options.errors().delete('prerequisites');
      if (this.application) this.save({ confirmedPrerequisites: this.values.confirmed });
      this.#host.requestUpdate();
    },
    typeContact: (field, value) => {
      this.values[field] = value;
      this.#saveSoon(() => this.#saveContact(false));
      const s = this.#options.strings();
      const errors = this.#options.errors();
      if (s && errors.has(field) && !contactErrors(this.values, s).has(field)) errors.delete(field);
      this.#host.requestUpdate();
    },
    saveContact: () => {
      clearTimeout(this.#typingTimer);
      this.#saveContact(true);
    },
    chooseSession: (id) => {
      this.values.examSession = id;
      this.#choose('examSession', { examSession: id });
    },
    chooseRenews: (number) => {
      this.values.renews = number;
      this.#choose('renews', { renews: number });
    },
    wantInvoice: (wanted) => {
      this.values.wantsInvoice = wanted;
      // Ticking only opens the fields; unticking means no invoice, which is saved at once.
      if (!wanted) {
        const errors = this.#options.errors();
        for (const field of invoiceFields) errors.delete(field);
        this.#saveInvoice(false);
      }
      this.#host.requestUpdate();
    },
    typeInvoice: (field, value) => {
      this.values.invoice = { ...this.values.invoice, [field]: value };
      this.#saveSoon(() => this.#saveInvoice(false));
      const s = this.#options.strings();
      const errors = this.#options.errors();
      if (s && errors.has(field)) {
        const result = invoiceDetails(this.values, s);
        if (!('errors' in result) || !result.errors.has(field)) errors.delete(field);
      }
      this.#host.requestUpdate();
    },
    saveInvoice: () => {
      clearTimeout(this.#typingTimer);
      this.#saveInvoice(true);
    },
    chooseDelivery: (slug) => {
      this.values.delivery = slug;
      this.#choose('delivery', { delivery: slug });
    },
    consentToPublish: (consent) => {
      this.values.publicConsent = consent;
      this.save({ publicConsent: consent });
      this.#host.requestUpdate();
    },
  };
}
