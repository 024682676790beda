// The console's one HTML page, for /console and every deep link under it: the server renders who is
// signed in (what shows before the application starts, and without scripts), embeds what the
// application needs to start without another request (the CSRF token, the person, their bodies,
// whether they administer the registry),
// and loads the application's entry script with this answer's nonce. Signed out, it offers to sign
// in and come back to the same link.

import { newNonce } from '../http/csp.ts';
import type { Language } from '../http/env.ts';
import { escapeHtml } from '../http/html.ts';

/** A body the person works for, as the console's body switcher lists it. */
export type ConsoleBody = { slug: string; name: string; role: 'manager' | 'processor' | 'assessor' };

export type ConsoleView =
  | { signedIn: false; path: string }
  | {
      signedIn: true;
      name: string;
      csrfToken: string;
      /** Every role, worded ("Eesti Turvaettevõtete Liit: menetleja"). */
      roles: string[];
      bodies: ConsoleBody[];
      /** A registry admin: the application shows them the requests routed to the registry. */
      registryAdmin: boolean;
      /** The application's entry script; absent when the console is not built. */
      entry: string | undefined;
    };

const TEXT = {
  et: {
    title: 'Kutse konsool',
    intro: 'Kutseandjate töötajate ja registri haldurite töölaud.',
    signIn: 'Logi sisse',
    signedInAs: 'Sisse logitud:',
    roles: 'Rollid',
    noRoles: 'Sul ei ole üheski kutseandjas rolli. Oma taotlusi näed kutseandja veebilehel.',
    starting: 'Konsool laadib…',
    signOut: 'Logi välja',
    other: { label: 'In English', lang: 'en' },
  },
  en: {
    title: 'Kutse console',
    intro: 'The workspace of awarding bodies’ staff and the registry’s administrators.',
    signIn: 'Sign in',
    signedInAs: 'Signed in as',
    roles: 'Roles',
    noRoles: 'You have no role at any awarding body. Your own applications are on the body’s website.',
    starting: 'The console is loading…',
    signOut: 'Sign out',
    other: { label: 'Eesti keeles', lang: 'et' },
  },
} as const;

/** `path` with `lang` set: the console keeps the language in its URLs. */
export const withLanguage = (path: string, language: Language) => {
  const url = new URL(path, 'http://console');
  url.searchParams.set('lang', language);
  return `${url.pathname}${url.search}`;
};

/**
 * JSON inside a <script> element: `<` escaped, so no text in it (a name, a body's name) can close
 * the element or open a comment.
 */
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * Without the application (a committee member or a partner: no body's staff and no registry admin;
 * or the console not built), the page itself offers to sign out.
 */
const signOutButton = (
  label: string,
  csrfToken: string,
  nonce: string,
) => `<button type="button" class="button" id="sign-out" data-csrf="${escapeHtml(csrfToken)}">${label}</button>
<script nonce="${nonce}">
  document.getElementById('sign-out').addEventListener('click', async (event) => {
    const response = await fetch('/auth/console/logout', { method: 'POST', headers: { 'X-CSRF-Token': event.currentTarget.dataset.csrf } });
    if (response.ok) location.reload();
  });
</script>`;

/** Whether the application has a view for the person: a body's staff, or a registry admin. */
const startsApplication = (view: ConsoleView) =>
  view.signedIn && view.entry !== undefined && (view.bodies.length > 0 || view.registryAdmin);

export function consolePage(view: ConsoleView, language: Language, path: string) {
  const t = TEXT[language];
  const nonce = newNonce();
  const other = withLanguage(path, t.other.lang);
  const starts = startsApplication(view);
  const content = view.signedIn
    ? `<p>${t.signedInAs} <strong>${escapeHtml(view.name)}</strong></p>
<h2>${t.roles}</h2>
${view.roles.length ? `<ul>${view.roles.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : `<p>${t.noRoles}</p>`}
${starts ? `<p role="status">${t.starting}</p>` : signOutButton(t.signOut, view.csrfToken, nonce)}`
    : `<p>${t.intro}</p>
<p><a class="button" href="/auth/console/login?return=${encodeURIComponent(withLanguage(path, language))}&amp;lang=${language}">${t.signIn}</a></p>`;
  const boot =
    view.signedIn && view.entry && starts
      ? `<script type="application/json" id="kutse-console-boot">${scriptJson({
          language,
          csrfToken: view.csrfToken,
          person: { name: view.name },
          roles: view.roles,
          bodies: view.bodies,
          registryAdmin: view.registryAdmin,
        })}</script>
<script type="module" nonce="${nonce}" src="${escapeHtml(view.entry)}"></script>`
      : '';
  const html = `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<link rel="icon" href="/console/icon" type="image/svg+xml">
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; color: #1b2530; background: #f5f7f9; }
  kutse-console { display: block; min-height: 100vh; }
  .fallback-header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 0.75rem 1.5rem; background: #0b5394; color: #fff; }
  .fallback-header a { color: #fff; }
  .fallback-main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
  .button { display: inline-block; font: inherit; padding: 0.5em 1.2em; border-radius: 0.5rem; border: 1px solid #0b5394; background: #0b5394; color: #fff; text-decoration: none; }
  a:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
</style>
${boot}
</head>
<body>
<kutse-console>
<header class="fallback-header"><strong>${t.title}</strong><a href="${escapeHtml(other)}" lang="${t.other.lang}">${t.other.label}</a></header>
<main class="fallback-main">
<h1>${t.title}</h1>
${content}
</main>
</kutse-console>
</body>
</html>`;
  return {
    html,
    headers: {
      // Documents are previewed in the page (a PDF in a frame, an image): from this origin only.
      'Content-Security-Policy': [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        "style-src 'unsafe-inline'",
        "img-src 'self'",
        "frame-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
      'Cache-Control': 'no-store',
    },
  };
}
