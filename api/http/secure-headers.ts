// The headers every answer carries unless it sets its own: a Content-Security-Policy that lets a
// browser do nothing with data (csp.ts), hono/secure-headers' defaults (no sniffing, no framing, no
// referrer, HSTS, same-origin opener, …) and a Cross-Origin-Resource-Policy. answer-headers.ts
// puts them on every answer; a handler that sets its own value (the login popup's COOP and CSP,
// the console's and the reference's CSP) keeps it, as with hono/secure-headers' `overwrite: false`.
import { DATA_POLICY } from './csp.ts';

/** hono/secure-headers' defaults as the API used them, with the data policy as CSP. */
export const SECURE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': DATA_POLICY,
  'cross-origin-opener-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=15552000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-dns-prefetch-control': 'off',
  'x-download-options': 'noopen',
  'x-frame-options': 'SAMEORIGIN',
  'x-permitted-cross-domain-policies': 'none',
  'x-xss-protection': '0',
};

/**
 * The widget's files are public code that awarding bodies' pages load as module scripts: CORP must
 * let any site load them. Everything else is for the API's own origin.
 */
export const resourcePolicy = (path: string) =>
  path.startsWith('/widget/') ? 'cross-origin' : 'same-origin';
