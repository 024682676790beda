// What went wrong with a call, in the words a person can act on: the API's refusal (its fields'
// sentences, already in the page's language), an ended session, no network, an unexpected answer.
import { html, nothing } from 'lit';
import { ApiProblem } from '../../shared/problem.ts';
import type { ConsoleStrings } from './strings.ts';

export interface Failure {
  status: number | undefined;
  /** Each refused field's sentence, by its name (`submittedFrom`, `reason`). */
  fields: Record<string, string>;
  message: (strings: ConsoleStrings) => string;
}

/** The field a problem's error names: `reason` of `/reason` or `reason`. */
const fieldName = (field: string) => field.replace(/^\//, '').split(/[./]/)[0] ?? field;

export function failureOf(error: unknown): Failure {
  if (error instanceof ApiProblem) {
    const fields = Object.fromEntries(error.errors.map((e) => [fieldName(e.field), e.detail]));
    return {
      status: error.status,
      fields,
      message: (t) =>
        error.status === 401
          ? t.expired
          : error.status === 403
            ? t.forbidden
            : (error.problem?.detail ?? error.problem?.title ?? error.message),
    };
  }
  if (error instanceof TypeError) return { status: undefined, fields: {}, message: (t) => t.offline };
  // A schema's refusal of an answer (ValiError), or anything else unforeseen.
  return { status: undefined, fields: {}, message: (t) => t.badAnswer };
}

/** A failure as a note: what failed, why, and what to do (retry, or sign in again). */
export function renderFailure(
  t: ConsoleStrings,
  failure: Failure,
  retry: () => void,
  what: string,
  fieldsWhat: string,
) {
  const fieldErrors = Object.entries(failure.fields);
  return html`<div class="note error" role="alert">
    <p><strong>${fieldErrors.length ? fieldsWhat : what}</strong> ${fieldErrors.length ? nothing : failure.message(t)}</p>
    ${
      fieldErrors.length
        ? html`<ul>
          ${fieldErrors.map(([, detail]) => html`<li>${detail}</li>`)}
        </ul>`
        : nothing
    }
    ${
      failure.status === 401
        ? html`<p><a href=${`/auth/console/login?return=${encodeURIComponent(location.pathname + location.search)}`} data-reload
          >${t.signInAgain}</a
        ></p>`
        : failure.status === undefined
          ? html`<p><button type="button" class="secondary small" @click=${retry}>${t.retry}</button></p>`
          : nothing
    }
  </div>`;
}
