// The public register's page at /register: a plain GET form (works without script: the page has
// none), the results as a table with a caption, paging links and an empty state, in the console's
// colours. Estonian by default, English with ?lang=en.

import { formatDay } from '../../contract/calendar.ts';
import type { CertificateStatus } from '../../contract/certificates.ts';
import type { RegisterPage, RegisterQuery } from '../../contract/register.ts';
import { newNonce } from '../http/csp.ts';
import { escapeHtml } from '../http/html.ts';
import type { RegisterOptions } from './options.ts';
import { type RegisterWords, registerWording } from './wording.ts';

type Language = 'et' | 'en';

export type RegisterPageView = {
  language: Language;
  /** What the form shows: the search as typed (also when it was refused). */
  form: Record<'q' | 'number' | 'qualification' | 'body', string>;
  options: RegisterOptions;
  outcome:
    | { kind: 'results'; query: RegisterQuery; page: RegisterPage }
    | { kind: 'invalid'; errors: { field: string; detail: string }[] }
    | { kind: 'tooMany'; retryAfter: number };
};

/**
 * A symbol beside each status's word, the card's own (widget/src/certificate-card): the status
 * never rests on colour alone. Drawn, not a character: not every font has a clock.
 */
const STATUS_SYMBOL: Record<CertificateStatus, string> = {
  valid: '<path d="M3 8.5l3.2 3.2L13 4.8"/>',
  expired: '<circle cx="8" cy="8" r="6"/><path d="M8 4.5V8l2.5 1.8"/>',
  revoked: '<circle cx="8" cy="8" r="6"/><path d="M5.5 5.5l5 5m0-5l-5 5"/>',
  replaced: '<path d="M3 5.5h9M9.5 3l2.5 2.5L9.5 8M13 10.5H4M6.5 8L4 10.5 6.5 13"/>',
};

/** The page's address with the search, `page` and the language (Estonian is the default). */
function pageHref(query: Partial<Record<string, string | number | undefined>>, language: Language) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== '' && name !== 'lang') params.set(name, String(value));
  if (language === 'en') params.set('lang', 'en');
  const search = params.toString();
  return `/register${search ? `?${search}` : ''}`;
}

const e = escapeHtml;

/** The search's fields and the words that label them. */
const FIELD_LABELS = { q: 'name', number: 'number', qualification: 'qualification', body: 'body' } as const;

function field(id: string, label: string, value: string, hint: string) {
  return `<div class="field"><label for="${id}">${label}</label>
<input id="${id}" name="${id}" value="${e(value)}" aria-describedby="${id}-hint" autocomplete="off">
<small id="${id}-hint">${hint}</small></div>`;
}

function select(
  id: string,
  label: string,
  value: string,
  choices: { slug: string; name: string }[],
  t: RegisterWords,
) {
  const options = choices
    .map((c) => `<option value="${e(c.slug)}"${c.slug === value ? ' selected' : ''}>${e(c.name)}</option>`)
    .join('');
  return `<div class="field"><label for="${id}">${label}</label>
<select id="${id}" name="${id}"><option value="">${t.any}</option>${options}</select></div>`;
}

function searchForm(view: RegisterPageView, t: RegisterWords) {
  const { form, options, language } = view;
  return `<form method="get" action="/register" role="search" aria-label="${t.search}">
${language === 'en' ? '<input type="hidden" name="lang" value="en">' : ''}
${field('q', t.name, form.q, t.nameHint)}
${field('number', t.number, form.number, t.numberHint)}
${select('qualification', t.qualification, form.qualification, options.qualifications, t)}
${select('body', t.body, form.body, options.bodies, t)}
<div class="actions"><button type="submit">${t.submit}</button> <a href="${pageHref({}, language)}">${t.clear}</a></div>
</form>`;
}

function resultsTable(page: RegisterPage, pages: number, t: RegisterWords, language: Language) {
  const rows = page.certificates
    .map((c) => {
      const until = c.validUntil ? `${t.validUntil} ${formatDay(c.validUntil, language)}` : t.indefinite;
      // Explicit roles: on a phone the rows are laid out as blocks, and CSS display alone would
      // take the table's meaning away from screen readers.
      return `<tr role="row">
<th scope="row" role="rowheader">${e(`${c.holder.givenName} ${c.holder.familyName}`)}</th>
<td role="cell" data-label="${t.qualification} · ${t.body}">${e(c.qualification.name)}<br><span class="muted">${e(c.body.name)}</span></td>
<td role="cell" data-label="${t.certificate}" class="number"><a href="${e(c.verifyUrl)}" aria-label="${t.verify} ${e(c.number)}">${e(c.number)}</a></td>
<td role="cell" data-label="${t.issuedOn} · ${t.validity}">${formatDay(c.issuedOn, language)}<br><span class="muted">${until}</span></td>
<td role="cell" data-label="${t.status}"><span class="status ${c.status}"><svg viewBox="0 0 16 16" aria-hidden="true">${STATUS_SYMBOL[c.status]}</svg> ${t.statuses[c.status]}</span></td>
</tr>`;
    })
    .join('\n');
  return `<div class="table-scroll" role="region" aria-labelledby="results-caption" tabindex="0">
<table role="table">
<caption id="results-caption">${t.caption(page.page, pages)}</caption>
<thead role="rowgroup"><tr role="row"><th scope="col" role="columnheader">${t.holder}</th><th scope="col" role="columnheader">${t.qualification} · ${t.body}</th><th scope="col" role="columnheader">${t.certificate}</th><th scope="col" role="columnheader">${t.issuedOn} · ${t.validity}</th><th scope="col" role="columnheader">${t.status}</th></tr></thead>
<tbody role="rowgroup">
${rows}
</tbody>
</table>
</div>`;
}

function paging(query: RegisterQuery, page: number, pages: number, t: RegisterWords, language: Language) {
  if (pages <= 1) return '';
  const link = (to: number, label: string, rel: string) =>
    `<a rel="${rel}" href="${e(pageHref({ ...query, page: to }, language))}">${label}</a>`;
  return `<nav class="paging" aria-label="${t.pages}">
${page > 1 ? link(page - 1, `← ${t.previous}`, 'prev') : ''}
<span aria-current="page">${t.pageOf(page, pages)}</span>
${page < pages ? link(page + 1, `${t.next} →`, 'next') : ''}
</nav>`;
}

function outcome(view: RegisterPageView, t: RegisterWords) {
  const { outcome: o, language } = view;
  if (o.kind === 'tooMany') return `<p class="message error" role="alert">${t.tooMany(o.retryAfter)}</p>`;
  if (o.kind === 'invalid')
    return `<div class="message error" role="alert"><p>${t.invalid}</p><ul>${o.errors
      .map((err) => {
        // A field of the form is named by its label and linked to; `page` came from a link.
        const label = FIELD_LABELS[err.field as keyof typeof FIELD_LABELS];
        const named = label ? `<a href="#${err.field}">${t[label]}</a>` : t.page;
        return `<li>${named}: ${e(err.detail)}</li>`;
      })
      .join('')}</ul></div>`;
  const { page, query } = o;
  const pages = Math.max(1, Math.ceil(page.total / page.pageSize));
  if (page.total === 0)
    return `<div class="empty" role="status"><p><strong>${t.empty}</strong></p><p>${t.emptyHint}</p></div>`;
  // A page past the last (an old link, a hand-edited address): the way back to the first.
  if (page.certificates.length === 0)
    return `<div class="empty" role="status"><p><strong>${t.pastLastPage(pages)}</strong></p>
<p><a href="${e(pageHref({ ...query, page: 1 }, language))}">${t.firstPage}</a></p></div>`;
  return `<p role="status">${t.found(page.total, page.more)}</p>
${resultsTable(page, pages, t, language)}
${paging(query, page.page, pages, t, language)}`;
}

/** The page's HTML and its own headers (a CSP whose one style element carries the nonce). */
export function registerPage(view: RegisterPageView) {
  const { language } = view;
  const t = registerWording[language];
  const nonce = newNonce();
  const other = t.otherLanguage;
  const otherHref =
    view.outcome.kind === 'results'
      ? pageHref({ ...view.outcome.query, page: view.outcome.page.page }, other.lang as Language)
      : pageHref(view.form, other.lang as Language);
  const html = `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${t.title}</title>
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<header class="site-header"><strong>${t.site}</strong><a href="${e(otherHref)}" lang="${other.lang}">${other.label}</a></header>
<main>
<h1>${t.title}</h1>
<p class="intro">${t.intro}</p>
${searchForm(view, t)}
${outcome(view, t)}
</main>
</body>
</html>`;
  return {
    html,
    headers: {
      'Content-Security-Policy': [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
    },
  };
}

/** The console's tokens (api/console/page.ts, widget/src/shared/tokens.ts). */
const STYLE = `
:root { --primary: #0b5394; --text: #1b2530; --muted: #56616d; --surface: #fff; --page: #f5f7f9; --border: #d3d9df; --success: #17743a; --danger: #b42318; --warning: #8a4b00; }
* { box-sizing: border-box; }
body { font: 1rem/1.5 system-ui, sans-serif; margin: 0; color: var(--text); background: var(--page); }
.site-header { display: flex; justify-content: space-between; align-items: center; gap: 1rem; padding: 0.75rem 1.5rem; background: var(--primary); color: #fff; }
.site-header a { color: #fff; }
main { max-width: 64rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
h1 { font-size: 1.75rem; line-height: 1.25; margin: 0 0 0.5rem; }
.intro { color: var(--muted); max-width: 48rem; margin: 0 0 1.5rem; }
form { display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1rem; padding: 1rem; background: var(--surface); border: 1px solid var(--border); border-radius: 0.5rem; margin-bottom: 1.5rem; }
.field { display: flex; flex-direction: column; gap: 0.25rem; }
label { font-weight: 600; }
small { color: var(--muted); font-size: 0.8125rem; }
input, select { font: inherit; color: inherit; padding: 0.45em 0.6em; border: 1px solid var(--muted); border-radius: 0.25rem; background: var(--surface); width: 100%; }
.actions { grid-column: 1 / -1; display: flex; align-items: center; gap: 1rem; flex-wrap: wrap; }
button { font: inherit; padding: 0.5em 1.4em; border-radius: 0.5rem; border: 1px solid var(--primary); background: var(--primary); color: #fff; cursor: pointer; }
a { color: var(--primary); }
:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
.table-scroll { overflow-x: auto; background: var(--surface); border: 1px solid var(--border); border-radius: 0.5rem; }
table { width: 100%; border-collapse: collapse; }
caption { text-align: start; font-weight: 600; padding: 0.75rem 1rem; }
th, td { text-align: start; vertical-align: top; padding: 0.6rem 1rem; border-top: 1px solid var(--border); }
thead th { font-size: 0.875rem; color: var(--muted); }
tbody th { font-weight: 600; }
.muted { color: var(--muted); font-size: 0.875rem; }
.status { display: inline-flex; align-items: center; gap: 0.35em; white-space: nowrap; font-weight: 600; padding: 0.1em 0.7em 0.1em 0.5em; border-radius: 1em; border: 1px solid currentColor; }
.status svg { width: 1em; height: 1em; fill: none; stroke: currentColor; stroke-width: 2; stroke-linecap: round; stroke-linejoin: round; }
.number { white-space: nowrap; }
.status.valid { color: var(--success); }
.status.expired { color: var(--warning); }
.status.revoked { color: var(--danger); }
.status.replaced { color: var(--muted); }
.paging { display: flex; justify-content: space-between; align-items: center; gap: 1rem; flex-wrap: wrap; margin-top: 1rem; }
.message { padding: 0.5rem 1rem; border-inline-start: 4px solid var(--danger); background: var(--surface); }
.message p, .message ul { margin: 0.25rem 0; }
.empty { padding: 1rem; background: var(--surface); border: 1px solid var(--border); border-radius: 0.5rem; }
.empty p { margin: 0.25rem 0; }
/* A phone: each certificate a block of its own, each value under its column's name. */
@media (max-width: 40rem) {
  .site-header { padding: 0.75rem 1rem; }
  .table-scroll { overflow: visible; background: none; border: 0; }
  table, caption, tbody, tr, th, td { display: block; }
  caption { padding: 0 0 0.5rem; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
  tbody tr { background: var(--surface); border: 1px solid var(--border); border-radius: 0.5rem; padding: 0.75rem 1rem; margin-bottom: 0.75rem; }
  tbody th, tbody td { border: 0; padding: 0.2rem 0; }
  td[data-label]::before { content: attr(data-label) / ""; display: block; color: var(--muted); font-size: 0.8125rem; }
}
`;
