// Content-Security-Policy of the API's answers. Data (JSON, problem+json, the widget's scripts) gets
// one that lets a browser do nothing with it: should an answer ever be rendered as a page (opened
// directly, sniffed, framed), it can load nothing and run nothing. An HTML page sets its own, with a
// fresh nonce for its scripts: the console (console/page.ts), the login popup (auth/popup-page.ts)
// and the API reference (below). A policy on a script file binds nothing when a body's page loads
// it, so the widget keeps working on every website.
import { randomBytes } from 'node:crypto';

/** For every answer that does not set its own (secure-headers.ts). */
export const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A fresh nonce for one HTML answer's scripts. */
export const newNonce = () => randomBytes(16).toString('base64');

/**
 * The API reference (Scalar, served from our own origin): its script file and the inline call that
 * starts it carry the nonce; it reads the OpenAPI document and sends "try it" requests to the API
 * only. Scalar injects its stylesheets at runtime without a nonce, hence inline styles; its icons
 * and logos are data: URLs. Its one `new Function("")` is a feature test that it catches.
 */
export const docsPolicy = (nonce: string) =>
  [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    "style-src 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
