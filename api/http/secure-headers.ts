// The security headers the API's answers carry unless they set their own (answer-headers.ts puts
// them on; a handler's own value wins, as with hono/secure-headers' `overwrite: false`, so the login
// popup's COOP and the pages' CSP stay theirs).
//
// Two sets, because most answers are JSON that no browser shows as a page. Every answer gets what
// OWASP's REST Security Cheat Sheet asks of all API responses (a CSP that allows nothing and no
// framing, HSTS, nosniff, X-Frame-Options), plus Referrer-Policy and CORP. The rest of
// hono/secure-headers' defaults act only on a document — an opener relationship, an agent
// cluster, DNS prefetching of a page's links, IE8's "open" button for downloaded HTML, Adobe's
// cross-domain policy files, the XSS auditor of old browsers — so only answers a browser may
// render (HTML, a PDF or image shown inline, scripts) carry them. On JSON they did nothing but cost
// every caller ~170 bytes to write and parse on each request: a tenth of a catalogue answer's headers.
import { DATA_POLICY } from './csp.ts';

/** For every answer: the data policy as CSP (csp.ts), and hono/secure-headers' other defaults that a JSON answer needs. */
export const SECURE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': DATA_POLICY,
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'SAMEORIGIN',
};

/** hono/secure-headers' defaults that only a document acts on: not on JSON (isData). */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/** JSON or problem+json: data a browser hands to a script, never shows as a page. */
export const isData = (contentType: string | null) =>
  contentType !== null && /^application\/(?:[\w.-]+\+)?json\b/.test(contentType);

/**
 * The widget's files are public code that awarding bodies' pages load as module scripts: CORP must
 * let any site load them. Everything else is for the API's own origin.
 */
export const resourcePolicy = (path: string) =>
  path.startsWith('/widget/') ? 'cross-origin' : 'same-origin';
