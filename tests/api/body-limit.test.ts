// Request bodies over the limit (KUTSE_MAX_JSON_BYTES; 4096 bytes in the test app) are refused
// with 413 problem+json, whether the client declares a Content-Length or streams the body in
// chunks without one, and the refused request changes nothing. Uploads keep their own limit.
// Over a real loopback socket, so that Content-Length and chunked encoding are what Node's
// server receives.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApplicationView } from '../../contract/applications.ts';
import { auditEvents, messages } from '../../db/schema/index.ts';
import { consoleHeaders, ETEL_ORIGIN, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

const LIMIT = 4096;

let database: TestDatabase;
let base: string;
let server: ReturnType<typeof serve>;
beforeAll(async () => {
  database = await createTestDatabase();
  const { app } = createTestApp(database);
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await database.drop();
});

type Headers = Record<string, string>;

/** Valid JSON padded with whitespace to `bytes`: the same body within the limit would be accepted. */
const padded = (value: unknown, bytes: number) => {
  const json = JSON.stringify(value);
  return json + ' '.repeat(Math.max(0, bytes - json.length));
};

/** The body in 1 KB chunks, with no Content-Length: Node's fetch sends it chunked. */
const chunked = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(at, at + 1024));
      at += 1024;
    },
  });
};

const send = (how: 'declared' | 'chunked', method: string, path: string, headers: Headers, body: string) =>
  fetch(`${base}${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/json' },
    ...(how === 'declared' ? { body } : { body: chunked(body), duplex: 'half' }),
  } as RequestInit);

async function expectTooLarge(res: Response, language: 'et' | 'en' = 'et') {
  expect(res.status).toBe(413);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  const problem = (await res.json()) as { status: number; title: string; detail: string };
  expect(problem).toMatchObject({ status: 413, title: 'Content Too Large' });
  expect(problem.detail).toMatch(language === 'et' ? /liiga suur/ : /too large/);
}

const ways = ['declared', 'chunked'] as const;

describe.each(ways)('a body over the limit, %s', (how) => {
  it('to the public handoff gets 413 in the language asked for', async () => {
    const res = await send(
      how,
      'POST',
      '/auth/widget/handoff',
      { origin: ETEL_ORIGIN, 'accept-language': 'en' },
      padded({ handoff: 'H'.repeat(43) }, LIMIT + 1),
    );
    await expectTooLarge(res, 'en');
  });

  it('to an applicant’s draft gets 413 and the draft stays as it was', async () => {
    const { authorization, origin } = await widgetHeaders(database, 'securityOfficer');
    const mine = { authorization, origin };
    const started = await send(
      'declared',
      'POST',
      '/bodies/etel/applications',
      mine,
      JSON.stringify({ qualification: 'turvajuht-5', kind: 'first' }),
    );
    expect([200, 201]).toContain(started.status);
    const draft = (await started.json()) as ApplicationView;
    const phone = how === 'declared' ? '+372 5555 0101' : '+372 5555 0102';
    const patch = { contact: { phone } };

    await expectTooLarge(
      await send(how, 'PATCH', `/bodies/etel/applications/${draft.id}`, mine, padded(patch, LIMIT + 1)),
    );
    const after = (await (
      await fetch(`${base}/bodies/etel/applications/${draft.id}`, { headers: mine })
    ).json()) as ApplicationView;
    expect(JSON.stringify(after)).not.toContain(phone);

    // The same change within the limit is saved: the refusal was the size, nothing else.
    const within = await send(
      how,
      'PATCH',
      `/bodies/etel/applications/${draft.id}`,
      mine,
      padded(patch, LIMIT),
    );
    expect(within.status).toBe(200);
    expect(JSON.stringify(await within.json())).toContain(phone);
  });

  it('to a staff message gets 413 and no message is written', async () => {
    const mari = await widgetHeaders(database, 'applicant');
    const list = (await (
      await fetch(`${base}/bodies/etel/applications`, {
        headers: { authorization: mari.authorization, origin: mari.origin },
      })
    ).json()) as { applications: ApplicationView[] };
    const id = list.applications.find((a) => a.state === 'submitted')?.id as string;
    const staff = await consoleHeaders(database, 'etelProcessor');
    const before = await database.db
      .select({ n: count() })
      .from(messages)
      .where(eq(messages.applicationId, id));

    await expectTooLarge(
      await send(
        how,
        'POST',
        `/staff/bodies/etel/applications/${id}/messages`,
        staff,
        padded({ text: 'Palun lisage tõend.' }, LIMIT + 1),
      ),
    );
    const after = await database.db
      .select({ n: count() })
      .from(messages)
      .where(eq(messages.applicationId, id));
    expect(after).toEqual(before);
  });

  it('to the registry admin’s person search gets 413 and no read is recorded', async () => {
    const admin = await consoleHeaders(database, 'registryAdmin');
    const before = await database.db.select({ n: count() }).from(auditEvents);
    await expectTooLarge(
      await send(
        how,
        'POST',
        '/admin/people/search',
        admin,
        padded({ personalCode: '49107075714', purpose: 'a complaint about an exam' }, LIMIT + 1),
      ),
    );
    expect(await database.db.select({ n: count() }).from(auditEvents)).toEqual(before);
  });
});

/**
 * Streams a JSON body without a length (chunked) on a connection of its own, 16 KB at a time,
 * until the server answers or `capBytes` have gone: says whether it answered before the body ended.
 */
function streamUntilAnswered(path: string, headers: Headers, capBytes: number) {
  return new Promise<{ status: number; type: string; body: string; beforeTheEnd: boolean }>(
    (resolve, reject) => {
      const req = request(`${base}${path}`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        agent: false,
      });
      let sent = 0;
      let ended = false;
      let answered = false;
      req.on('response', (res) => {
        answered = true;
        const beforeTheEnd = !ended;
        if (!ended) req.end();
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          body += chunk;
        });
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type']),
            body,
            beforeTheEnd,
          }),
        );
      });
      req.on('error', (error) => {
        if (!answered) reject(error);
      });
      const chunk = Buffer.alloc(16 * 1024, ' ');
      req.write(`{"handoff":"${'H'.repeat(43)}"`);
      const pump = () => {
        while (!answered && sent < capBytes) {
          sent += chunk.length;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        if (!answered && !ended) {
          ended = true;
          req.end('}');
        }
      };
      pump();
    },
  );
}

describe('a body far over the limit, streamed without a length', () => {
  it('is refused before it ends: the server does not read it whole', async () => {
    const res = await streamUntilAnswered('/auth/widget/handoff', { origin: ETEL_ORIGIN }, 64 * 1024 * 1024);
    expect(res).toMatchObject({ status: 413, beforeTheEnd: true });
    expect(res.type).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body)).toMatchObject({ status: 413, title: 'Content Too Large' });
  });
});

describe('uploads', () => {
  it('keep their own, larger limit', async () => {
    const { authorization, origin } = await widgetHeaders(database, 'securityOfficer');
    const mine = { authorization, origin };
    const draft = (await (
      await send(
        'declared',
        'POST',
        '/bodies/etel/applications',
        mine,
        JSON.stringify({ qualification: 'turvajuht-5', kind: 'first' }),
      )
    ).json()) as ApplicationView;
    const file = new TextEncoder().encode(`%PDF-1.7\n${'x'.repeat(LIMIT * 4)}\n%%EOF`);
    const res = await fetch(`${base}/bodies/etel/applications/${draft.id}/attachments?name=big.pdf`, {
      method: 'POST',
      headers: { ...mine, 'content-type': 'application/pdf' },
      body: file,
    });
    expect(res.status).toBe(201);
  });
});
