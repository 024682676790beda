// The console's page as the API serves it (api/console/): /console and each deep link answer the
// same HTML, with the person, the CSRF token and whether they administer the registry embedded for
// the application (a registry admin of no body gets it too) and its entry script loaded with the
// answer's nonce; signed out, a sign-in link back to the same link; the built files
// cached for good, and nothing else served from their folder.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consolePage } from '../../api/console/page.ts';
import { consoleHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let headers: Awaited<ReturnType<typeof consoleHeaders>>;
const built = mkdtempSync(join(tmpdir(), 'kutse-console-'));
const ENTRY = 'console-AbCd_123.js';

beforeAll(async () => {
  // A build of the console as Vite writes it: the manifest names the hashed entry.
  mkdirSync(join(built, '.vite'));
  writeFileSync(
    join(built, '.vite', 'manifest.json'),
    JSON.stringify({ 'widget/src/console/main.ts': { file: ENTRY, isEntry: true } }),
  );
  writeFileSync(join(built, ENTRY), 'export {};');
  process.env.KUTSE_CONSOLE_DIR = built;
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  headers = await consoleHeaders(database, 'etelProcessor');
});
afterAll(async () => {
  delete process.env.KUTSE_CONSOLE_DIR;
  await database.drop();
});

/** The JSON the page embeds for the application. */
const bootOf = (html: string) =>
  JSON.parse(
    html.match(/<script type="application\/json" id="kutse-console-boot">(.*?)<\/script>/s)?.[1] ?? 'null',
  );

describe('the console’s page', () => {
  it.each([
    '/console',
    '/console/bodies/etel/applications?state=submitted&sort=name',
    '/console/bodies/etel/applications/00000000-0000-4000-8000-000000000001',
    '/console/bodies/etel/dashboard',
  ])('answers %s with the application, its data embedded, not stored', async (path) => {
    const res = await app.request(path, { headers });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<html lang="et">');
    const nonce = res.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
    expect(html).toContain(`<script type="module" nonce="${nonce}" src="/console/assets/${ENTRY}"></script>`);
    expect(bootOf(html)).toEqual({
      language: 'et',
      csrfToken: headers['x-csrf-token'],
      person: { name: 'Andres Kivi' },
      roles: ['Eesti Turvaettevõtete Liit: menetleja'],
      bodies: [{ slug: 'etel', name: 'Eesti Turvaettevõtete Liit', role: 'processor' }],
      registryAdmin: false,
    });
  });

  it.each([
    '/console',
    '/console/registry/requests?state=open',
    '/console/registry/requests/00000000-0000-4000-8000-000000000001',
    '/console/registry/bodies',
  ])('starts the application at %s for a registry admin who is no body’s staff', async (path) => {
    const admin = await consoleHeaders(database, 'registryAdmin');
    const res = await app.request(path, { headers: admin });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(`src="/console/assets/${ENTRY}"></script>`);
    expect(html).not.toContain('id="sign-out"');
    expect(bootOf(html)).toEqual({
      language: 'et',
      csrfToken: admin['x-csrf-token'],
      person: { name: 'Helle Kask' },
      roles: ['registri haldur'],
      bodies: [],
      registryAdmin: true,
    });
  });

  it('speaks the language asked for', async () => {
    const html = await (await app.request('/console/bodies/etel/applications?lang=en', { headers })).text();
    expect(html).toContain('<html lang="en">');
    expect(bootOf(html).bodies[0].name).toBe('Estonian Security Companies Association');
    expect(html).toContain('href="/console/bodies/etel/applications?lang=et" lang="et">Eesti keeles</a>');
  });

  it('offers to sign in when nobody is, and to come back to the same link', async () => {
    const html = await (await app.request('/console/bodies/etel/applications?state=submitted')).text();
    expect(html).toContain(
      `href="/auth/console/login?return=${encodeURIComponent('/console/bodies/etel/applications?state=submitted&lang=et')}&amp;lang=et">Logi sisse</a>`,
    );
    expect(html).not.toContain('kutse-console-boot');
    expect(html).not.toContain('type="module"');
  });

  it('offers a person who is no body’s staff their roles and signing out, without the application', async () => {
    const res = await app.request('/console', { headers: await consoleHeaders(database, 'committeeChair') });
    const html = await res.text();
    expect(html).toContain('Eesti Turvaettevõtete Liit: kutsekomisjoni liige');
    expect(html).not.toContain('kutse-console-boot');
    const nonce = res.headers.get('content-security-policy')?.match(/'nonce-([^']+)'/)?.[1];
    expect(html).toContain(`<script nonce="${nonce}">`);
    expect(html).toMatch(
      /<button type="button" class="button" id="sign-out" data-csrf="[^"]+">Logi välja<\/button>/,
    );
  });

  it('keeps a name that holds markup from closing the embedded script', () => {
    const name = '</script><script>alert(1)</script><!--';
    const { html } = consolePage(
      {
        signedIn: true,
        name,
        csrfToken: 'x',
        roles: [],
        bodies: [{ slug: 'etel', name, role: 'processor' }],
        registryAdmin: false,
        entry: `/console/assets/${ENTRY}`,
      },
      'et',
      '/console',
    );
    const embedded = html.match(/id="kutse-console-boot">(.*?)<\/script>/s)?.[1] ?? '';
    expect(embedded).not.toContain('<');
    expect(JSON.parse(embedded).person.name).toBe(name);
    expect(html).not.toContain('<script>alert(1)');
  });
});

describe('the console’s files', () => {
  it('serves a built file, cached for good', async () => {
    const res = await app.request(`/console/assets/${ENTRY}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it.each(['console-00000000.js', '..%2F.vite%2Fmanifest.json', 'manifest.json'])(
    'answers 404 for %s, and keeps it out of caches',
    async (name) => {
      const res = await app.request(`/console/assets/${name}`);
      expect(res.status).toBe(404);
      expect(res.headers.get('cache-control')).toBe('no-store');
    },
  );
});
