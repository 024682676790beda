// The API answers in the language asked for — ?lang= first, then Accept-Language — everywhere:
// the domain's refusals, the missing list and valibot's validation alike; and no code of any
// wording table lacks a language.
import { readdirSync } from 'node:fs';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationWording } from '../../api/applications/wording.ts';
import { documentWording } from '../../api/documents/wording.ts';
import {
  estonianOfSchemaMessages,
  httpWording,
  ISSUE_TYPES,
  sayIssue,
  validationWording,
} from '../../api/http/wording.ts';
import { documentRuleWording } from '../../contract/document-rules.wording.ts';
import * as slugSchemas from '../../contract/slug.ts';
import { widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

type Problem = {
  status: number;
  title: string;
  detail: string;
  errors?: { in: string; field: string; pointer?: string; detail: string }[];
};

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

/** The ways a request can ask for a language; `?lang=` wins over the header. */
const asking = {
  et: [{ header: 'et' }, { query: 'et' }, { header: 'en', query: 'et' }],
  en: [{ header: 'en-GB,en;q=0.9' }, { query: 'en' }, { header: 'et', query: 'en' }],
} as const;
type Asking = { header?: string; query?: string };

async function request(
  path: string,
  how: Asking,
  init: RequestInit & { headers?: Record<string, string> } = {},
) {
  const url = how.query ? `${path}${path.includes('?') ? '&' : '?'}lang=${how.query}` : path;
  const res = await app.request(url, {
    ...init,
    headers: { ...init.headers, ...(how.header ? { 'accept-language': how.header } : {}) },
  });
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return {
    status: res.status,
    language: res.headers.get('content-language'),
    problem: (await res.json()) as Problem,
  };
}

describe('the same invalid request, in Estonian and in English', () => {
  let headers: Record<string, string>;
  let applicationId: string;

  beforeAll(async () => {
    const { authorization, origin } = await widgetHeaders(database, 'securityOfficer');
    headers = { authorization, origin, 'content-type': 'application/json' };
    const res = await app.request('/bodies/etel/applications', {
      method: 'POST',
      headers,
      body: JSON.stringify({ qualification: 'turvajuht-5', kind: 'first' }),
    });
    applicationId = ((await res.json()) as { id: string }).id;
  });

  const patchEmail = (how: Asking) =>
    request(`/bodies/etel/applications/${applicationId}`, how, {
      method: 'PATCH',
      headers,
      body: JSON.stringify({ contact: { email: 'not an address' } }),
    });

  it.each(asking.et)('a draft with a bad e-mail address is refused in Estonian (%o)', async (how) => {
    const { status, language, problem } = await patchEmail(how);
    expect({ status, language }).toEqual({ status: 422, language: 'et' });
    expect(problem.title).toBe('Unprocessable Content');
    expect(problem.errors).toEqual([
      { in: 'body', field: 'contact.email', pointer: '/contact/email', detail: 'peab olema e-posti aadress' },
    ]);
    expect(problem.detail).toBe('Sobimatu väärtus päringu sisus: contact.email.');
  });

  it.each(asking.en)('a draft with a bad e-mail address is refused in English (%o)', async (how) => {
    const { status, language, problem } = await patchEmail(how);
    expect({ status, language }).toEqual({ status: 422, language: 'en' });
    expect(problem.errors).toEqual([
      { in: 'body', field: 'contact.email', pointer: '/contact/email', detail: 'must be an e-mail address' },
    ]);
    expect(problem.detail).toBe('Invalid body parameter: contact.email.');
  });

  const submit = (how: Asking) =>
    request(`/bodies/etel/applications/${applicationId}/submit`, how, { method: 'POST', headers });

  it('a submit with documents missing names each in Estonian', async () => {
    const { status, problem } = await submit({ header: 'et' });
    expect(status).toBe(422);
    expect(problem.detail).toBe('Taotlusest puudub veel midagi.');
    const documents = problem.errors?.filter((e) => e.field.startsWith('documents.')) ?? [];
    expect(documents.length).toBeGreaterThan(0);
    for (const e of documents) expect(e.detail).toMatch(/^Lisa dokument: .+\.$/);
    expect(problem.errors).toContainEqual({ in: 'body', field: 'examSession', detail: 'Vali eksamiaeg.' });
  });

  it('a submit with documents missing names each in English', async () => {
    const { status, problem } = await submit({ query: 'en' });
    expect(status).toBe(422);
    expect(problem.detail).toBe('The application is not complete yet.');
    const documents = problem.errors?.filter((e) => e.field.startsWith('documents.')) ?? [];
    expect(documents.length).toBeGreaterThan(0);
    for (const e of documents) expect(e.detail).toMatch(/^Add the document: .+\.$/);
    expect(problem.errors).toContainEqual({
      in: 'body',
      field: 'examSession',
      detail: 'Choose an exam session.',
    });
  });

  it('the view lists what is missing in the language asked for', async () => {
    const view = async (lang: string) =>
      (await (
        await app.request(`/bodies/etel/applications/${applicationId}?lang=${lang}`, { headers })
      ).json()) as {
        missing: { field: string; detail: string }[];
      };
    const et = (await view('et')).missing.find((m) => m.field === 'delivery');
    const en = (await view('en')).missing.find((m) => m.field === 'delivery');
    expect(et?.detail).toBe('Vali, kas soovid paberil tunnistust ja kuidas see sinuni jõuab.');
    expect(en?.detail).toBe('Choose whether you want a paper certificate and how it reaches you.');
  });
  it('an unknown application is not found, in either language', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const et = await request(`/bodies/etel/applications/${id}`, { header: 'et' }, { headers });
    const en = await request(`/bodies/etel/applications/${id}`, { header: 'en' }, { headers });
    expect([et.status, en.status]).toEqual([404, 404]);
    expect(et.problem.detail).toBe(`Taotlust ${id} ei leitud.`);
    expect(en.problem.detail).toBe(`Application ${id} was not found.`);
  });

  it.each([
    ['et', 'Kutsel turvajuht-5 pole sellist taotluse liiki.'],
    ['en', 'etel has no such kind of application for turvajuht-5.'],
  ] as const)('a draft of a kind the qualification does not have is refused (%s)', async (lang, detail) => {
    const { status, problem } = await request(
      '/bodies/etel/applications',
      { header: lang },
      {
        method: 'POST',
        headers,
        body: JSON.stringify({ qualification: 'turvajuht-5', kind: 'no-such-kind' }),
      },
    );
    expect(status).toBe(422);
    expect(problem.errors).toEqual([{ in: 'body', field: 'kind', pointer: '/kind', detail }]);
  });
});

describe('the public catalogue', () => {
  it.each([
    ['et', 'Kutse andjal etel ei ole kutset kosmonaut-9.'],
    ['en', 'Qualification kosmonaut-9 of etel was not found.'],
  ] as const)('says an unknown qualification is not found (%s)', async (lang, detail) => {
    const { status, problem } = await request('/bodies/etel/qualifications/kosmonaut-9', { header: lang });
    expect(status).toBe(404);
    expect(problem).toMatchObject({ title: 'Not Found', detail });
  });

  it.each([
    [
      'et',
      'peab olema päriselt olemas olev kuupäev',
      'peab olema vähemalt 1',
      'Sobimatud väärtused päringu parameetrites: on, sessions.',
    ],
    ['en', 'must be a real calendar date', 'must be at least 1', 'Invalid query parameters: on, sessions.'],
  ] as const)('names each bad query parameter (%s)', async (lang, on, sessions, detail) => {
    const { status, problem } = await request(
      '/bodies/etel/qualifications/turvajuht-5?on=2024-02-30&sessions=0',
      {
        query: lang,
      },
    );
    expect(status).toBe(400);
    expect(problem.detail).toBe(detail);
    expect(problem.errors).toEqual([
      { in: 'query', field: 'on', detail: on },
      { in: 'query', field: 'sessions', detail: sessions },
    ]);
  });

  it.each([
    ['et', 'Aadressil /nowhere ei ole midagi.'],
    ['en', 'Nothing is served at /nowhere.'],
  ] as const)('says nothing is served at an unknown path (%s)', async (lang, detail) => {
    expect((await request('/nowhere', { header: lang })).problem.detail).toBe(detail);
  });
});

describe('valibot issues said from their type', () => {
  const issuesOf = (schema: v.GenericSchema, input: unknown) => {
    const result = v.safeParse(schema, input);
    return result.success ? [] : result.issues;
  };

  it('uses the schema’s own message in English and its Estonian in Estonian', () => {
    const [issue] = issuesOf(slugSchemas.Slug, 'Not A Slug');
    expect(issue && sayIssue(issue, 'en')).toBe('must be lower-case letters, digits and hyphens');
    expect(issue && sayIssue(issue, 'et')).toBe('võib sisaldada ainult väiketähti, numbreid ja sidekriipse');
  });

  it('says an issue without a message of its own from the type, expected and requirement', () => {
    const schema = v.object({ name: v.pipe(v.string(), v.maxLength(3)), kind: v.picklist(['a', 'b']) });
    const issues = issuesOf(schema, { name: 'abcd', kind: 'c' });
    expect(issues.map((i) => sayIssue(i, 'et'))).toEqual([
      'võib olla kuni 3 märki',
      'peab olema üks järgmistest: a, b',
    ]);
    expect(issues.map((i) => sayIssue(i, 'en'))).toEqual([
      'must be at most 3 characters',
      'must be one of: a, b',
    ]);
    const [missing] = issuesOf(schema, { kind: 'a' });
    expect(missing && [sayIssue(missing, 'et'), sayIssue(missing, 'en')]).toEqual([
      'on kohustuslik',
      'is required',
    ]);
  });
});

describe('every wording table', () => {
  const tables = {
    applications: applicationWording,
    documents: documentWording,
    http: httpWording,
    'document rules': documentRuleWording,
    validation: validationWording,
  };

  it.each(Object.entries(tables))(
    '%s: has the same codes in Estonian and English, each a sentence',
    (_, table) => {
      expect(Object.keys(table.et).sort()).toEqual(Object.keys(table.en).sort());
      for (const language of ['et', 'en'] as const)
        for (const say of Object.values(table[language])) expect(typeof say).toBe('function');
    },
  );

  it('says every issue type our schemas raise', () => {
    for (const type of ISSUE_TYPES) {
      expect(validationWording.et[type]).toBeTypeOf('function');
      expect(validationWording.en[type]).toBeTypeOf('function');
    }
  });

  /** Every message a contract schema gives one of its checks, found by walking the schemas. */
  function schemaMessages(node: unknown, found = new Set<string>(), seen = new Set<unknown>()): Set<string> {
    if (typeof node !== 'object' || node === null || seen.has(node)) return found;
    seen.add(node);
    const part = node as Record<string, unknown>;
    if ((part.kind === 'validation' || part.kind === 'schema') && typeof part.message === 'string')
      found.add(part.message);
    for (const key of ['pipe', 'entries', 'wrapped', 'item', 'options', 'rest'])
      for (const child of Object.values((part[key] ?? {}) as object)) schemaMessages(child, found, seen);
    return found;
  }

  it('has the Estonian of every message the contract’s schemas give in English', async () => {
    // Every module of contract/, so that a new one cannot be forgotten here.
    const folder = new URL('../../contract/', import.meta.url);
    const modules: object[] = await Promise.all(
      readdirSync(folder)
        .filter((name) => name.endsWith('.ts'))
        .map((name) => import(new URL(name, folder).href)),
    );
    const messages = new Set<string>();
    for (const module of modules)
      for (const schema of Object.values(module)) schemaMessages(schema, messages);
    expect(messages.size).toBeGreaterThan(10);
    expect([...messages].filter((m) => !(m in estonianOfSchemaMessages))).toEqual([]);
  });
});
