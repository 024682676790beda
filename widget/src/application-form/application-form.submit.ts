// Submitting from the review step: the application read afresh on arriving, one idempotency key per
// visit (a retried submission is the same submission), one request however often the button is
// pressed, and a refusal's reasons shown as the missing list.
import type { ReactiveControllerHost } from 'lit';
import type { ApplicationView } from '../../../contract/applications.ts';
import { KutseApplicationSubmittedEvent } from '../events/application-submitted.ts';
import { newIdempotencyKey } from '../shared/applications-client.ts';
import { ApiProblem } from '../shared/problem.ts';
import type { FormContext } from './application-form.context.ts';
import type { DraftController } from './application-form.draft.ts';
import { problemText } from './application-form.failure.ts';

export interface SubmissionOptions extends FormContext {
  /** The draft submitted: its view, and the saves that must arrive first. */
  draft: DraftController;
}

/**
 * The review's submission, as the status tracker's Withdrawal is its withdrawal: state between
 * renders and one action, with no lifecycle of its own, so it only asks its host to render.
 */
export class Submission {
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #options: SubmissionOptions;
  #submitting = false;
  #submitted: ApplicationView | undefined;
  /** One per visit to the review step: a retried submission is the same submission. */
  #idempotencyKey: string | undefined;

  constructor(host: ReactiveControllerHost & EventTarget, options: SubmissionOptions) {
    this.#host = host;
    this.#options = options;
  }

  /** A submission is on its way. */
  get submitting(): boolean {
    return this.#submitting;
  }

  /** The application as submitted, once it is. */
  get submitted(): ApplicationView | undefined {
    return this.#submitted;
  }

  /** Arriving at the review: a new submission, and the application read again for it. */
  arrive(): void {
    this.#idempotencyKey = newIdempotencyKey();
    void this.#options.draft.reread();
  }

  async submit(): Promise<void> {
    const { draft } = this.#options;
    const api = this.#options.api();
    const application = draft.application;
    const s = this.#options.strings();
    // Checked and set before the first await: a double click sends one request.
    if (this.#submitting || !api || !application || !s) return;
    this.#submitting = true;
    this.#options.errors().delete('submit');
    this.#idempotencyKey ??= newIdempotencyKey();
    this.#host.requestUpdate();
    try {
      await draft.settled();
      const submitted = await api.submit(application.id, this.#idempotencyKey);
      draft.application = submitted;
      this.#submitted = submitted;
      this.#options.focus('confirmation-title');
      this.#host.dispatchEvent(
        new KutseApplicationSubmittedEvent({ id: submitted.id, state: submitted.state }),
      );
    } catch (error) {
      if (error instanceof ApiProblem && error.status === 422 && error.errors.length > 0) {
        // The API's reasons are the missing list as of now.
        draft.application = {
          ...application,
          missing: error.errors.map(({ field, detail }) => ({ field, detail })),
        };
        this.#options.focus('missing');
      } else if (!(error instanceof ApiProblem && error.status === 401 && this.#options.ownSignIn())) {
        const expired = error instanceof ApiProblem && error.status === 401;
        this.#options
          .errors()
          .set('submit', expired ? s.staff.expired : problemText(error, s.review.submitFailed));
        this.#options.focus('error-summary');
      }
    } finally {
      this.#submitting = false;
      this.#host.requestUpdate();
    }
  }
}
