// <kutse-console-on-behalf>: staff apply for a person (the seed: people abroad, or without the
// skills to apply online). First the person, by personal code — found in the registry, or added
// with their name and contact —, then the qualification, and then the very form applicants fill in
// on a body's site, given a source in front of the on-behalf routes (on-behalf-client.ts): no
// sign-in step, the console's session stands. Once submitted, a link to the application's page.
import { Task } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { ApplicationSource } from '../../application-form/application-form.source.ts';
import type { KutseApplicationSubmittedEvent } from '../../events/application-submitted.ts';
import type { Language } from '../../shared/i18n.ts';
import { buttons } from '../../shared/styles/buttons.ts';
import { fields } from '../../shared/styles/fields.ts';
import { tokens } from '../../shared/tokens.ts';
import { type ConsoleBody, handles } from '../shared/boot.ts';
import type { QualificationSummaryData } from '../shared/console-client.ts';
import { failureOf } from '../shared/failure.ts';
import { applicationHref, ConsoleTitleEvent } from '../shared/route.ts';
import type { ConsoleStrings } from '../shared/strings.ts';
import { consoleStyles } from '../shared/styles.ts';
import {
  type DetailField,
  idOf,
  type PersonForm,
  renderPersonForm,
  renderPersonFound,
} from './on-behalf.person.ts';
import { type OnBehalfStrings, onBehalfStrings } from './on-behalf.strings.ts';
import { onBehalfStyles } from './on-behalf.styles.ts';
import { type OnBehalfClient, onBehalfClient } from './on-behalf-client.ts';
import { personalCodeError } from './personal-code-check.ts';

/** What the view needs of the console's client (shared/console-client.ts): the body's qualifications. */
export interface QualificationsSource {
  qualifications(body: string): Promise<QualificationSummaryData[]>;
}

type Found = Awaited<ReturnType<OnBehalfClient['findPerson']>>;

const emptyForm = (): PersonForm => ({
  personalCode: '',
  givenName: '',
  familyName: '',
  email: '',
  phone: '',
  needsName: false,
  errors: {},
  busy: false,
  failure: undefined,
});

export class KutseConsoleOnBehalf extends LitElement {
  static override properties = {
    client: { attribute: false },
    csrfToken: { attribute: false },
    strings: { attribute: false },
    language: { attribute: false },
    body: { attribute: false },
    origin: { attribute: false },
  };

  static override styles = [tokens, buttons, fields, consoleStyles, onBehalfStyles];

  declare client: QualificationsSource;
  declare csrfToken: string;
  declare strings: ConsoleStrings;
  declare language: Language;
  declare body: ConsoleBody;
  /** The API's origin: the page's own (a test's fake names another). */
  declare origin: string;

  #form: PersonForm = emptyForm();
  #found: Found | undefined;
  #source: ApplicationSource | undefined;
  /** The qualification whose form is open. */
  #opened: string | undefined;
  #submitted: string | undefined;
  /** What to focus after the next render, by id. */
  #focus: string | undefined;
  #status = '';

  constructor() {
    super();
    this.origin = location.origin;
  }

  readonly #qualifications = new Task(this, {
    task: async ([client, body]) => (client && body ? client.qualifications(body) : []),
    args: () => [this.client, this.body?.slug] as const,
  });

  get #t(): OnBehalfStrings {
    return onBehalfStrings[this.language ?? 'et'];
  }

  #api(): OnBehalfClient {
    return onBehalfClient({ csrfToken: this.csrfToken, language: this.language, origin: this.origin });
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('body') && this.body) {
      if (changed.get('body')) this.#reset();
      this.dispatchEvent(new ConsoleTitleEvent(`${this.#t.title}: ${this.body.name}`));
    }
    const target = this.#focus;
    if (!target) return;
    this.#focus = undefined;
    this.renderRoot.querySelector<HTMLElement>(`#${target}`)?.focus();
  }

  #reset(focus = 'personal-code') {
    this.#form = emptyForm();
    this.#found = undefined;
    this.#source = undefined;
    this.#opened = undefined;
    this.#submitted = undefined;
    this.#focus = focus;
    this.requestUpdate();
  }

  // ---- The person ----

  #type = (field: DetailField, value: string) => {
    this.#form[field] = value;
    // An error goes as soon as it is put right; a new one waits for leaving the field or sending.
    if (field === 'personalCode' && this.#form.errors.personalCode)
      this.#form.errors.personalCode = personalCodeError(value.trim(), this.#t);
    else if (this.#form.errors[field] && value.trim()) delete this.#form.errors[field];
    this.requestUpdate();
  };

  #leaveCode = () => {
    const code = this.#form.personalCode.trim();
    if (code) this.#form.errors.personalCode = personalCodeError(code, this.#t);
    this.requestUpdate();
  };

  #find = async (event: Event) => {
    event.preventDefault();
    const t = this.#t;
    const form = this.#form;
    if (form.busy) return;
    const personalCode = form.personalCode.trim();
    const errors: PersonForm['errors'] = { personalCode: personalCodeError(personalCode, t) };
    if (form.needsName) {
      if (!form.givenName.trim()) errors.givenName = t.nameRequired;
      if (!form.familyName.trim()) errors.familyName = t.nameRequired;
    }
    form.errors = errors;
    form.failure = undefined;
    const first = (['personalCode', 'givenName', 'familyName'] as const).find((f) => errors[f]);
    if (first) {
      this.#focus = idOf(first);
      this.requestUpdate();
      return;
    }
    form.busy = true;
    this.requestUpdate();
    try {
      const details = form.needsName
        ? {
            givenName: form.givenName.trim(),
            familyName: form.familyName.trim(),
            ...(form.email.trim() ? { email: form.email.trim() } : {}),
            ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
          }
        : {};
      this.#found = await this.#api().findPerson(this.body.slug, { personalCode, ...details });
      this.#source = this.#api().source(this.body.slug, this.#found.person.id);
      this.#status = `${this.#found.created ? t.added : t.found}: ${this.#nameOf(this.#found)}`;
      this.#focus = 'qualification';
    } catch (error) {
      const failure = failureOf(error);
      const named = Object.keys(failure.fields);
      if (!form.needsName && failure.status === 422 && named.includes('givenName')) {
        // Not in the registry: the API asks for the name, and staff add the person.
        form.needsName = true;
        this.#focus = 'given-name';
      } else if (named.length > 0) {
        form.errors = { ...failure.fields };
        const field = (['personalCode', 'givenName', 'familyName', 'email', 'phone'] as const).find(
          (f) => failure.fields[f],
        );
        this.#focus = idOf(field ?? 'personalCode');
      } else form.failure = `${t.findFailed} ${failure.message(this.strings)}`;
    } finally {
      form.busy = false;
      this.requestUpdate();
    }
  };

  #nameOf = (found: Found) => `${found.person.givenName} ${found.person.familyName}`;

  // ---- The application ----

  #open = (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = new FormData(event.target as HTMLFormElement).get('qualification');
    if (typeof chosen !== 'string' || !chosen) return;
    this.#opened = chosen;
    this.requestUpdate();
  };

  #onSubmitted = (event: KutseApplicationSubmittedEvent) => {
    this.#submitted = event.detail.id;
    this.#focus = 'submitted-title';
    this.requestUpdate();
  };

  // ---- Rendering ----

  override render() {
    const t = this.#t;
    if (!this.body || !this.strings) return nothing;
    return html`
      <h1 id="title" tabindex="-1">${t.title}</h1>
      <p class="intro">${t.intro}</p>
      <p class="visually-hidden" role="status">${this.#status}</p>
      ${
        !handles(this.body)
          ? html`<p class="note error">${t.notAllowed}</p>`
          : this.#submitted && this.#found
            ? this.#renderSubmitted(this.#submitted, this.#found)
            : html`${this.#renderPerson()} ${this.#found ? this.#renderApplication(this.#found) : nothing}`
      }
    `;
  }

  #renderPerson() {
    const t = this.#t;
    return html`<section class="card" aria-labelledby="person-title">
      <h2 id="person-title">${t.personStep}</h2>
      ${
        this.#found
          ? renderPersonFound(this.#found, t, () => this.#reset())
          : renderPersonForm(this.#form, t, this.language, {
              type: this.#type,
              leaveCode: this.#leaveCode,
              find: this.#find,
            })
      }
    </section>`;
  }

  #renderApplication(found: Found) {
    const t = this.#t;
    const open = (this.#qualifications.value ?? []).filter((q) => q.applicationsOpen);
    return html`<section class="card application" aria-labelledby="application-title">
      <h2 id="application-title">${t.applicationStep}</h2>
      ${this.#qualifications.render({
        pending: () => html`<p class="muted" role="status">…</p>`,
        error: () => html`<p class="note error" role="alert">${t.qualificationsFailed}</p>`,
        complete: () =>
          open.length === 0
            ? html`<p class="note">${t.noQualifications}</p>`
            : html`<form class="choose" @submit=${this.#open}>
                <div class="field">
                  <label for="qualification">${t.qualification}</label>
                  <select id="qualification" name="qualification">
                    ${open.map((q) => html`<option value=${q.slug} ?selected=${q.slug === this.#opened}>${q.name}</option>`)}
                  </select>
                </div>
                <button type="submit" class="secondary">${t.open}</button>
              </form>`,
      })}
      ${
        this.#opened && this.#source
          ? keyed(
              `${found.person.id}/${this.#opened}`,
              html`<kutse-application-form
                body=${this.body.slug}
                qualification=${this.#opened}
                lang=${this.language}
                api=${this.origin}
                .source=${this.#source}
                @kutse-application-submitted=${this.#onSubmitted}
              ></kutse-application-form>`,
            )
          : nothing
      }
    </section>`;
  }

  #renderSubmitted(id: string, found: Found) {
    const t = this.#t;
    return html`<section class="card" aria-labelledby="submitted-title">
      <h2 id="submitted-title" tabindex="-1">${t.submittedTitle}</h2>
      <p class="note success">${t.submitted(this.#nameOf(found))}</p>
      <p class="actions">
        <a class="button" href=${applicationHref(this.body.slug, id, this.language)}>${t.openApplication}</a>
        <button type="button" class="secondary" @click=${() => this.#reset()}>${t.another}</button>
      </p>
    </section>`;
  }
}
