// The OpenAPI document at /openapi.json is what a team generates a client from: it must be valid
// against the official OpenAPI 3.1 schema, clean under `redocly lint` (redocly.yaml), and say of
// every operation who may call it, as the route's allow() guard decides.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guard } from '../../api/access/allow.ts';
import { securityOf } from '../../api/http/openapi.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

type Operation = { security?: Record<string, string[]>[]; responses?: Record<string, unknown> };
type Document = { openapi: string; paths: Record<string, Record<string, Operation>> };

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let document: Document;

beforeAll(async () => {
  database = await createTestDatabase({ seeded: false });
  ({ app } = createTestApp(database));
  const res = await app.request('/openapi.json');
  expect(res.status).toBe(200);
  document = (await res.json()) as Document;
});
afterAll(() => database.drop());

/** Hono's `/bodies/:body` as OpenAPI writes it; PUT …/documents/:type is listed under {document}. */
const templateOf = (path: string) =>
  path.replace(/:([^/]+)/g, '{$1}').replace(/\/documents\/\{type\}$/, '/documents/{document}');

/** The API's own pages of its documentation are not operations of the API. */
const NOT_DOCUMENTED = new Set(['/openapi.json', '/docs', '/docs/scalar.js']);

describe('the OpenAPI document', () => {
  it('is valid against the official OpenAPI 3.1 schema', async () => {
    expect(document.openapi).toBe('3.1.0');
    const result = await new Validator().validate(document);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('passes `redocly lint` with the recommended rules, with no error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'kutse-openapi-')), 'openapi.json');
    writeFileSync(file, JSON.stringify(document));
    const cli = join(process.cwd(), 'node_modules/@redocly/cli/bin/cli.js');
    // Offline: no telemetry, no update check (the CLI needs neither to lint).
    const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' };
    const args = [
      cli,
      'lint',
      file,
      '--config',
      'redocly.yaml',
      '--format',
      'json',
      '--max-problems',
      '1000',
    ];
    const { stdout } = await promisify(execFile)(process.execPath, args, { env, timeout: 60_000 }).catch(
      // A lint with errors exits 1; its report is still on stdout.
      (error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }),
    );
    const report = JSON.parse(stdout) as {
      totals: { errors: number };
      problems: { severity: string; ruleId: string; message: string; location: { pointer: string }[] }[];
    };
    const errors = report.problems
      .filter((p) => p.severity === 'error')
      .map((p) => `${p.ruleId} at ${p.location[0]?.pointer}: ${p.message}`);
    expect(errors).toEqual([]);
    expect(report.totals.errors).toBe(0);
  }, 90_000);

  it('documents every route, each with the security its allow() rule means', () => {
    const seen: string[] = [];
    const wrong: string[] = [];
    for (const route of app.routes) {
      const rule = (route.handler as Partial<Guard>).rule;
      if (!rule || NOT_DOCUMENTED.has(route.path)) continue;
      const name = `${route.method} ${route.path}`;
      seen.push(name);
      const operation = document.paths[templateOf(route.path)]?.[route.method.toLowerCase()];
      if (!operation) {
        wrong.push(`${name}: not in the document`);
        continue;
      }
      const changes = !['GET', 'HEAD', 'OPTIONS'].includes(route.method);
      const want = securityOf(rule, { changes }).security;
      // A public page may also say whom it recognises, after the anonymous `{}`.
      const got =
        rule.kind === 'public' && operation.security?.[0] && !Object.keys(operation.security[0]).length
          ? []
          : operation.security;
      if (JSON.stringify(got) !== JSON.stringify(want))
        wrong.push(`${name}: ${JSON.stringify(operation.security)}, its rule means ${JSON.stringify(want)}`);
    }
    expect(wrong).toEqual([]);
    expect(seen.length).toBeGreaterThan(30);
  });

  it('declares every error an operation answers as problem+json, and a body for every JSON success', () => {
    const wrong: string[] = [];
    for (const [path, item] of Object.entries(document.paths))
      for (const [method, operation] of Object.entries(item)) {
        for (const [status, response] of Object.entries(operation.responses ?? {})) {
          const r = response as { $ref?: string; content?: Record<string, { schema?: unknown }> };
          const types = Object.keys(r.content ?? {});
          if (
            status >= '400' &&
            !r.$ref &&
            !types.includes('application/problem+json') &&
            !types.includes('text/html')
          )
            wrong.push(`${method} ${path} ${status}: not problem+json`);
          if (r.content?.['application/json'] && !r.content['application/json'].schema)
            wrong.push(`${method} ${path} ${status}: JSON without a schema`);
        }
        if (!Object.keys(operation.responses ?? {}).some((s) => /^[23]/.test(s)))
          wrong.push(`${method} ${path}: no success answer`);
      }
    expect(wrong).toEqual([]);
  });
});
