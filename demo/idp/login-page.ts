// The stand-in's login page, rendered on the server: pick a seeded person or type one, pick a
// method, continue or cancel. Estonian unless the request's ui_locales asks for English. It has to
// fit a 480×720 popup and work with the keyboard alone.
import type { LoginFormError, LoginFormField, LoginFormValues } from './login-form.ts';
import type { Method, MethodScope } from './methods.ts';
import type { TestPerson } from './people.ts';

export type Language = 'et' | 'en';

type Strings = {
  notice: string;
  signingInTo: string;
  people: string;
  typed: string;
  typedHint: string;
  personalCode: string;
  givenName: string;
  familyName: string;
  method: string;
  methods: Record<MethodScope, string>;
  continue: string;
  cancel: string;
  fixErrors: string;
  errors: Record<LoginFormError, string>;
};

const STRINGS: Record<Language, Strings> = {
  et: {
    notice:
      'See on kohalik testidentiteedipakkuja, mitte päris TARA: kedagi ei tuvastata ja isikud on väljamõeldud.',
    signingInTo: 'Sisenemine teenusesse',
    people: 'Testisik',
    typed: 'Või sisesta testisik',
    typedHint: 'Kui täidad need väljad, kasutatakse neid ülal valitud isiku asemel.',
    personalCode: 'Isikukood',
    givenName: 'Eesnimi',
    familyName: 'Perekonnanimi',
    method: 'Autentimisviis',
    methods: { idcard: 'ID-kaart', mid: 'Mobiil-ID', smartid: 'Smart-ID' },
    continue: 'Jätka',
    cancel: 'Katkesta',
    fixErrors: 'Palun paranda vead.',
    errors: {
      personRequired: 'Vali testisik',
      personalCodeRequired: 'Sisesta isikukood',
      personalCodeInvalid: 'Isikukood ei ole korrektne',
      givenNameRequired: 'Sisesta eesnimi',
      familyNameRequired: 'Sisesta perekonnanimi',
      methodRequired: 'Vali autentimisviis',
    },
  },
  en: {
    notice:
      'This is a local test identity provider, not the real TARA: nobody is identified, the people are made up.',
    signingInTo: 'Signing in to',
    people: 'Test person',
    typed: 'Or type a test person',
    typedHint: 'If you fill these in, they are used instead of the person chosen above.',
    personalCode: 'Personal code',
    givenName: 'Given name',
    familyName: 'Family name',
    method: 'Authentication method',
    methods: { idcard: 'ID card', mid: 'Mobile-ID', smartid: 'Smart-ID' },
    continue: 'Continue',
    cancel: 'Cancel',
    fixErrors: 'Please correct the errors.',
    errors: {
      personRequired: 'Choose a test person',
      personalCodeRequired: 'Enter a personal code',
      personalCodeInvalid: 'Not a valid personal code',
      givenNameRequired: 'Enter a given name',
      familyNameRequired: 'Enter a family name',
      methodRequired: 'Choose an authentication method',
    },
  },
};

/** TARA takes ui_locales as a space-separated preference list; only the first one counts here. */
export function languageOf(uiLocales: string | undefined): Language {
  return uiLocales?.trim().toLowerCase().startsWith('en') ? 'en' : 'et';
}

export function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

export type LoginPage = {
  language: Language;
  uid: string;
  clientId: string;
  people: readonly TestPerson[];
  methods: readonly Method[];
  values: LoginFormValues;
  errors: Partial<Record<LoginFormField, LoginFormError>>;
};

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.35; color: #1a1a1a; }
  /* Keeps a field focused from the keyboard clear of the sticky buttons. */
  html { scroll-padding-bottom: 4.5rem; }
  body { margin: 0; background: #f4f6f8; }
  main { max-width: 28rem; margin: 0 auto; padding: 0.75rem 1rem 0; background: #fff; min-height: 100vh;
    box-sizing: border-box; }
  h1 { font-size: 1.35rem; margin: 0.25rem 0 0.5rem; }
  .notice { margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; border-left: 4px solid #b25e00; background: #fff4e5;
    font-size: 0.9rem; }
  .client { margin: 0 0 0.75rem; font-size: 0.9rem; }
  fieldset { border: 1px solid #c5cbd3; border-radius: 6px; margin: 0 0 0.75rem; padding: 0.5rem 0.75rem; }
  legend { font-weight: 600; padding: 0 0.25rem; }
  .choice { display: flex; align-items: center; gap: 0.5rem; padding: 0.1rem 0; }
  .choice input { margin: 0; width: 1.1rem; height: 1.1rem; flex: none; }
  .choice label { flex: 1; display: flex; flex-wrap: wrap; justify-content: space-between; gap: 0 0.5rem; }
  .code { color: #4a5260; font-variant-numeric: tabular-nums; font-size: 0.85rem; }
  .methods { display: flex; flex-wrap: wrap; gap: 0 1rem; }
  .hint { margin: 0 0 0.5rem; font-size: 0.85rem; color: #4a5260; }
  .field { margin: 0 0 0.5rem; }
  .names { display: grid; grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr)); gap: 0 0.75rem; }
  .field label { display: block; font-size: 0.9rem; }
  .field input { width: 100%; box-sizing: border-box; padding: 0.35rem 0.5rem; font: inherit;
    border: 1px solid #8a93a0; border-radius: 4px; }
  .field input[aria-invalid="true"] { border-color: #b00020; }
  /* Between label and input, so it stays in view above a field focused for correction. */
  .error { color: #b00020; font-size: 0.85rem; margin: 0 0 0.15rem; font-weight: 600; }
  .summary { color: #b00020; font-weight: 600; margin: 0 0 0.75rem; }
  /* The list is longer than a popup is tall: the buttons stay in view, so one click signs in. */
  .actions { display: flex; gap: 0.75rem; position: sticky; bottom: 0; background: #fff; padding: 0.6rem 0;
    border-top: 1px solid #c5cbd3; }
  button { font: inherit; padding: 0.5rem 1.25rem; border-radius: 4px; border: 1px solid #0a4a8c; cursor: pointer; }
  #continue { background: #0a4a8c; color: #fff; }
  #cancel { background: #fff; color: #0a4a8c; }
  :focus-visible { outline: 3px solid #f0a500; outline-offset: 2px; }
`;

export function renderLoginPage(page: LoginPage): string {
  const t = STRINGS[page.language];
  const { values, errors } = page;
  const action = `/interaction/${encodeURIComponent(page.uid)}`;
  const firstInvalid = (['person', 'personalCode', 'givenName', 'familyName', 'method'] as const).find(
    (f) => errors[f],
  );

  const errorText = (field: LoginFormField) => {
    const error = errors[field];
    return error ? `<p class="error" id="${field}-error">${escapeHtml(t.errors[error])}</p>` : '';
  };

  const textField = (name: 'personalCode' | 'givenName' | 'familyName', extra: string) => {
    const invalid = errors[name] !== undefined;
    return `<div class="field">
      <label for="${name}">${escapeHtml(t[name])}</label>
      ${errorText(name)}
      <input id="${name}" name="${name}" value="${escapeHtml(values[name])}" ${extra}${
        invalid ? ` aria-invalid="true" aria-describedby="${name}-error"` : ''
      }${firstInvalid === name ? ' autofocus' : ''}>
    </div>`;
  };

  const people = page.people
    .map((p, i) => {
      const id = `person-${i}`;
      const checked = values.person === p.personalCode ? ' checked' : '';
      const focus = firstInvalid === 'person' && i === 0 ? ' autofocus' : '';
      return `<div class="choice">
        <input type="radio" id="${id}" name="person" value="${escapeHtml(p.personalCode)}"${checked}${focus}>
        <label for="${id}">${escapeHtml(`${p.givenName} ${p.familyName}`)}
          <span class="code">${escapeHtml(p.personalCode)}</span></label>
      </div>`;
    })
    .join('');

  const methods = page.methods
    .map((m, i) => {
      const id = `method-${m.scope}`;
      const checked = values.method === m.scope ? ' checked' : '';
      const focus = firstInvalid === 'method' && i === 0 ? ' autofocus' : '';
      return `<div class="choice">
        <input type="radio" id="${id}" name="method" value="${m.scope}"${checked}${focus}>
        <label for="${id}">${escapeHtml(t.methods[m.scope])}</label>
      </div>`;
    })
    .join('');

  return `<!doctype html>
<html lang="${page.language}">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>TARA (demo)</title>
  <style>${STYLE}</style>
</head>
<body>
<main>
  <h1>TARA (demo)</h1>
  <p class="notice" role="note">${escapeHtml(t.notice)}</p>
  <p class="client">${escapeHtml(t.signingInTo)} <strong>${escapeHtml(page.clientId)}</strong></p>
  ${firstInvalid ? `<p class="summary" role="alert">${escapeHtml(t.fixErrors)}</p>` : ''}
  <form method="post" action="${action}/login" accept-charset="utf-8">
    <fieldset${errors.person ? ' aria-describedby="person-error"' : ''}>
      <legend>${escapeHtml(t.people)}</legend>
      ${people}
      ${errorText('person')}
    </fieldset>
    <fieldset>
      <legend>${escapeHtml(t.typed)}</legend>
      <p class="hint">${escapeHtml(t.typedHint)}</p>
      ${textField('personalCode', 'inputmode="numeric" autocomplete="off" maxlength="11"')}
      <div class="names">
        ${textField('givenName', 'autocomplete="off" maxlength="100"')}
        ${textField('familyName', 'autocomplete="off" maxlength="100"')}
      </div>
    </fieldset>
    <fieldset${errors.method ? ' aria-describedby="method-error"' : ''}>
      <legend>${escapeHtml(t.method)}</legend>
      <div class="methods">${methods}</div>
      ${errorText('method')}
    </fieldset>
    <div class="actions">
      <button type="submit" id="continue">${escapeHtml(t.continue)}</button>
      <button type="submit" id="cancel" formaction="${action}/cancel" formnovalidate>${escapeHtml(t.cancel)}</button>
    </div>
  </form>
</main>
</body>
</html>`;
}

/** Shown when the interaction cookie is missing or expired: there is nothing to return to. */
export function renderSessionExpiredPage(): string {
  return `<!doctype html>
<html lang="et">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TARA (demo)</title><style>${STYLE}</style></head>
<body><main>
  <h1>TARA (demo)</h1>
  <p>Sisselogimise seanss on aegunud või puudub. Alusta uuesti teenusest.</p>
  <p lang="en">The sign-in session has expired or is missing. Start again from the service.</p>
</main></body>
</html>`;
}

/** oidc-provider's error page (a refused redirect URI, an unknown client): the error as a list. */
export function renderErrorPage(out: Record<string, unknown>): string {
  const rows = Object.entries(out)
    .map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd>${escapeHtml(String(value))}</dd>`)
    .join('');
  return `<!doctype html>
<html lang="et">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>TARA (demo)</title><style>${STYLE}</style></head>
<body><main>
  <h1>TARA (demo)</h1>
  <p>Päringut ei saa täita. <span lang="en">The request cannot be served.</span></p>
  <dl>${rows}</dl>
</main></body>
</html>`;
}
