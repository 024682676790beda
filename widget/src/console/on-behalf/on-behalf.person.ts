// The view's first part: the person's personal code (and, for someone the registry does not have
// yet, their name and contact), or the person found, with a way to choose another.
import { html, nothing } from 'lit';
import { personalCodeBirthDate } from '../../../../contract/personal-code.ts';
import { textField } from '../../application-form/application-form.fields.ts';
import { formatDate } from '../../shared/format.ts';
import type { Language } from '../../shared/i18n.ts';
import type { OnBehalfStrings } from './on-behalf.strings.ts';

export type DetailField = 'personalCode' | 'givenName' | 'familyName' | 'email' | 'phone';

/** What staff typed, kept through every error, and what is wrong with it. */
export interface PersonForm extends Record<DetailField, string> {
  /** The registry has no one with the code: the name (and contact) are asked for. */
  needsName: boolean;
  errors: Partial<Record<DetailField, string | undefined>>;
  busy: boolean;
  /** Why finding failed, when no field is to blame. */
  failure: string | undefined;
}

/** The id of a person field's input. */
export const idOf = (field: DetailField) =>
  ({
    personalCode: 'personal-code',
    givenName: 'given-name',
    familyName: 'family-name',
    email: 'email',
    phone: 'phone',
  })[field];

export interface PersonActions {
  type: (field: DetailField, value: string) => void;
  leaveCode: () => void;
  find: (event: Event) => void;
}

export function renderPersonForm(
  form: PersonForm,
  t: OnBehalfStrings,
  language: Language,
  on: PersonActions,
) {
  const field = (name: DetailField, label: string, more: { type?: 'email' | 'tel'; hint?: string } = {}) =>
    textField({
      id: idOf(name),
      name,
      label,
      value: form[name],
      error: form.errors[name],
      ...more,
      onInput: (value) => on.type(name, value),
      ...(name === 'personalCode' ? { onBlur: on.leaveCode, inputmode: 'numeric', autocomplete: 'off' } : {}),
    });
  const born = personalCodeBirthDate(form.personalCode.trim());
  return html`<form class="person" novalidate @submit=${on.find}>
    ${field('personalCode', t.personalCode, { hint: t.personalCodeHint })}
    ${
      form.needsName
        ? html`<p class="note" id="new-person">${t.newPerson}</p>
          ${born ? html`<p><span class="muted">${t.dateOfBirth}:</span> ${formatDate(born, language)}</p>` : nothing}
          ${field('givenName', t.givenName)} ${field('familyName', t.familyName)}
          ${field('email', `${t.email} (${t.optional})`, { type: 'email' })}
          ${field('phone', `${t.phone} (${t.optional})`, { type: 'tel' })}`
        : nothing
    }
    ${form.failure ? html`<p class="note error" role="alert">${form.failure}</p>` : nothing}
    <p>
      <button type="submit" class="primary" ?disabled=${form.busy} data-action="find">
        ${form.busy ? t.finding : form.needsName ? t.add : t.find}
      </button>
    </p>
  </form>`;
}

/** The person staff apply for: name and code, whether the registry had them, another person. */
export function renderPersonFound(
  found: {
    person: { givenName: string; familyName: string; personalCode: string | null };
    created: boolean;
  },
  t: OnBehalfStrings,
  other: () => void,
) {
  const { person } = found;
  return html`<dl class="facts">
      <dt>${t.name}</dt>
      <dd>${person.givenName} ${person.familyName}</dd>
      <dt>${t.personalCode}</dt>
      <dd>${person.personalCode ?? ''}</dd>
    </dl>
    <p class="actions">
      <span class="badge">${found.created ? t.added : t.found}</span>
      <button type="button" class="secondary small" data-action="other-person" @click=${other}>${t.otherPerson}</button>
    </p>`;
}
