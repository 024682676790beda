import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase({ seeded: false });
});
afterAll(() => database.drop());

describe('operations endpoints', () => {
  it('says it is alive and ready while the database answers', async () => {
    const { app } = createTestApp(database);
    expect(await (await app.request('/health')).json()).toEqual({ status: 'ok' });
    const ready = await app.request('/ready');
    expect(ready.status).toBe(200);
  });

  it('says it is not ready, as problem+json, when the database does not answer', async () => {
    const { app } = createTestApp({ ...database, ping: async () => false });
    const res = await app.request('/ready');
    expect(res.status).toBe(503);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});

describe('API reference', () => {
  it('publishes an OpenAPI 3.1 document generated from the validation schemas', async () => {
    const { app } = createTestApp(database);
    const doc = (await (await app.request('/openapi.json')).json()) as {
      openapi: string;
      paths: Record<
        string,
        { get?: { parameters?: { name: string; in: string }[]; responses: Record<string, unknown> } }
      >;
    };
    expect(doc.openapi).toBe('3.1.0');
    const qualification = doc.paths['/bodies/{body}/qualifications/{qualification}']?.get;
    expect(qualification?.parameters?.map((p) => `${p.in}:${p.name}`)).toEqual(
      expect.arrayContaining(['path:body', 'path:qualification', 'query:on', 'query:sessions', 'query:lang']),
    );
    expect(Object.keys(qualification?.responses ?? {})).toEqual(
      expect.arrayContaining(['200', '400', '404']),
    );
  });

  it('serves a reference page whose script comes from this server, not a CDN', async () => {
    const { app } = createTestApp(database);
    const page = await (await app.request('/docs')).text();
    expect(page).toContain('/docs/scalar.js');
    expect(page).toContain('/openapi.json');
    const script = await app.request('/docs/scalar.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
  });
});
