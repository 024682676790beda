import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, widgetDirWith } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ etelOrigins: ['http://localhost:5174'] });
});
afterAll(() => database.drop());

const request = (path: string, origin: string, init: RequestInit = {}) =>
  createTestApp(database).app.request(path, { ...init, headers: { Origin: origin, ...init.headers } });

describe('CORS', () => {
  it('allows a website origin the body registered', async () => {
    const res = await request('/bodies/etel/qualifications/turvajuht-5', 'http://localhost:5174');
    expect(res.headers.get('access-control-allow-origin')).toBe('http://localhost:5174');
    expect(res.headers.get('access-control-expose-headers')).toBe('X-Request-Id,Content-Language,ETag');
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('gives an origin no body registered no CORS headers', async () => {
    const res = await request('/bodies/etel/qualifications/turvajuht-5', 'https://evil.example');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBeNull();
  });

  it('gives a request without an Origin no CORS headers, but varies on Origin for caches', async () => {
    const res = await createTestApp(database).app.request('/bodies/etel/qualifications/turvajuht-5');
    expect(res.status).toBe(200);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(res.headers.get('access-control-expose-headers')).toBeNull();
    expect(res.headers.get('vary')).toContain('Origin');
  });

  it('does not let one body’s website read another body’s routes', async () => {
    const res = await request('/bodies/naidiskokad/qualifications', 'http://localhost:5174');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('answers a preflight from a registered origin, and not one from elsewhere', async () => {
    const preflight = (origin: string) =>
      request('/bodies/etel', origin, {
        method: 'OPTIONS',
        headers: { 'Access-Control-Request-Method': 'POST' },
      });
    const allowed = await preflight('http://localhost:5174');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5174');
    expect(allowed.headers.get('access-control-allow-methods')).toContain('POST');
    const refused = await preflight('https://evil.example');
    expect(refused.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('the widget’s files', () => {
  it('are loadable as module scripts from any website, the loader revalidated, chunks cached for good', async () => {
    const widgetDir = widgetDirWith({ 'kutse.js': 'export {};', 'shared-NnNYMbW1.js': 'export {};' });
    const { app } = createTestApp(database, { widgetDir });
    const loader = await app.request('/widget/kutse.js', { headers: { Origin: 'https://any-body.example' } });
    expect(loader.status).toBe(200);
    expect(loader.headers.get('content-type')).toMatch(/javascript/);
    expect(loader.headers.get('access-control-allow-origin')).toBe('*');
    expect(loader.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(loader.headers.get('cache-control')).toBe('no-cache');
    const chunk = await app.request('/widget/shared-NnNYMbW1.js');
    expect(chunk.headers.get('cache-control')).toContain('immutable');
  });

  it('answers 404 as problem+json for a file that is not there', async () => {
    const res = await createTestApp(database).app.request('/widget/missing.js');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
