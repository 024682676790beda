// <kutse-application-form>: applying for a qualification on the awarding body's own website, step
// by step, with the draft saved on the server as the applicant goes. This file holds navigation and
// what is rendered; the draft and its saving are in .draft.ts, the documents in .documents.ts,
// submitting in .submit.ts, each step's template in steps/ and the browser-side checks in
// .checks.ts; the API is called through shared/applications-client.ts, or the `source` the console
// gives it (.source.ts). define.ts registers the tag.
import { initialState, Task } from '@lit/task';
import { html, LitElement, nothing } from 'lit';
import { Announcer } from '../shared/announcer.ts';
import {
  type ApplicationKindInfo,
  defaultApiBase,
  fetchQualification,
  type QualificationDetail,
} from '../shared/api-client.ts';
import { applicationsClient } from '../shared/applications-client.ts';
import { LanguageController, loadStrings } from '../shared/i18n.ts';
import type { SessionState } from '../shared/session.ts';
import { SessionController } from '../shared/session-controller.ts';
import { tokens } from '../shared/tokens.ts';
import { stepErrors } from './application-form.checks.ts';
import { copyText } from './application-form.clipboard.ts';
import { renderClosed } from './application-form.closed.ts';
import { renderConfirmation } from './application-form.confirmation.ts';
import type { FormContext } from './application-form.context.ts';
import { DocumentsController } from './application-form.documents.ts';
import { DraftController } from './application-form.draft.ts';
import { renderErrorSummary } from './application-form.error-summary.ts';
import {
  type FormActions,
  type FormView,
  firstIncompleteStep,
  type Step,
  stepsFor,
} from './application-form.model.ts';
import { renderReturned, returnReason } from './application-form.returned.ts';
import { type ApplicationSource, forStaff, STAFF_SESSION } from './application-form.source.ts';
import { renderStepList } from './application-form.step-list.ts';
import { type ApplicationFormStrings, strings } from './application-form.strings.ts';
import { styles } from './application-form.styles.ts';
import { Submission } from './application-form.submit.ts';
import { renderCertificateStep } from './steps/certificate.ts';
import { renderDocumentsStep } from './steps/documents.ts';
import { renderExamStep } from './steps/exam.ts';
import { renderKindStep } from './steps/kind.ts';
import { renderPaymentStep } from './steps/payment.ts';
import { renderPrerequisitesStep } from './steps/prerequisites.ts';
import { renderReviewStep } from './steps/review.ts';
import { renderSignInAgain, renderSignInStep } from './steps/sign-in.ts';

export type { ApplicationSubmittedDetail } from '../events/application-submitted.ts';

type Strings = ApplicationFormStrings;

/** A failed catalogue load is shown by render(), with its retry. */
const noop = () => {};

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
 * @fires {KutseApplicationSubmittedEvent} kutse-application-submitted - The application was submitted (bubbles, composed).
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
    source: { attribute: false },
  };

  static override styles = [tokens, styles];

  /** The awarding body's identifier, e.g. `etel` (required). */
  declare body: string;
  /** The qualification's identifier, e.g. `turvajuht-5` (required). */
  declare qualification: string;
  /** The Kutse API's base URL; by default the origin the widget script came from. */
  declare api: string | undefined;
  /** Staff applying for a person (the console): the calls go here, and there is no sign-in step. */
  declare source: ApplicationSource | undefined;

  readonly #language = new LanguageController(this);
  readonly #announcer = new Announcer(this);

  /** The page's sign-in with this API; someone already signed in goes straight on to the draft. */
  readonly #session = new SessionController(this, {
    api: () => this.api,
    body: () => this.body,
    followed: (session) => {
      if (session.state.status === 'signed-in') void this.#draft.startOrResume();
    },
    changed: (state) => {
      if (state.status === 'signed-in') this.#draft.signedIn();
    },
  });

  /** The catalogue page (kinds, fees, sessions, the body) and the words, in the reader's language. */
  readonly #catalogue = new Task(this, {
    task: async ([apiBase, body, qualification, language, staff], { signal }) => {
      if (!body || !qualification) return initialState;
      const [detail, s] = await Promise.all([
        fetchQualification({ apiBase, body, qualification, language, signal }),
        loadStrings(strings, language),
      ]);
      return { detail, s: staff ? forStaff(s) : s };
    },
    args: () => [this.#apiBase, this.body, this.qualification, this.#language.value, !!this.source] as const,
  });

  /** What the controllers below share with the element. */
  readonly #context: FormContext = {
    api: () => this.#api(),
    ownSignIn: () => !this.source,
    strings: () => this.#s,
    errors: () => this.#errors,
    announce: (text) => this.#announcer.announce(text),
    focus: (id) => {
      this.#focus = id;
    },
  };

  readonly #draft: DraftController = new DraftController(this, {
    ...this.#context,
    qualification: () => this.qualification,
    kind: () => this.#kind,
    atSignIn: () => this.#step === 'signIn',
    resumed: (application) => {
      this.#documents.restore(application.documents);
      // Said once the words are in: someone already signed in on the page resumes before they are.
      // A returned application is the body's request first, said as the notice at the top says it.
      void this.#catalogue.taskComplete.then(() => {
        const s = this.#s;
        if (s)
          this.#announcer.announce(
            application.state === 'returned' ? `${s.returned}. ${returnReason(application)}` : s.resumed,
          );
      }, noop);
      this.#goTo(firstIncompleteStep(this.#kind, application), { save: false });
    },
    kindRefused: (detail) => {
      this.#goTo('kind', { save: false });
      this.#errors.set('kind', detail);
    },
    submitting: () => this.#submission.submitting,
  });

  readonly #documents = new DocumentsController(this, {
    ...this.#context,
    catalogue: () => this.#catalogue.value?.detail,
    language: () => this.#language.value,
    draft: this.#draft,
  });

  readonly #submission = new Submission(this, { ...this.#context, draft: this.#draft });

  #step: Step = 'kind';
  #errors = new Map<string, string>();
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

  protected override updated(): void {
    const target = this.#focus;
    if (!target) return;
    const element = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(target)}`);
    if (!element) return;
    this.#focus = undefined;
    element.focus();
  }

  get #s(): Strings | undefined {
    return this.#catalogue.value?.s;
  }

  /** Staff in the console are signed in for as long as the console's session lasts. */
  get #sessionState(): SessionState {
    return this.source ? STAFF_SESSION : this.#session.state;
  }

  get #kind(): ApplicationKindInfo | undefined {
    return this.#catalogue.value?.detail.kinds.find((kind) => kind.slug === this.#draft.values.kind);
  }

  /** The console's source, else the applicant's client while someone is signed in. */
  #api(): ApplicationSource | undefined {
    if (this.source) return this.source;
    const session = this.#session.session;
    if (session?.state.status !== 'signed-in') return undefined;
    const language = () => this.#language.value;
    return applicationsClient({ session, apiBase: this.#apiBase, body: this.body, language });
  }

  // ---- Moving between steps ----

  #steps(): Step[] {
    return stepsFor(this.#kind, this.#draft.application);
  }

  #goTo(step: Step, { save = true } = {}) {
    if (save) this.#draft.leave(this.#step);
    this.#step = step;
    this.#errors.clear();
    this.#focus = 'step-title';
    if (step === 'review') this.#submission.arrive();
    if (step === 'signIn') void this.#draft.startOrResume();
    this.requestUpdate();
  }

  #next = (event?: Event) => {
    event?.preventDefault();
    const detail = this.#catalogue.value?.detail;
    const s = this.#s;
    if (!detail || !s) return;
    const application = this.#draft.application;
    const errors = stepErrors(this.#step, this.#draft.values, { catalogue: detail, application, s });
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

  /** What the steps can do: the draft's and the documents' actions, navigation, and the rest. */
  readonly #actions: FormActions = {
    ...this.#draft.actions,
    ...this.#documents.actions,
    goTo: (step) => this.#goTo(step),
    // Synchronous to window.open: the click must still be "live" for the popup blocker.
    signIn: () => this.#session.session?.signIn({ body: this.body, language: this.#language.value }),
    copy: (text, what) => {
      const s = this.#s;
      void copyText(text).then((copied) => copied && s && this.#announcer.announce(s.payment.copied(what)));
    },
    submit: () => void this.#submission.submit(),
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
    const submitted = this.#submission.submitted;
    return html`
      <div part="base" lang=${detail.language}>
        <h2 part="title">${s.title(detail.qualification.name)}</h2>
        <p part="status" class="announcer" role="status">${this.#announcer.text}</p>
        ${submitted ? renderConfirmation(submitted, s, detail.language) : this.#renderForm(detail, s)}
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
    if (open.length === 0 && !this.#draft.application) return renderClosed(detail, s);
    const steps = this.#steps();
    const index = steps.indexOf(this.#step);
    const view = this.#view(detail, s);
    const session = this.#sessionState;
    const last = index === steps.length - 1;
    // Next on the sign-in step waits for the draft: there is nothing to go on with before it.
    const canGoOn = !last && (this.#step !== 'signIn' || this.#draft.application !== undefined);
    return html`
      ${session?.status === 'expired' && this.#step !== 'signIn' ? renderSignInAgain(view) : nothing}
      ${renderReturned(this.#draft.application, s)}
      ${renderStepList(steps, index, s)}
      <form novalidate @submit=${this.#next}>
        <section part="step" class="step" aria-labelledby="step-title" data-step=${this.#step}>
          <h3 id="step-title" tabindex="-1">
            <span class="step-number">${s.stepOf(index + 1, steps.length)}</span>
            ${s.steps[this.#step]}
          </h3>
          ${this.#renderErrorSummary(s)}
          ${this.#draft.startError ? html`<p class="message error">${this.#draft.startError}</p>` : nothing}
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
      application: this.#draft.application,
      session: this.#sessionState,
      values: this.#draft.values,
      errors: this.#errors,
      documents: this.#documents.states,
      today: detail.on,
      submitting: this.#submission.submitting,
      actions: this.#actions,
    };
  }

  /** Every error of the step, documents' included, each a link to its field. */
  #renderErrorSummary(s: Strings) {
    const fields = [...this.#errors].filter(([id]) => id !== 'submit');
    return renderErrorSummary([...fields, ...this.#documents.errors()], this.#errors.get('submit'), s, (id) =>
      this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`)?.focus(),
    );
  }
}
