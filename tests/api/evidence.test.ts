// Submitted evidence cannot change, and files cannot pile up: an upload that was still arriving
// when the application was withdrawn or submitted lands nowhere; a payment's proof and a sent
// message's attachment stay; uploads, removals and draft saves are in the audit trail; message
// attachments have a per-application count and size; unsent ones go after a day.
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ATTACHMENTS } from '../../api/documents/limits.ts';
import { CHUNK_BYTES } from '../../api/documents/storage.ts';
import type { ApplicationView, DocumentView, MessageView } from '../../contract/applications.ts';
import { fixedClock } from '../../db/clock.ts';
import { auditEvents, documentChunks, documents, examSessions } from '../../db/schema/index.ts';
import { SEED_PEOPLE } from '../../db/seed/people.ts';
import { consoleHeaders, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
});
afterAll(() => database.drop());

type Who = Parameters<typeof widgetHeaders>[1];
type Headers = Record<string, string>;
type Problem = { detail: string; errors?: { field: string; detail: string }[]; state?: string };
type App = typeof app;

const as = async (who: Who, now?: Date): Promise<Headers> => {
  const { authorization, origin } = await widgetHeaders(database, who, now ? { now } : {});
  return { authorization, origin };
};
const pdf = (text = 'a document') => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function call<T>(headers: Headers, method: string, path: string, body?: unknown, on: App = app) {
  const res = await on.request(`/bodies/etel/applications${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: (text ? JSON.parse(text) : undefined) as T,
  };
}

/** PUT a document (`path` is `/<id>/documents/<type>?…`) or POST an attachment (`/<id>/attachments?…`). */
async function send(
  headers: Headers,
  method: 'PUT' | 'POST',
  path: string,
  body: Uint8Array<ArrayBuffer> | ReadableStream<Uint8Array>,
  on: App = app,
) {
  const res = await on.request(`/bodies/etel/applications${path}`, {
    method,
    headers: { ...headers, 'content-type': 'application/pdf' },
    body,
    ...(body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit);
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    json: (await res.json()) as DocumentView & Problem,
  };
}

/**
 * A PDF that arrives in two parts: more than one stored chunk at once, the rest only when `gate`
 * opens. Meanwhile the first chunk is in storage: the upload is under way.
 */
function slowPdf(gate: Promise<void>) {
  const head = new Uint8Array(CHUNK_BYTES + 1024);
  head.set(pdf('the new version'));
  let part = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      part += 1;
      if (part === 1) controller.enqueue(head);
      else {
        await gate;
        controller.enqueue(new Uint8Array(4096));
        controller.close();
      }
    },
  });
}

function deferred() {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

const chunkKeys = async () =>
  new Set(
    (await database.db.selectDistinct({ key: documentChunks.storageKey }).from(documentChunks)).map(
      (c) => c.key,
    ),
  );
/** Keys of chunks that no document names: an upload still arriving (or a leftover). */
const unnamedChunkKeys = async () => {
  const named = new Set(
    (await database.db.select({ key: documents.storageKey }).from(documents)).map((d) => d.key),
  );
  return [...(await chunkKeys())].filter((key) => !named.has(key));
};

const startDraft = async (headers: Headers, qualification: string, kind: string) =>
  (await call<ApplicationView>(headers, 'POST', '', { qualification, kind })).json;

const monthsBefore = (instant: Date, months: number) => {
  const d = new Date(instant);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

describe('an upload still arriving when the application is withdrawn', () => {
  it('lands nowhere: 409 in the applicant’s language, no document, no chunks', async () => {
    const toomas = await as('longExpiredManager');
    const draft = await startDraft(toomas, 'turvajuht-5', 'first');
    const gate = deferred();
    const pending = send(
      toomas,
      'PUT',
      `/${draft.id}/documents/education?name=diplom.pdf`,
      slowPdf(gate.promise),
    );
    await expect.poll(async () => (await unnamedChunkKeys()).length, { timeout: 10_000 }).toBe(1);

    const withdrawn = await call<ApplicationView>(toomas, 'POST', `/${draft.id}/withdraw`, {});
    expect(withdrawn.status).toBe(200);
    gate.resolve();
    const refused = await pending;
    expect(refused.status).toBe(409);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    expect(refused.json.detail).toMatch(/tagasi võetud/);

    const view = await call<ApplicationView>(toomas, 'GET', `/${draft.id}`);
    expect(view.json).toMatchObject({ state: 'withdrawn', documents: [] });
    expect(await unnamedChunkKeys()).toEqual([]);
  });
});

describe('a submitted application’s evidence', () => {
  let jaan: Headers;
  let draft: ApplicationView;
  let extractIssuedOn: string;

  beforeAll(async () => {
    jaan = await as('securityOfficer');
    draft = await startDraft(jaan, 'turvajuht-5', 'first');
    const catalogue = await app.request('/bodies/etel/qualifications/turvajuht-5');
    const open = ((await catalogue.json()) as { examSessions: { id: number; registrationOpen: boolean }[] })
      .examSessions;
    const sessionId = (open.find((s) => s.registrationOpen) as { id: number }).id;
    const saved = await call(jaan, 'PATCH', `/${draft.id}`, {
      confirmedPrerequisites: [1, 2, 3, 4],
      examSession: sessionId,
      delivery: 'post',
      publicConsent: true,
    });
    expect(saved.status).toBe(200);
    const [session] = await database.db.select().from(examSessions).where(eq(examSessions.id, sessionId));
    extractIssuedOn = monthsBefore(session?.startsAt as Date, 1);
    const uploads = [
      ['application-form', 'name=avaldus.pdf'],
      ['education', 'name=diplom.pdf'],
      ['identity', 'name=pass.png&variant=passport'],
      ['manager-training', 'name=turvajuhi-ope.pdf'],
      ['criminal-record', `name=karistusregister.pdf&issuedOn=${extractIssuedOn}`],
      ['payment-order', 'name=maksekorraldus.pdf'],
    ] as const;
    for (const [type, query] of uploads) {
      const res = await send(
        jaan,
        'PUT',
        `/${draft.id}/documents/${type}?${query}`,
        type === 'identity' ? png() : pdf(`${type} ${SEED_PEOPLE.securityOfficer.personalCode}`),
      );
      expect(res.status, type).toBe(201);
    }
  });

  const documentsNow = async () => (await call<ApplicationView>(jaan, 'GET', `/${draft.id}`)).json.documents;

  it('keeps the extract it was submitted with when a replacement was still arriving at submit', async () => {
    const gate = deferred();
    const pending = send(
      jaan,
      'PUT',
      `/${draft.id}/documents/criminal-record?name=uus-tõend.pdf&issuedOn=${extractIssuedOn}&lang=en`,
      slowPdf(gate.promise),
    );
    await expect.poll(async () => (await unnamedChunkKeys()).length, { timeout: 10_000 }).toBe(1);

    const submitted = await call<ApplicationView>(jaan, 'POST', `/${draft.id}/submit`);
    expect(submitted.json.state).toBe('submitted');
    gate.resolve();
    const refused = await pending;
    expect(refused.status).toBe(409);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    expect(refused.json.detail).toMatch(/submitted: it can no longer be changed/);

    const extract = (await documentsNow()).filter((d) => d.type === 'criminal-record');
    expect(extract.map((d) => d.fileName)).toEqual(['karistusregister.pdf']);
    expect(await unnamedChunkKeys()).toEqual([]);
  });

  it('keeps the payment order a payment was recorded on, also once returned for completion', async () => {
    const order = (await documentsNow()).find((d) => d.type === 'payment-order') as DocumentView;
    const whileSubmitted = await send(
      jaan,
      'PUT',
      `/${draft.id}/documents/payment-order?name=uus.pdf`,
      pdf('another order'),
    );
    expect(whileSubmitted.status).toBe(409);

    const staff = await consoleHeaders(database, 'etelProcessor');
    const page = await app.request(`/staff/bodies/etel/applications/${draft.id}`, { headers: staff });
    const { version } = (await page.json()) as { version: number };
    const returned = await app.request(`/staff/bodies/etel/applications/${draft.id}/return`, {
      method: 'POST',
      headers: { ...staff, 'content-type': 'application/json' },
      body: JSON.stringify({ version, reason: 'Palun lisage värskem karistusregistri tõend.' }),
    });
    expect(returned.status).toBe(200);

    const replaced = await send(
      jaan,
      'PUT',
      `/${draft.id}/documents/payment-order?name=uus.pdf`,
      pdf('another order'),
    );
    expect(replaced.status).toBe(409);
    expect(replaced.type).toMatch(/^application\/problem\+json/);
    expect(replaced.json.detail).toMatch(/maksekorraldus/i);
    const removed = await call<Problem>(jaan, 'DELETE', `/${draft.id}/documents/${order.id}?lang=en`);
    expect(removed.status).toBe(409);
    expect(removed.json.detail).toMatch(/payment order/i);
    expect((await documentsNow()).filter((d) => d.type === 'payment-order')).toEqual([order]);

    // What the body returned it for can still be done.
    const newer = await send(
      jaan,
      'PUT',
      `/${draft.id}/documents/criminal-record?name=uus-tõend.pdf&issuedOn=${extractIssuedOn}`,
      pdf('a fresh extract'),
    );
    expect(newer.status).toBe(201);
  });

  it('keeps a sent message’s attachment, and lets an unsent one be removed', async () => {
    const upload = async () =>
      (await send(jaan, 'POST', `/${draft.id}/attachments?name=t%C3%B5end.pdf`, pdf('extra'))).json;
    const sentFile = await upload();
    const message = await call<MessageView>(jaan, 'POST', `/${draft.id}/messages`, {
      text: 'Lisan tõendi.',
      attachments: [sentFile.id],
    });
    expect(message.status).toBe(201);

    const refused = await call<Problem>(jaan, 'DELETE', `/${draft.id}/documents/${sentFile.id}`);
    expect(refused.status).toBe(409);
    expect(refused.type).toMatch(/^application\/problem\+json/);
    expect(refused.json.detail).toMatch(/saadetud/);
    const thread = await call<{ messages: MessageView[] }>(jaan, 'GET', `/${draft.id}/messages`);
    expect(thread.json.messages.flatMap((m) => m.attachments.map((a) => a.id))).toContain(sentFile.id);
    const download = await app.request(`/bodies/etel/applications/${draft.id}/documents/${sentFile.id}`, {
      headers: jaan,
    });
    expect(download.status).toBe(200);

    const unsent = await upload();
    expect((await call(jaan, 'DELETE', `/${draft.id}/documents/${unsent.id}`)).status).toBe(204);
  });

  it('records uploads, removals and draft saves in the audit trail, without personal codes or content', async () => {
    // A returned application is saved and changed like a draft.
    expect((await call(jaan, 'PATCH', `/${draft.id}`, { publicConsent: false })).status).toBe(200);
    const jaanId = await personId(database, 'securityOfficer');
    const rows = await database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.actorId, jaanId),
          inArray(auditEvents.action, ['document.upload', 'document.remove', 'application.update']),
        ),
      );
    const count = (action: string) => rows.filter((r) => r.action === action).length;
    // Six documents, the new extract, two attachments.
    expect(count('document.upload')).toBe(9);
    // The replaced extract and the removed attachment.
    expect(count('document.remove')).toBe(2);
    // The draft's first save and the returned application's save.
    expect(count('application.update')).toBe(2);
    expect(rows.every((r) => r.subjectId === jaanId && r.bodyId !== null)).toBe(true);
    const written = JSON.stringify(rows);
    expect(written).not.toContain(SEED_PEOPLE.securityOfficer.personalCode);
    expect(written).not.toContain('PDF-1.7');
    // The data tracker shows Jaan what he did.
    const tracker = await app.request('/me/data-tracker', { headers: jaan });
    const actions = ((await tracker.json()) as { events: { action: string }[] }).events.map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(['document.upload', 'document.remove', 'application.update']),
    );
  });
});

describe('message attachments', () => {
  let mari: Headers;
  let id: string;
  let sent: DocumentView;

  beforeAll(async () => {
    mari = await as('applicant');
    const mine = (await call<{ applications: ApplicationView[] }>(mari, 'GET', '')).json.applications;
    id = (mine.find((a) => a.state === 'submitted') as ApplicationView).id;
  });
  const attach = (headers: Headers, text: string, on: App = app) =>
    send(headers, 'POST', `/${id}/attachments?name=fail.pdf`, pdf(text), on);

  it(`are at most ${ATTACHMENTS.perApplication} per application: one more is 422 naming the file`, async () => {
    sent = (await attach(mari, 'sent')).json;
    expect(
      (await call(mari, 'POST', `/${id}/messages`, { text: 'Manus.', attachments: [sent.id] })).status,
    ).toBe(201);
    for (let i = 2; i < ATTACHMENTS.perApplication; i++)
      expect((await attach(mari, `n${i}`)).status).toBe(201);
    // The last place goes to one of two uploads at once.
    const both = await Promise.all([attach(mari, 'a'), attach(mari, 'b')]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 422]);
    const more = await attach(mari, 'one too many');
    expect(more.status).toBe(422);
    expect(more.type).toMatch(/^application\/problem\+json/);
    expect(more.json.errors?.[0]).toMatchObject({ field: 'file', detail: expect.stringContaining('20') });
    const stored = await database.db
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.applicationId, id), isNull(documents.documentTypeId)));
    expect(stored).toHaveLength(ATTACHMENTS.perApplication);
    expect(await unnamedChunkKeys()).toEqual([]);
  });

  it(`are at most ${ATTACHMENTS.totalBytes / 1024 / 1024} MB per application: past it is 413 naming the file`, async () => {
    const toomas = await as('longExpiredManager');
    const mine = (await call<{ applications: ApplicationView[] }>(toomas, 'GET', '')).json.applications;
    const submitted = (mine.find((a) => a.state === 'submitted') as ApplicationView).id;
    // 47.5 MB of earlier attachments, put in place as rows rather than uploaded: the quota counts
    // the sizes the documents record, and that much through the API would only slow the test down.
    const MB = 1024 * 1024;
    const toomasId = await personId(database, 'longExpiredManager');
    await database.db.insert(documents).values(
      [1, 2, 3, 4, 5].map((n) => ({
        applicationId: submitted,
        fileName: `earlier-${n}.pdf`,
        mediaType: 'application/pdf',
        byteSize: 9.5 * MB,
        sha256: '0'.repeat(64),
        storageKey: `test-earlier-${n}`,
        uploadedById: toomasId,
        uploadedAt: database.clock.now(),
      })),
    );
    // 2.5 MB left: 3 MB is too much, 2 MB fits.
    const three = new Uint8Array(3 * MB);
    three.set(pdf());
    const path = `/${submitted}/attachments?name=suur.pdf`;
    const saidFirst = await app.request(`/bodies/etel/applications${path}`, {
      method: 'POST',
      headers: { ...toomas, 'content-type': 'application/pdf', 'content-length': String(three.length) },
      body: three,
    });
    expect(saidFirst.status).toBe(413);
    const streamed = await send(
      toomas,
      'POST',
      path,
      new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 3; i++) controller.enqueue(three.subarray(i * MB, (i + 1) * MB));
          controller.close();
        },
      }),
    );
    expect(streamed.status).toBe(413);
    expect(streamed.type).toMatch(/^application\/problem\+json/);
    expect(streamed.json.errors?.[0]).toMatchObject({
      field: 'file',
      detail: expect.stringContaining('50 MB'),
    });
    expect(await unnamedChunkKeys()).toEqual([]);
    const two = new Uint8Array(2 * MB);
    two.set(pdf());
    expect((await send(toomas, 'POST', path, two)).status).toBe(201);
  });

  it('that were never sent are removed after a day, with their bytes; sent ones stay', async () => {
    const before = await database.db
      .select({ id: documents.id, key: documents.storageKey })
      .from(documents)
      .where(and(eq(documents.applicationId, id), isNull(documents.documentTypeId)));
    const unsent = before.filter((d) => d.id !== sent.id);
    expect(unsent.length).toBeGreaterThan(0);

    const tomorrow = fixedClock(new Date(database.clock.now().getTime() + 25 * 3_600_000).toISOString());
    const { app: later } = createTestApp(database, { clock: tomorrow });
    const mariLater = await as('applicant', tomorrow.now());
    // The quota was full yesterday; the unsent files no longer count.
    const fresh = await attach(mariLater, 'a day later', later);
    expect(fresh.status).toBe(201);

    const after = await database.db
      .select({ id: documents.id })
      .from(documents)
      .where(and(eq(documents.applicationId, id), isNull(documents.documentTypeId)));
    expect(after.map((d) => d.id).sort()).toEqual([sent.id, fresh.json.id].sort());
    const keysLeft = await chunkKeys();
    expect(unsent.filter((d) => keysLeft.has(d.key))).toEqual([]);
    const gone = await call(mariLater, 'GET', `/${id}/documents/${unsent[0]?.id}`, undefined, later);
    expect(gone.status).toBe(404);
    // A page that kept the id of a file it uploaded yesterday is told to attach it again.
    const stale = await call<Problem>(
      mariLater,
      'POST',
      `/${id}/messages`,
      { text: 'Eilne fail.', attachments: [unsent[0]?.id] },
      later,
    );
    expect(stale.status).toBe(422);
    expect(stale.json.errors?.[0]).toMatchObject({
      field: 'attachments',
      detail: expect.stringContaining('Lisa fail uuesti'),
    });
    const kept = await later.request(`/bodies/etel/applications/${id}/documents/${sent.id}`, {
      headers: mariLater,
    });
    expect(kept.status).toBe(200);
  });
});
