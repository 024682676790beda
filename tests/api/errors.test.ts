import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonOnly } from '../../api/http/json-only.ts';
import { jsonBody } from '../../api/http/validate.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance: string;
  requestId: string;
  errors?: { in: string; field: string; pointer?: string; detail: string }[];
};

let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.drop());

async function problemOf(res: Response): Promise<Problem> {
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const body = (await res.json()) as Problem;
  expect(body.status).toBe(res.status);
  expect(body.requestId).toBe(res.headers.get('x-request-id'));
  return body;
}

describe('bad input', () => {
  it('answers 400 naming each bad query parameter', async () => {
    const { app } = createTestApp(database);
    const res = await app.request('/bodies/etel/qualifications/turvajuht-5?on=2024-02-30&sessions=0');
    expect(res.status).toBe(400);
    const problem = await problemOf(res);
    // In Estonian, the language a request gets when it asks for none (wording.test.ts: English).
    expect(problem.errors).toEqual([
      { in: 'query', field: 'on', detail: 'peab olema päriselt olemas olev kuupäev' },
      { in: 'query', field: 'sessions', detail: 'peab olema vähemalt 1' },
    ]);
    expect(problem.instance).toBe('/bodies/etel/qualifications/turvajuht-5');
  });

  it('answers 400 naming a malformed path parameter', async () => {
    const { app } = createTestApp(database);
    const problem = await problemOf(await app.request('/bodies/ETEL%20Ltd/qualifications'));
    expect(problem.errors?.[0]).toMatchObject({ in: 'path', field: 'body' });
  });

  it('answers 404 for an unknown path and 405 with Allow for a wrong method', async () => {
    const { app } = createTestApp(database);
    expect((await problemOf(await app.request('/nowhere'))).status).toBe(404);
    const res = await app.request('/bodies/etel', { method: 'DELETE' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toContain('GET');
    await problemOf(res);
  });
});

describe('JSON bodies', () => {
  const Echo = v.object({
    invoice: v.object({ email: v.pipe(v.string(), v.email('must be an e-mail address')) }),
  });
  const echoApp = () => {
    const { app } = createTestApp(database);
    return app.post('/echo', jsonOnly({ maxBytes: 200 }), jsonBody(Echo), (c) =>
      c.json(c.req.valid('json'), 200),
    );
  };
  const post = (body: string, type = 'application/json') =>
    echoApp().request('/echo', { method: 'POST', body, headers: { 'Content-Type': type } });

  it('accepts a valid body', async () => {
    const res = await post(JSON.stringify({ invoice: { email: 'raamatupidaja@example.ee' } }));
    expect(res.status).toBe(200);
  });

  it('answers 422 with a JSON pointer to the failing field', async () => {
    const problem = await problemOf(await post(JSON.stringify({ invoice: { email: 'nope' } })));
    expect(problem.status).toBe(422);
    expect(problem.errors).toEqual([
      { in: 'body', field: 'invoice.email', pointer: '/invoice/email', detail: 'peab olema e-posti aadress' },
    ]);
  });

  it('answers 400 for malformed JSON, 415 for another media type, 413 past the limit', async () => {
    expect((await problemOf(await post('{"invoice":'))).status).toBe(400);
    expect((await problemOf(await post('invoice=1', 'application/x-www-form-urlencoded'))).status).toBe(415);
    expect(
      (await problemOf(await post(JSON.stringify({ invoice: { email: 'x'.repeat(300) } })))).status,
    ).toBe(413);
  });
});

describe('unexpected failures and logs', () => {
  it('answers 500 as problem+json without the error’s message, and logs no message either', async () => {
    const { app, logLines } = createTestApp(database);
    app.get('/explode', () => {
      throw new Error('Key (personal_code)=(38503120221) already exists');
    });
    const res = await app.request('/explode');
    const problem = await problemOf(res);
    expect(problem.status).toBe(500);
    expect(JSON.stringify(problem)).not.toContain('38503120221');
    expect(logLines.join('')).toContain('unexpected error');
    expect(logLines.join('')).not.toContain('38503120221');
  });

  it('logs the route pattern of a request, never its path or query', async () => {
    const { app, logLines } = createTestApp(database);
    await app.request('/bodies/etel/qualifications/turvajuht-5?personalCode=38503120221&token=secret-token');
    const line = JSON.parse(logLines.at(-1) ?? '{}');
    expect(line).toMatchObject({
      method: 'GET',
      route: '/bodies/:body/qualifications/:qualification',
      status: 200,
    });
    expect(logLines.join('')).not.toMatch(/38503120221|secret-token/);
  });
});
