// The verification pages, rendered by the API: the form (by number and name, by a sealed PDF, by a
// credential) and the answer, big and unmistakable. Plain HTML forms posting to /verify/…, so they
// work without any script; the page runs none (its CSP allows none), and its one style element
// carries the answer's nonce.
import { formatDay } from '../../contract/calendar.ts';
import type { Verification, VerificationResult } from '../../contract/verification.ts';
import { newNonce } from '../http/csp.ts';
import type { Language } from '../http/env.ts';
import { escapeHtml } from '../http/html.ts';
import { verificationWording } from './wording.ts';

/** A form's fields as they were sent, to show them again beside their errors. */
export type FormValues = { number?: string; name?: string; credential?: string };

/** Which form a field belongs to, and what is wrong with it (a code of wording.ts errors). */
export type FormErrors = Partial<
  Record<'number' | 'name' | 'file' | 'credential', keyof (typeof verificationWording)['et']['errors']>
>;

export type RenderedPage = { html: string; headers: Record<string, string> };

/**
 * A form's action or a link, in the page's language. Always said: without it a browser asking
 * for English (Accept-Language) would get English after choosing Estonian.
 */
export const inLanguage = (path: string, language: Language) => `${path}?lang=${language}`;

const ICON_PATHS: Record<VerificationResult, string> = {
  // A tick in a circle.
  valid: '<circle cx="24" cy="24" r="21"/><path d="M14 24.5l7 7 13-14"/>',
  // A clock.
  expired: '<circle cx="24" cy="24" r="21"/><path d="M24 12v13l8 5"/>',
  // A cross in a circle.
  revoked: '<circle cx="24" cy="24" r="21"/><path d="M16 16l16 16M32 16L16 32"/>',
  // Two arrows, one thing for another.
  replaced: '<circle cx="24" cy="24" r="21"/><path d="M14 19h18l-5-5M34 29H16l5 5"/>',
  // A question mark.
  not_found:
    '<circle cx="24" cy="24" r="21"/><path d="M18.5 18.5a5.5 5.5 0 1 1 8 4.9c-1.6.9-2.5 2.1-2.5 3.9v1.2"/><path d="M24 34.5v.5"/>',
  // A warning triangle.
  tampered: '<path d="M24 4L45 42H3z"/><path d="M24 18v12M24 35.5v.5"/>',
};

const icon = (result: VerificationResult) =>
  `<svg class="verdict-icon" viewBox="0 0 48 48" width="64" height="64" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="4" stroke-linecap="round" stroke-linejoin="round">${ICON_PATHS[result]}</svg>`;

/** A moment in Tallinn's time, as the reader writes dates. */
const MOMENT = {
  et: new Intl.DateTimeFormat('et-EE', { timeZone: 'Europe/Tallinn', dateStyle: 'long', timeStyle: 'short' }),
  en: new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Tallinn', dateStyle: 'long', timeStyle: 'short' }),
} as const;

const STYLE = `
  :root { color-scheme: light; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 1.0625rem/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1b2530; background: #f5f7f9; }
  a { color: #0b5394; }
  a:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible, main:focus-visible { outline: 3px solid #f2b705; outline-offset: 2px; }
  .skip { position: absolute; left: 0.5rem; top: -3rem; padding: 0.5rem 1rem; background: #fff; z-index: 1; }
  .skip:focus { top: 0.5rem; }
  .bar { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0.5rem 1rem; padding: 0.75rem max(1rem, calc((100% - 42rem) / 2)); background: #0b5394; color: #fff; }
  .bar a { color: #fff; }
  .brand { font-weight: 700; text-decoration: none; }
  main { display: block; max-width: 44rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; }
  h1 { font-size: 1.75rem; line-height: 1.2; margin: 0 0 1rem; }
  h2 { font-size: 1.25rem; margin: 2rem 0 0.75rem; }
  .card { background: #fff; border: 1px solid #d0d7de; border-radius: 0.75rem; padding: 1rem 1.25rem 1.25rem; margin: 1.25rem 0; }
  .card h2 { margin-top: 0.25rem; }
  label { display: block; font-weight: 600; margin: 1rem 0 0.25rem; }
  .hint { display: block; color: #4a5560; font-size: 0.9375rem; margin: 0 0 0.375rem; }
  input[type=text], textarea { width: 100%; font: inherit; padding: 0.5rem 0.625rem; border: 2px solid #5b6770; border-radius: 0.375rem; background: #fff; color: inherit; }
  input[type=file] { display: block; font: inherit; max-width: 100%; }
  textarea { min-height: 7rem; font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 0.875rem; word-break: break-all; }
  [aria-invalid=true] { border-color: #b3261e; }
  .error { display: block; color: #b3261e; font-weight: 600; margin: 0.25rem 0; }
  button { margin-top: 1rem; font: inherit; font-weight: 600; padding: 0.625rem 1.25rem; border-radius: 0.5rem; border: 2px solid #0b5394; background: #0b5394; color: #fff; cursor: pointer; }
  button:hover { background: #083d6e; }
  .summary { border: 3px solid #b3261e; border-radius: 0.5rem; padding: 0.75rem 1rem; background: #fff; }
  .summary h2 { margin: 0 0 0.5rem; font-size: 1.125rem; }
  .summary ul { margin: 0; padding-left: 1.25rem; }
  .summary a { color: #b3261e; font-weight: 600; }
  .verdict { display: flex; gap: 1rem; align-items: center; border: 3px solid; border-radius: 0.75rem; padding: 1.25rem; margin: 1rem 0 1.5rem; background: #fff; }
  .verdict-icon { flex: none; }
  .verdict-label { margin: 0; font-size: 0.9375rem; text-transform: uppercase; letter-spacing: 0.05em; }
  .verdict-name { margin: 0; font-size: 2.25rem; line-height: 1.15; font-weight: 800; }
  .verdict p:last-child { margin: 0.25rem 0 0; }
  .verdict.valid { border-color: #1a7f37; background: #e9f6ec; color: #0f5323; }
  .verdict.expired { border-color: #9a5b00; background: #fff5e0; color: #6b3f00; }
  .verdict.revoked, .verdict.tampered { border-color: #b3261e; background: #fdeceb; color: #8c1d18; }
  .verdict.replaced { border-color: #5a4a9c; background: #f0edfa; color: #3d2f7a; }
  .verdict.not_found { border-color: #5b6770; background: #eef1f4; color: #1b2530; }
  dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.5rem 1.25rem; margin: 0; background: #fff; border: 1px solid #d0d7de; border-radius: 0.75rem; padding: 1rem 1.25rem; }
  dt { font-weight: 600; color: #4a5560; }
  dd { margin: 0; overflow-wrap: anywhere; }
  .next { margin-top: 1.5rem; }
  @media (max-width: 30rem) {
    dl { grid-template-columns: 1fr; gap: 0 0; }
    dd { margin-bottom: 0.625rem; }
    .verdict { flex-direction: column; align-items: flex-start; }
    .verdict-name { font-size: 1.875rem; }
  }
`;

/** The page around the content: the registry's bar, the language link, one main region. */
function shell(
  language: Language,
  { title, content, otherLanguageHref }: { title: string; content: string; otherLanguageHref: string },
): RenderedPage {
  const t = verificationWording[language];
  const nonce = newNonce();
  const other = t.otherLanguage;
  const html = `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style nonce="${nonce}">${STYLE}</style>
</head>
<body>
<a class="skip" href="#main">${t.skipToContent}</a>
<header class="bar">
<a class="brand" href="${inLanguage('/verify', language)}">${t.registry}</a>
<a href="${escapeHtml(otherLanguageHref)}" lang="${other.lang}" hreflang="${other.lang}">${other.label}</a>
</header>
<main id="main" tabindex="-1">
${content}
</main>
</body>
</html>`;
  return {
    html,
    headers: {
      'Content-Security-Policy': [
        "default-src 'none'",
        `style-src 'nonce-${nonce}'`,
        "img-src 'self' data:",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
      ].join('; '),
      'Content-Language': language,
      'Cache-Control': 'no-store',
    },
  };
}

/** One field's error line, and the attributes its input takes. */
const fieldError = (language: Language, errors: FormErrors, field: keyof FormErrors) => {
  const code = errors[field];
  if (!code) return { line: '', attributes: '' };
  const id = `${field}-error`;
  return {
    line: `<span class="error" id="${id}">${verificationWording[language].errors[code]}</span>`,
    attributes: ` aria-invalid="true"`,
    describedBy: id,
  };
};

const describedBy = (...ids: (string | undefined)[]) => {
  const list = ids.filter(Boolean).join(' ');
  return list ? ` aria-describedby="${list}"` : '';
};

/** The form page: three ways to verify, each its own form. */
export function formPage(
  language: Language,
  { values = {}, errors = {} }: { values?: FormValues; errors?: FormErrors } = {},
): RenderedPage {
  const t = verificationWording[language];
  const number = fieldError(language, errors, 'number');
  const name = fieldError(language, errors, 'name');
  const file = fieldError(language, errors, 'file');
  const credential = fieldError(language, errors, 'credential');
  const failed = (Object.keys(errors) as (keyof FormErrors)[]).filter((field) => errors[field]);
  const summary = failed.length
    ? `<div class="summary" role="alert" aria-labelledby="summary-title">
<h2 id="summary-title">${t.errorSummary}</h2>
<ul>${failed.map((field) => `<li><a href="#${field}">${t.errors[errors[field] as keyof typeof t.errors]}</a></li>`).join('')}</ul>
</div>`
    : '';
  const content = `<h1>${t.title}</h1>
<p>${t.intro}</p>
${summary}
<section class="card" aria-labelledby="by-number">
<h2 id="by-number">${t.byNumber.heading}</h2>
<form method="post" action="${inLanguage('/verify/number', language)}" novalidate>
<label for="number">${t.byNumber.number}</label>
${number.line}<input type="text" id="number" name="number" value="${escapeHtml(values.number ?? '')}" autocomplete="off" autocapitalize="characters" spellcheck="false" required${number.attributes}${describedBy(number.describedBy)}>
<label for="name">${t.byNumber.name}</label>
<span class="hint" id="name-hint">${t.byNumber.nameHint}</span>
${name.line}<input type="text" id="name" name="name" value="${escapeHtml(values.name ?? '')}" autocomplete="off" spellcheck="false"${name.attributes}${describedBy('name-hint', name.describedBy)}>
<button type="submit">${t.byNumber.submit}</button>
</form>
</section>
<section class="card" aria-labelledby="by-pdf">
<h2 id="by-pdf">${t.byPdf.heading}</h2>
<form method="post" action="${inLanguage('/verify/pdf', language)}" enctype="multipart/form-data" novalidate>
<label for="file">${t.byPdf.file}</label>
<span class="hint" id="file-hint">${t.byPdf.hint}</span>
${file.line}<input type="file" id="file" name="file" accept="application/pdf,.pdf" required${file.attributes}${describedBy('file-hint', file.describedBy)}>
<button type="submit">${t.byPdf.submit}</button>
</form>
</section>
<section class="card" aria-labelledby="by-credential">
<h2 id="by-credential">${t.byCredential.heading}</h2>
<form method="post" action="${inLanguage('/verify/credential', language)}" novalidate>
<label for="credential">${t.byCredential.credential}</label>
<span class="hint" id="credential-hint">${t.byCredential.hint}</span>
${credential.line}<textarea id="credential" name="credential" rows="5" spellcheck="false" autocomplete="off" required${credential.attributes}${describedBy('credential-hint', credential.describedBy)}>${escapeHtml(values.credential ?? '')}</textarea>
<button type="submit">${t.byCredential.submit}</button>
</form>
</section>`;
  return shell(language, {
    title: failed.length ? `${t.errorSummary}: ${t.title}` : `${t.title} · ${t.registry}`,
    content,
    otherLanguageHref: inLanguage('/verify', t.otherLanguage.lang),
  });
}

/**
 * The answer. `otherLanguageHref`: the same answer in the other language, where a link can
 * ask for it again (a number or code in the path); else the form in the other language.
 */
export function resultPage(
  language: Language,
  verification: Verification,
  { otherLanguageHref }: { otherLanguageHref?: string } = {},
): RenderedPage {
  const t = verificationWording[language];
  const words = t.results[verification.result];
  const certificate = verification.certificate;
  const row = (term: string, value: string) => `<dt>${term}</dt><dd>${value}</dd>`;
  const details = certificate
    ? `<h2>${t.details}</h2>
<dl>
${row(t.holder, escapeHtml(`${certificate.holder.givenName} ${certificate.holder.familyName}`))}
${row(t.qualification, escapeHtml(certificate.qualification.name))}
${certificate.qualification.eqfLevel === null ? '' : row(t.level, String(certificate.qualification.eqfLevel))}
${row(t.body, escapeHtml(certificate.body.name))}
${row(t.number, escapeHtml(certificate.number))}
${row(t.issuedOn, formatDay(certificate.issuedOn, language))}
${row(t.validUntil, certificate.validUntil === null ? t.indefinite : formatDay(certificate.validUntil, language))}
${
  verification.replacedBy
    ? row(
        t.replacedBy,
        `<a href="${escapeHtml(inLanguage(`/verify/${encodeURIComponent(verification.replacedBy)}`, language))}">${escapeHtml(verification.replacedBy)}</a>`,
      )
    : ''
}
${row(t.checkedAt, `<time datetime="${verification.checkedAt}">${MOMENT[language].format(new Date(verification.checkedAt))}</time>`)}
</dl>`
    : '';
  const content = `<h1>${t.title}</h1>
<section class="verdict ${verification.result}" aria-labelledby="verdict-name">
${icon(verification.result)}
<div>
<p class="verdict-label">${t.result}</p>
<h2 class="verdict-name" id="verdict-name">${words.name}</h2>
<p>${words.explanation}</p>
</div>
</section>
${details}
<p class="next"><a href="${inLanguage('/verify', language)}">${t.checkAnother}</a></p>`;
  const subject = certificate ? `${certificate.number}: ` : '';
  return shell(language, {
    title: `${subject}${words.name} · ${t.title}`,
    content,
    otherLanguageHref: otherLanguageHref ?? inLanguage('/verify', t.otherLanguage.lang),
  });
}

/** Over the rate limit: when to try again. */
export function tooManyPage(language: Language, seconds: number): RenderedPage {
  const t = verificationWording[language];
  return shell(language, {
    title: `${t.tooMany.heading} · ${t.title}`,
    content: `<h1>${t.tooMany.heading}</h1>
<p>${t.tooMany.text(seconds)}</p>
<p class="next"><a href="${inLanguage('/verify', language)}">${t.checkAnother}</a></p>`,
    otherLanguageHref: inLanguage('/verify', t.otherLanguage.lang),
  });
}
