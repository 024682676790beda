// Reads the login form: either one of the listed people or a typed one (a typed personal code
// takes precedence), and the authentication method. Invalid input comes back with per-field errors
// and the values as sent, so the page can be shown again with what was typed.
import { isPersonalCode } from '../../contract/personal-code.ts';
import type { Method } from './methods.ts';
import type { TestPerson } from './people.ts';

export type LoginFormValues = {
  person: string;
  personalCode: string;
  givenName: string;
  familyName: string;
  method: string;
};

export type LoginFormField = keyof LoginFormValues;

export type LoginFormError =
  | 'personRequired'
  | 'personalCodeRequired'
  | 'personalCodeInvalid'
  | 'givenNameRequired'
  | 'familyNameRequired'
  | 'methodRequired';

export type LoginFormResult =
  | { ok: true; person: TestPerson; method: Method }
  | { ok: false; values: LoginFormValues; errors: Partial<Record<LoginFormField, LoginFormError>> };

/** The form as first shown: the first person and the first method chosen, so one click signs in. */
export function initialValues(people: readonly TestPerson[], methods: readonly Method[]): LoginFormValues {
  return {
    person: people[0]?.personalCode ?? '',
    personalCode: '',
    givenName: '',
    familyName: '',
    method: methods[0]?.scope ?? '',
  };
}

export function readLoginForm(
  body: URLSearchParams,
  people: readonly TestPerson[],
  methods: readonly Method[],
): LoginFormResult {
  const field = (name: LoginFormField) => (body.get(name) ?? '').trim();
  const values: LoginFormValues = {
    person: field('person'),
    personalCode: field('personalCode'),
    givenName: field('givenName'),
    familyName: field('familyName'),
    method: field('method'),
  };
  const errors: Partial<Record<LoginFormField, LoginFormError>> = {};

  const method = methods.find((m) => m.scope === values.method);
  if (!method) errors.method = 'methodRequired';

  let person: TestPerson | undefined;
  const typed = values.personalCode !== '' || values.givenName !== '' || values.familyName !== '';
  if (typed) {
    if (values.personalCode === '') errors.personalCode = 'personalCodeRequired';
    else if (!isPersonalCode(values.personalCode)) errors.personalCode = 'personalCodeInvalid';
    if (values.givenName === '') errors.givenName = 'givenNameRequired';
    if (values.familyName === '') errors.familyName = 'familyNameRequired';
    person = {
      personalCode: values.personalCode,
      givenName: values.givenName,
      familyName: values.familyName,
    };
  } else {
    person = people.find((p) => p.personalCode === values.person);
    if (!person) errors.person = 'personRequired';
  }

  if (method && person && Object.keys(errors).length === 0) return { ok: true, person, method };
  return { ok: false, values, errors };
}
