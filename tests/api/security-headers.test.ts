// What a browser is told about each kind of answer: a Content-Security-Policy on every one (strict
// for data, a nonce-bound one for each HTML page), and how long it may keep the widget's files.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleHeaders } from '../fixtures/sign-in.ts';
import { createTestApp, widgetDirWith } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

const STRICT = "default-src 'none'; frame-ancestors 'none'";

/** What OWASP's REST Security Cheat Sheet asks of every API answer (Cache-Control aside). */
const EVERY_ANSWER = ['strict-transport-security', 'x-content-type-options', 'x-frame-options'];
/** Headers only a document acts on (an opener, an agent cluster, a page's links, old browsers' XSS auditor). */
const DOCUMENT_ONLY = [
  'cross-origin-opener-policy',
  'origin-agent-cluster',
  'x-dns-prefetch-control',
  'x-download-options',
  'x-permitted-cross-domain-policies',
  'x-xss-protection',
];

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database, {
    widgetDir: widgetDirWith({ 'kutse.js': 'export {};', 'shared-NnNYMbW1.js': 'export {};' }),
  }));
});
afterAll(() => database.drop());

/** A policy's directives by name, e.g. { 'script-src': ["'nonce-…'"] }. */
function directives(policy: string | null) {
  return Object.fromEntries(
    (policy ?? '')
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name as string, values]),
  );
}

/** The nonces of a page's script elements, which its policy must name and nothing else may carry. */
const scriptNonces = (html: string) =>
  [...html.matchAll(/<script\b[^>]*\bnonce="([^"]+)"/g)].map((m) => m[1]);

describe('JSON and problem+json answers', () => {
  it.each([
    ['a catalogue page', '/bodies/etel/qualifications/turvajuht-5', 200],
    ['the OpenAPI document', '/openapi.json', 200],
    ['a path that serves nothing', '/nothing-here', 404],
    ['a bad parameter', '/bodies/etel/qualifications/turvajuht-5?sessions=abc', 400],
    ['a route that needs a person', '/me', 401],
  ])('%s carries a policy that lets it do nothing in a browser', async (_what, path, status) => {
    const res = await app.request(path);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-security-policy')).toBe(STRICT);
    for (const name of EVERY_ANSWER) expect(res.headers.get(name), name).toBeTruthy();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    // Nothing a browser would only heed on a page: bytes every caller writes and parses for nothing.
    for (const name of DOCUMENT_ONLY) expect(res.headers.get(name), name).toBeNull();
  });
});

describe('answers a browser may show as a page', () => {
  it.each([
    ['the console', '/console'],
    ['the API reference', '/docs'],
    ['the widget’s loader', '/widget/kutse.js'],
  ])('%s carries the document’s headers too', async (_what, path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    for (const name of [...EVERY_ANSWER, ...DOCUMENT_ONLY]) expect(res.headers.get(name), name).toBeTruthy();
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(res.headers.get('x-xss-protection')).toBe('0');
  });
});

describe('the API reference at /docs', () => {
  it('runs only its own script, with this answer’s nonce, and reads only the API', async () => {
    const res = await app.request('/docs');
    expect(res.status).toBe(200);
    const html = await res.text();
    const policy = directives(res.headers.get('content-security-policy'));
    const nonces = scriptNonces(html);
    // The script file and the call that starts it, both carrying the nonce.
    expect(nonces).toHaveLength(2);
    expect(new Set(nonces).size).toBe(1);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).toContain('<script src="/docs/scalar.js"');
    expect(policy['script-src']).toEqual([`'nonce-${nonces[0]}'`]);
    expect(policy['default-src']).toEqual(["'none'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'none'"]);
    // Each answer its own nonce.
    const again = scriptNonces(await (await app.request('/docs')).text());
    expect(again[0]).not.toBe(nonces[0]);
  });
});

describe('the console’s page', () => {
  it('signed out and signed in, runs only scripts with this answer’s nonce and cannot be framed', async () => {
    const signedIn = await consoleHeaders(database, 'etelProcessor');
    for (const headers of [{}, { cookie: signedIn.cookie }] as Record<string, string>[]) {
      const res = await app.request('/console', { headers });
      expect(res.status).toBe(200);
      const policy = directives(res.headers.get('content-security-policy'));
      expect(policy['default-src']).toEqual(["'none'"]);
      expect(policy['frame-ancestors']).toEqual(["'none'"]);
      const nonces = scriptNonces(await res.text());
      expect(policy['script-src']).toEqual(nonces.length ? [`'nonce-${nonces[0]}'`] : expect.any(Array));
      expect(policy['script-src']?.join(' ')).not.toMatch(/unsafe/);
    }
  });
});

describe('the login popup’s page', () => {
  it('keeps its own policy (a refused start shows it)', async () => {
    const res = await app.request(
      `/auth/widget/start?body=etel&origin=${encodeURIComponent('https://not-registered.example')}&handoff=${'A'.repeat(43)}`,
    );
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const policy = directives(res.headers.get('content-security-policy'));
    expect(policy['script-src']?.[0]).toMatch(/^'nonce-/);
    expect(policy['form-action']).toEqual(["'none'"]);
    // Its own opener policy, not the documents' default: the popup must reach the page that opened it.
    expect(res.headers.get('cross-origin-opener-policy')).toBe('unsafe-none');
  });
});

describe('the widget’s files', () => {
  it('stay loadable from any website: the loader revalidated, hashed chunks cached for good', async () => {
    const loader = await app.request('/widget/kutse.js', { headers: { Origin: 'https://any-body.example' } });
    expect(loader.status).toBe(200);
    expect(loader.headers.get('access-control-allow-origin')).toBe('*');
    expect(loader.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(loader.headers.get('cache-control')).toBe('no-cache');
    const chunk = await app.request('/widget/shared-NnNYMbW1.js');
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each([
    ['a chunk of another build', '/widget/shared-AAAAAAAA.js'],
    ['a file that never was', '/widget/missing.js'],
  ])('is not cached when missing: %s', async (_what, path) => {
    const res = await app.request(path);
    expect(res.status).toBe(404);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
  });
});
