// The consoles' front door on the API's origin: who is signed in and in which roles, sign-in and
// sign-out. The staff and admin screens themselves come with their issues; this page is where a
// console login returns to, and shows that the cookie session works.
import { randomBytes } from 'node:crypto';
import type { Language } from '../http/env.ts';
import { escapeHtml } from '../http/html.ts';

export type ConsoleView =
  | { signedIn: false }
  | {
      signedIn: true;
      name: string;
      csrfToken: string;
      roles: string[];
    };

const TEXT = {
  et: {
    title: 'Kutse konsool',
    intro: 'Kutseandjate töötajate ja registri haldurite töölaud.',
    signIn: 'Logi sisse',
    signedInAs: 'Sisse logitud:',
    roles: 'Rollid',
    noRoles: 'Sul ei ole üheski kutseandjas rolli. Oma taotlusi näed kutseandja veebilehel.',
    signOut: 'Logi välja',
    signedOut: 'Oled välja logitud.',
    /** The link to the page in the other language, named in that language. */
    other: { href: '/console?lang=en', label: 'In English', lang: 'en' },
  },
  en: {
    title: 'Kutse console',
    intro: 'The workspace of awarding bodies’ staff and the registry’s administrators.',
    signIn: 'Sign in',
    signedInAs: 'Signed in as',
    roles: 'Roles',
    noRoles: 'You have no role at any awarding body. Your own applications are on the body’s website.',
    signOut: 'Sign out',
    signedOut: 'You have signed out.',
    other: { href: '/console?lang=et', label: 'Eesti keeles', lang: 'et' },
  },
};

export function consolePage(view: ConsoleView, language: Language) {
  const t = TEXT[language];
  const nonce = randomBytes(16).toString('base64');
  const { other } = t;
  const body = view.signedIn
    ? `<p>${t.signedInAs} <strong>${escapeHtml(view.name)}</strong></p>
      <h2>${t.roles}</h2>
      ${view.roles.length ? `<ul>${view.roles.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>` : `<p>${t.noRoles}</p>`}
      <button type="button" id="sign-out" data-csrf="${escapeHtml(view.csrfToken)}">${t.signOut}</button>
      <p id="status" role="status" aria-live="polite"></p>
      <script nonce="${nonce}">
        document.getElementById('sign-out').addEventListener('click', async (event) => {
          const response = await fetch('/auth/console/logout', {
            method: 'POST',
            headers: { 'X-CSRF-Token': event.currentTarget.dataset.csrf },
          });
          if (response.ok) location.reload();
        });
      </script>`
    : `<p><a class="button" href="/auth/console/login?return=${encodeURIComponent(`/console?lang=${language}`)}&amp;lang=${language}">${t.signIn}</a></p>`;
  const html = `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style>
  body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; color: #1b2530; background: #f5f7f9; }
  header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 1rem 2rem; background: #0b5394; color: #fff; }
  header a { color: #fff; }
  main { max-width: 40rem; margin: 2rem auto; padding: 0 1rem; }
  .button, button { display: inline-block; font: inherit; padding: 0.5em 1.2em; border-radius: 0.5rem; border: 1px solid #0b5394; background: #0b5394; color: #fff; text-decoration: none; cursor: pointer; }
  .button:focus-visible, button:focus-visible, a:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
</style>
</head>
<body>
<header><strong>${t.title}</strong><a href="${other.href}" lang="${other.lang}">${other.label}</a></header>
<main>
<h1>${t.title}</h1>
<p>${t.intro}</p>
${body}
</main>
</body>
</html>`;
  return {
    html,
    headers: {
      'Content-Security-Policy': `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
      'Cache-Control': 'no-store',
    },
  };
}
