// The registry's own data-tracker page (/andmejalgija), rendered by the API: signed out, what the
// page is and a way to sign in; signed in, the person's whole history across bodies as one table.
// Its one script (signing out, which needs the CSRF token in a header) and its style carry the
// answer's nonce; nothing else runs.
import type { TrackerWording } from '../../contract/data-tracker-wording.ts';
import type { dataTracker } from '../audit/tracker.ts';
import { newNonce } from '../http/csp.ts';
import type { Language } from '../http/env.ts';
import { escapeHtml } from '../http/html.ts';
import { trackerPageWording } from './wording.ts';

export type TrackerEntry = Awaited<ReturnType<typeof dataTracker>>[number];

export type TrackerPageView =
  | { signedIn: false }
  | { signedIn: true; name: string; csrfToken: string; entries: TrackerEntry[]; limit: number };

export const PAGE_PATH = '/andmejalgija';

const inLanguage = (language: Language) => `${PAGE_PATH}?lang=${language}`;

/** Verbs that only look: an action the table does not know is said as a read with one of them. */
const READS = new Set(['read', 'list', 'export', 'verified']);

function what(action: string, w: TrackerWording) {
  const known = w.actions[action];
  if (known) return known;
  const [entity = action, verb = ''] = action.split('.');
  const thing = w.entities[entity] ?? entity;
  return READS.has(verb) ? w.readSomething(thing) : w.changedSomething(thing);
}

/** A moment on Tallinn's clock, where the registry and the bodies are. */
const MOMENT = {
  et: new Intl.DateTimeFormat('et-EE', {
    timeZone: 'Europe/Tallinn',
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
  en: new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Tallinn',
    dateStyle: 'medium',
    timeStyle: 'short',
  }),
} as const;

function row(entry: TrackerEntry, language: Language) {
  const t = trackerPageWording[language];
  const w = t.entries;
  const who = entry.byThemselves
    ? w.yourself
    : entry.actor
      ? w.actor(entry.actor.name, w.roles[entry.actor.role] ?? entry.actor.role)
      : w.anonymous;
  const body = (entry.body && (language === 'en' ? entry.body.nameEn : entry.body.nameEt)) || w.registry;
  const why = entry.purpose ? (w.purposes[entry.purpose] ?? entry.purpose) : w.notStated;
  const cell = (label: string, value: string) => `<td data-label="${escapeHtml(label)}">${value}</td>`;
  return `<tr>
<th scope="row" data-label="${t.when}"><time datetime="${entry.at}">${MOMENT[language].format(new Date(entry.at))}</time></th>
${cell(t.who, escapeHtml(who))}
${cell(t.body, escapeHtml(body))}
${cell(t.what, escapeHtml(what(entry.action, w)))}
${cell(t.why, escapeHtml(why))}
</tr>`;
}

const STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2530; background: #f5f7f9; }
  a { color: #0b5394; }
  a:focus-visible, button:focus-visible, main:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
  .skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: #fff; z-index: 1; }
  .skip:focus { top: 0.5rem; }
  .bar { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1rem; padding: 0.75rem max(1rem, calc((100% - 62rem) / 2)); background: #0b5394; color: #fff; }
  .bar a { color: #fff; }
  .brand { font-weight: 700; text-decoration: none; }
  main { display: block; max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
  .intro { max-width: 44rem; }
  .who-am-i { display: flex; flex-wrap: wrap; align-items: center; gap: 0.5rem 1rem; }
  .button { display: inline-block; font: inherit; font-weight: 600; padding: 0.5rem 1.25rem; border-radius: 0.5rem; border: 2px solid #0b5394; background: #0b5394; color: #fff; text-decoration: none; cursor: pointer; }
  .button.secondary { background: #fff; color: #0b5394; }
  .button:hover { background: #083d6e; color: #fff; }
  table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid #d0d7de; margin-top: 1rem; }
  caption { text-align: left; font-weight: 700; font-size: 1.125rem; padding: 0 0 0.5rem; }
  th, td { text-align: left; vertical-align: top; padding: 0.5rem 0.75rem; border-bottom: 1px solid #d0d7de; }
  thead th { background: #eef1f4; font-size: 0.9375rem; }
  tbody th { font-weight: 400; white-space: nowrap; }
  .empty { background: #fff; border: 1px solid #d0d7de; border-radius: 0.75rem; padding: 1rem 1.25rem; }
  .note { color: #4a5560; font-size: 0.9375rem; }
  @media (max-width: 40rem) {
    table, caption, tbody, tr, th, td { display: block; }
    thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
    table { border: 0; background: none; }
    tr { background: #fff; border: 1px solid #d0d7de; border-radius: 0.5rem; margin-bottom: 0.75rem; padding: 0.25rem 0; }
    th, td { border: 0; padding: 0.125rem 0.875rem; }
    tbody th { font-weight: 700; white-space: normal; }
    td::before { content: attr(data-label) ": "; font-weight: 600; color: #4a5560; }
  }
`;

export function trackerPage(view: TrackerPageView, language: Language) {
  const t = trackerPageWording[language];
  const nonce = newNonce();
  const loginHref = `/auth/console/login?return=${encodeURIComponent(inLanguage(language))}&lang=${language}`;
  const table = view.signedIn
    ? view.entries.length
      ? `<table>
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.when}</th><th scope="col">${t.who}</th><th scope="col">${t.body}</th><th scope="col">${t.what}</th><th scope="col">${t.why}</th></tr></thead>
<tbody>
${view.entries.map((entry) => row(entry, language)).join('\n')}
</tbody>
</table>
${view.entries.length >= view.limit ? `<p class="note">${t.limitReached(view.limit)}</p>` : ''}`
      : `<p class="empty">${t.empty}</p>`
    : '';
  const content = view.signedIn
    ? `<p class="intro">${t.intro}</p>
<div class="who-am-i"><p>${t.signedInAs} <strong>${escapeHtml(view.name)}</strong></p>
<button type="button" class="button secondary" id="sign-out" data-csrf="${escapeHtml(view.csrfToken)}">${t.signOut}</button></div>
${table}
<script nonce="${nonce}">
  document.getElementById('sign-out').addEventListener('click', async (event) => {
    const response = await fetch('/auth/console/logout', { method: 'POST', headers: { 'X-CSRF-Token': event.currentTarget.dataset.csrf } });
    if (response.ok) location.reload();
  });
</script>`
    : `<p class="intro">${t.intro}</p>
<p class="intro">${t.signedOutText}</p>
<p><a class="button" href="${escapeHtml(loginHref)}">${t.signIn}</a></p>`;
  const other = t.otherLanguage;
  const html = `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${t.title} · ${t.registry}</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="bar">
<a class="brand" href="${inLanguage(language)}">${t.registry}</a>
<a href="${inLanguage(other.lang)}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a>
</header>
<main id="main" tabindex="-1">
<h1>${t.title}</h1>
${content}
</main>
</body>
</html>`;
  return {
    html,
    headers: {
      'Content-Security-Policy': [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src 'nonce-${nonce}'`,
        "img-src 'self' data:",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
      'Content-Language': language,
      'Cache-Control': 'no-store',
    },
  };
}
