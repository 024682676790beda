// Applying through the API as the application form does: a draft saved as one goes, documents
// checked by content and rule, an idempotent submit with reasons, withdrawal, messages, downloads.
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postgresStorage } from '../../api/documents/storage.ts';
import type { ApplicationView, DocumentView, MessageView } from '../../contract/applications.ts';
import { isReferenceNumber } from '../../contract/payment-reference.ts';
import { fixedClock } from '../../db/clock.ts';
import {
  applications,
  auditEvents,
  documentChunks,
  documents,
  examSessions,
  payments,
} from '../../db/schema/index.ts';
import { consoleHeaders, widgetHeaders } from '../fixtures/sign-in.ts';
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
const as = async (who: Who, now?: Date): Promise<Headers> => {
  const { authorization, origin } = await widgetHeaders(database, who, now ? { now } : {});
  return { authorization, origin };
};
const pdf = (text = 'a document') => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
const png = () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

async function call<T>(headers: Headers, method: string, path: string, body?: unknown, on = app) {
  const res = await on.request(`/bodies/etel/applications${path}`, {
    method,
    headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, json: (text ? JSON.parse(text) : undefined) as T };
}
async function upload(
  headers: Headers,
  id: string,
  type: string,
  query: string,
  bytes: Uint8Array<ArrayBuffer>,
  extra: Headers = {},
) {
  const res = await app.request(`/bodies/etel/applications/${id}/documents/${type}?${query}`, {
    method: 'PUT',
    headers: { ...headers, 'content-type': 'application/pdf', ...extra },
    body: bytes,
  });
  return { status: res.status, json: (await res.json()) as DocumentView & Problem };
}
type Problem = { detail: string; errors: { field: string; detail: string }[] };

const startDraft = async (headers: Headers, qualification: string, kind: string, on = app) =>
  (await call<ApplicationView>(headers, 'POST', '', { qualification, kind }, on)).json;

const monthsBefore = (instant: Date, months: number) => {
  const d = new Date(instant);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
};

describe('a first application for Turvajuht, tase 5', () => {
  let jaan: Headers;
  let draft: ApplicationView;
  let sessionId: number;

  beforeAll(async () => {
    jaan = await as('securityOfficer');
    draft = await startDraft(jaan, 'turvajuht-5', 'first');
    const catalogue = await app.request('/bodies/etel/qualifications/turvajuht-5');
    const open = ((await catalogue.json()) as { examSessions: { id: number; registrationOpen: boolean }[] })
      .examSessions;
    sessionId = (open.find((s) => s.registrationOpen) as { id: number }).id;
  });

  it('starts prefilled, with a 7-3-1 payment reference and everything still missing listed', () => {
    expect(draft.applicant).toMatchObject({
      givenName: 'Jaan',
      familyName: 'Ääremaa',
      personalCode: '38503120221',
    });
    expect(isReferenceNumber(draft.payment.reference)).toBe(true);
    expect(draft.payment).toMatchObject({
      iban: expect.stringMatching(/^EE\d{18}$/),
      recipient: expect.any(String),
    });
    expect(draft.certificates.map((c) => c.number)).toEqual(['ETEL-T3-0001']);
    expect(draft.applicant.email).toMatch(/@/);
    expect(draft.missing.map((m) => m.field)).toEqual([
      'prerequisites',
      'examSession',
      'documents.education',
      'documents.identity',
      'documents.manager-training',
      'documents.criminal-record',
      'documents.payment-order',
      'delivery',
    ]);
  });

  it('gives the explanation to pay with — the qualification and the applicant’s name — and ETEL’s instruction as its hint', async () => {
    expect(draft.payment.explanation).toBe('Turvajuht, tase 5 – Jaan Ääremaa');
    expect(draft.payment.explanationHint).toBe(
      'Selgitusse lisada taotletav kutsekvalifikatsioon ja taotleja nimi.',
    );
    // In English too the body reads the qualification's registered (Estonian) name on its statement.
    const english = await call<ApplicationView>(jaan, 'GET', `/${draft.id}?lang=en`);
    expect(english.json.payment).toMatchObject({
      explanation: 'Turvajuht, tase 5 – Jaan Ääremaa',
      explanationHint: 'In the explanation, state the qualification applied for and the applicant’s name.',
    });
  });

  it('saves each step as the applicant goes, and another login finds all of it', async () => {
    const saved = await call<ApplicationView>(jaan, 'PATCH', `/${draft.id}`, {
      confirmedPrerequisites: [1, 2, 3, 4],
      contact: { email: 'jaan.aaremaa@example.ee', phone: '+372 5123 4567' },
      examSession: sessionId,
      invoice: {
        payerName: 'Valvekaitse OÜ',
        registryCode: '12345678',
        address: 'Tallinn',
        email: 'arved@example.ee',
      },
      delivery: 'post',
      publicConsent: true,
    });
    expect(saved.status).toBe(200);
    // A new token (the tab closed, a new login) sees the same draft.
    const again = await startDraft(await as('securityOfficer'), 'turvajuht-5', 'first');
    expect(again.id).toBe(draft.id);
    expect(again).toMatchObject({
      applicant: { email: 'jaan.aaremaa@example.ee', phone: '+372 5123 4567' },
      examSession: { id: sessionId },
      invoice: { payerName: 'Valvekaitse OÜ', registryCode: '12345678' },
      delivery: 'post',
      publicConsent: true,
    });
    expect(again.prerequisites.every((p) => p.confirmed)).toBe(true);
    // The paper certificate by post costs 5.00 net: it joins the exam fee among what is due.
    expect(again.payment.items.map((i) => i.grossCents)).toEqual([12000 + 2640, 500 + 110]);
  });

  it('refuses bad input naming the field, and keeps what was saved', async () => {
    const bad = await call<Problem>(jaan, 'PATCH', `/${draft.id}`, {
      contact: { email: 'not an address' },
      invoice: { payerName: '', email: 'x@example.ee', registryCode: '123' },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors.map((e) => e.field).sort()).toEqual([
      'contact.email',
      'invoice.payerName',
      'invoice.registryCode',
    ]);
    const unknownSession = await call<Problem>(jaan, 'PATCH', `/${draft.id}`, { examSession: 999999 });
    expect(unknownSession.status).toBe(422);
    expect(unknownSession.json.errors[0]?.field).toBe('examSession');
    const view = await call<ApplicationView>(jaan, 'GET', `/${draft.id}`);
    expect(view.json.applicant.email).toBe('jaan.aaremaa@example.ee');
  });

  it('refuses a criminal-record extract made 7 months before the exam, with the rule’s words', async () => {
    const session = (await database.db.select().from(examSessions).where(eq(examSessions.id, sessionId)))[0];
    const issuedOn = monthsBefore(session?.startsAt as Date, 7);
    const chunksBefore = (await database.db.select().from(documentChunks)).length;
    const refused = await upload(
      jaan,
      draft.id,
      'criminal-record',
      `name=extract.pdf&issuedOn=${issuedOn}`,
      pdf(),
    );
    expect(refused.status).toBe(422);
    expect(refused.json.errors[0]).toMatchObject({
      field: 'issuedOn',
      detail: expect.stringContaining('mitte üle 6 kuu enne eksamit'),
    });
    expect((await database.db.select().from(documentChunks)).length).toBe(chunksBefore);
  });

  it('refuses a file that claims to be a PDF but is not, and stores nothing of it', async () => {
    const chunksBefore = (await database.db.select().from(documentChunks)).length;
    const fake = await upload(
      jaan,
      draft.id,
      'education',
      'name=diploma.pdf&lang=en',
      new TextEncoder().encode('MZ\x90\x00 not a pdf at all'),
    );
    expect(fake.status).toBe(415);
    expect(fake.json.errors[0]).toMatchObject({
      field: 'file',
      detail: expect.stringContaining('PDF, JPEG, PNG'),
    });
    expect((await database.db.select().from(documentChunks)).length).toBe(chunksBefore);
    const view = await call<ApplicationView>(jaan, 'GET', `/${draft.id}`);
    expect(view.json.documents).toEqual([]);
    expect(view.json.delivery).toBe('post');
  });

  it('refuses a file over 10 MB, whether or not it says its length first', async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(pdf());
    const declared = await upload(jaan, draft.id, 'education', 'name=big.pdf', big, {
      'content-length': String(big.length),
    });
    expect(declared.status).toBe(413);
    // Streamed with no length: counted as it arrives, and stopped past the limit.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 11; i++)
          controller.enqueue(i === 0 ? big.subarray(0, 1024 * 1024) : new Uint8Array(1024 * 1024));
        controller.close();
      },
    });
    const streamed = await app.request(
      `/bodies/etel/applications/${draft.id}/documents/education?name=big.pdf`,
      {
        method: 'PUT',
        headers: jaan,
        body: stream,
        duplex: 'half',
      } as RequestInit,
    );
    expect(streamed.status).toBe(413);
    expect((await database.db.select().from(documentChunks)).length).toBe(0);
  });

  it('refuses to submit while anything is missing, naming each field', async () => {
    const refused = await call<Problem>(jaan, 'POST', `/${draft.id}/submit`);
    expect(refused.status).toBe(422);
    expect(refused.json.errors.map((e) => e.field)).toEqual([
      'documents.education',
      'documents.identity',
      'documents.manager-training',
      'documents.criminal-record',
      'documents.payment-order',
    ]);
  });

  it('takes all six documents, replaces one, and submits once however often it is asked', async () => {
    const session = (await database.db.select().from(examSessions).where(eq(examSessions.id, sessionId)))[0];
    const uploads = [
      ['application-form', 'name=avaldus.pdf'],
      ['education', 'name=diplom.pdf'],
      ['identity', 'name=pass.png&variant=passport'],
      ['manager-training', 'name=turvajuhi-ope.pdf'],
      ['criminal-record', `name=karistusregister.pdf&issuedOn=${monthsBefore(session?.startsAt as Date, 1)}`],
      ['payment-order', 'name=maksekorraldus.pdf'],
    ] as const;
    for (const [type, query] of uploads) {
      const res = await upload(jaan, draft.id, type, query, type === 'identity' ? png() : pdf(type));
      expect(res.status, type).toBe(201);
    }
    const replaced = await upload(jaan, draft.id, 'education', 'name=diplom-uus.pdf', pdf('new'));
    expect(replaced.json).toMatchObject({ fileName: 'diplom-uus.pdf', mediaType: 'application/pdf' });
    const identity = await upload(
      jaan,
      draft.id,
      'identity',
      'name=juhiluba.pdf&variant=driving-licence',
      pdf(),
    );
    expect(identity.status).toBe(422);
    expect(identity.json.errors[0]?.field).toBe('variant');

    const ready = await call<ApplicationView>(jaan, 'GET', `/${draft.id}`);
    expect(ready.json.missing).toEqual([]);
    expect(ready.json.documents.map((d) => d.fileName).sort()).toContain('diplom-uus.pdf');
    expect(ready.json.documents).toHaveLength(6);

    const key = { ...jaan, 'idempotency-key': 'submit-7f3a9c1e' };
    const all = await Promise.all(
      [1, 2, 3].map(() => call<ApplicationView>(key, 'POST', `/${draft.id}/submit`)),
    );
    expect(all.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(all.every((r) => r.json.state === 'submitted')).toBe(true);
    expect(all[0]?.json.history.map((h) => h.to)).toEqual(['draft', 'submitted']);
    const other = await call<Problem>(
      { ...jaan, 'idempotency-key': 'another-key-1234' },
      'POST',
      `/${draft.id}/submit`,
    );
    expect(other.status).toBe(409);

    const paid = await database.db.select().from(payments).where(eq(payments.applicationId, draft.id));
    expect(paid).toHaveLength(2);
    expect(paid.every((p) => p.reference === draft.payment.reference && p.proofDocumentId)).toBe(true);
    const audit = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, draft.id));
    expect(audit.filter((a) => a.action === 'application.submit')).toHaveLength(1);
    // A submitted application can no longer be changed.
    expect((await call(jaan, 'PATCH', `/${draft.id}`, { publicConsent: false })).status).toBe(409);
  });

  it('serves a file back to its owner only, as a download that is never rendered', async () => {
    const [document] = await database.db
      .select()
      .from(documents)
      .where(eq(documents.applicationId, draft.id));
    const mine = await app.request(`/bodies/etel/applications/${draft.id}/documents/${document?.id}`, {
      headers: jaan,
    });
    expect(mine.status).toBe(200);
    expect(mine.headers.get('content-disposition')).toMatch(/^attachment; filename=/);
    expect(mine.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await mine.arrayBuffer()).length).toBe(document?.byteSize);
    const theirs = await app.request(`/bodies/etel/applications/${draft.id}/documents/${document?.id}`, {
      headers: await as('applicant'),
    });
    expect(theirs.status).toBe(404);
  });

  it('answers 304 to a poll when nothing changed', async () => {
    const first = await app.request('/bodies/etel/applications', { headers: jaan });
    const etag = first.headers.get('etag') as string;
    expect(etag).toBeTruthy();
    const same = await app.request('/bodies/etel/applications', {
      headers: { ...jaan, 'if-none-match': etag },
    });
    expect(same.status).toBe(304);
  });

  it('is withdrawn on request, with the reason in its history, once', async () => {
    const withdrawn = await call<ApplicationView>(jaan, 'POST', `/${draft.id}/withdraw`, {
      reason: 'Töökoht muutus',
    });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.json.history.at(-1)).toMatchObject({
      from: 'submitted',
      to: 'withdrawn',
      reason: 'Töökoht muutus',
    });
    expect((await call(jaan, 'POST', `/${draft.id}/withdraw`, {})).status).toBe(409);
  });
});

describe('a full exam session', () => {
  it('cannot be chosen', async () => {
    const [session] = await database.db.select().from(examSessions).orderBy(examSessions.startsAt);
    await database.db
      .update(examSessions)
      .set({ capacity: 1 })
      .where(eq(examSessions.id, session?.id as number));
    const mari = await as('applicant');
    const taken = await startDraft(await as('longExpiredManager'), 'turvatootaja-3', 'first');
    await database.db
      .update(applications)
      .set({ examSessionId: session?.id as number, state: 'submitted' })
      .where(eq(applications.id, taken.id));
    const draft = await startDraft(mari, 'turvatootaja-3', 'first');
    const full = await call<Problem>(mari, 'PATCH', `/${draft.id}`, { examSession: session?.id });
    expect(full.status).toBe(422);
    expect(full.json.errors[0]).toMatchObject({
      field: 'examSession',
      detail: 'Sellel eksamil pole vabu kohti.',
    });
  });
});

describe('re-certification', () => {
  it('offers the holder whose certificate expired 2 months ago the certificate to renew', async () => {
    const kadi = await as('recentlyExpiredManager');
    const draft = await startDraft(kadi, 'turvajuht-5', 'recertification');
    expect(draft.recertification).toMatchObject({ status: 'open', certificate: 'ETEL-J5-0002' });
    expect(draft.missing.map((m) => m.field)).toContain('renews');
    const chosen = await call<ApplicationView>(kadi, 'PATCH', `/${draft.id}`, { renews: 'ETEL-J5-0002' });
    expect(chosen.json.renews).toBe('ETEL-J5-0002');
    expect(chosen.json.missing.map((m) => m.field)).not.toContain('renews');
    const someoneElses = await call<Problem>(kadi, 'PATCH', `/${draft.id}`, { renews: 'ETEL-T3-0001' });
    expect(someoneElses.status).toBe(422);
  });

  it('tells the holder whose certificate expired three years ago to apply as for the first time', async () => {
    const toomas = await as('longExpiredManager');
    const draft = await startDraft(toomas, 'turvajuht-5', 'recertification');
    expect(draft.recertification?.status).toBe('too_late');
    expect(draft.missing.find((m) => m.field === 'renews')?.detail).toMatch(/Taotle kutset esmakordselt/);
  });
});

describe('VÕTA on an employer’s statement', () => {
  it('costs 9.00 + 22 % VAT on 15 May 2024, and 9.00 + 24 % today', async () => {
    const ulo = await as('oldQualificationHolder');
    const draft = await startDraft(ulo, 'turvatootaja-4', 'rpl-employer-statement');
    expect(draft.needsExamSession).toBe(false);
    expect(draft.payment.dueNow).toMatchObject({
      netCents: 900,
      vatRatePercent: 22,
      vatCents: 198,
      grossCents: 1098,
    });
    const today = fixedClock('2026-11-23T10:00:00+02:00');
    const { app: now } = createTestApp(database, { clock: today });
    const later = await call<ApplicationView>(
      await as('oldQualificationHolder', today.now()),
      'GET',
      `/${draft.id}`,
      undefined,
      now,
    );
    expect(later.json.payment.dueNow).toMatchObject({
      netCents: 900,
      vatRatePercent: 24,
      vatCents: 216,
      grossCents: 1116,
    });
  });
});

describe('messages with the awarding body', () => {
  it('carry the applicant’s reply with an attachment, and reading marks the body’s messages read', async () => {
    const mari = await as('applicant');
    const [mine] = (
      await call<{ applications: ApplicationView[] }>(mari, 'GET', '')
    ).json.applications.filter((a) => a.state === 'submitted');
    const id = mine?.id as string;
    const file = await app.request(`/bodies/etel/applications/${id}/attachments?name=t%C3%B5end.pdf`, {
      method: 'POST',
      headers: mari,
      body: pdf('extra'),
    });
    expect(file.status).toBe(201);
    const attachment = (await file.json()) as DocumentView;
    const sent = await call<MessageView>(mari, 'POST', `/${id}/messages`, {
      text: 'Lisan tõendi.',
      attachments: [attachment.id],
    });
    expect(sent.status).toBe(201);
    expect(sent.json).toMatchObject({
      fromBody: false,
      text: 'Lisan tõendi.',
      attachments: [{ fileName: 'tõend.pdf' }],
    });
    // The same file cannot go out twice.
    const twice = await call<Problem>(mari, 'POST', `/${id}/messages`, {
      text: 'Veel',
      attachments: [attachment.id],
    });
    expect(twice.status).toBe(422);
    const empty = await call<Problem>(mari, 'POST', `/${id}/messages`, { text: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.json.errors[0]?.field).toBe('text');
    const thread = await call<{ messages: MessageView[] }>(mari, 'GET', `/${id}/messages`);
    expect(thread.json.messages.map((m) => m.text)).toContain('Lisan tõendi.');
    expect(await call(await as('securityOfficer'), 'GET', `/${id}/messages`)).toMatchObject({ status: 404 });
  });
});

describe('returned for completion', () => {
  it('shows the applicant what the body asks for and its message, and opens the draft again', async () => {
    const mari = await as('applicant');
    const [mine] = (
      await call<{ applications: ApplicationView[] }>(mari, 'GET', '')
    ).json.applications.filter((a) => a.qualification.slug === 'turvajuht-5' && a.state === 'submitted');
    const id = mine?.id as string;
    const staff = await consoleHeaders(database, 'etelProcessor');
    const staffCall = (method: string, path: string, body?: unknown) =>
      app.request(`/staff/bodies/etel/applications/${id}${path}`, {
        method,
        headers: body ? { ...staff, 'content-type': 'application/json' } : staff,
        ...(body ? { body: JSON.stringify(body) } : {}),
      });
    const reason = 'Palun lisage karistusregistri tõend.';
    // The console acts on the version its page shows (a change made meanwhile answers 409).
    const { version } = (await (await staffCall('GET', '')).json()) as { version: number };
    expect((await staffCall('POST', '/return', { version, reason })).status).toBe(200);
    expect((await staffCall('POST', '/messages', { text: 'Tõend on puudu, vt põhjust.' })).status).toBe(201);

    const returned = (await call<ApplicationView>(mari, 'GET', `/${id}`)).json;
    expect(returned).toMatchObject({ state: 'returned', canEdit: true, unreadMessages: 1 });
    expect(returned.history.at(-1)).toMatchObject({ from: 'submitted', to: 'returned', reason });
    await call(mari, 'GET', `/${id}/messages`);
    expect((await call<ApplicationView>(mari, 'GET', `/${id}`)).json.unreadMessages).toBe(0);
    // Resubmitting is held to the same completeness as submitting.
    const resubmit = await call<Problem>(mari, 'POST', `/${id}/submit`);
    expect(resubmit.status).toBe(422);
    expect(resubmit.json.errors.map((e) => e.field)).toContain('documents.criminal-record');

    // Staff open the applicant's attachment: served, and recorded as a read of her data.
    const thread = (await call<{ messages: MessageView[] }>(mari, 'GET', `/${id}/messages`)).json.messages;
    const file = thread.flatMap((m) => m.attachments)[0] as DocumentView;
    expect((await staffCall('GET', `/documents/${file.id}`)).headers.get('content-disposition')).toMatch(
      /^attachment/,
    );
    const events = await database.db.select().from(auditEvents).where(eq(auditEvents.entityId, file.id));
    // Her upload of it, and the staff's read.
    expect(events.map((r) => r.action).sort()).toEqual(['document.read', 'document.upload']);
    // Another body's manager cannot reach it.
    const other = await app.request(`/staff/bodies/etel/applications/${id}/documents/${file.id}`, {
      headers: await consoleHeaders(database, 'cooksManager'),
    });
    expect(other.status).toBe(403);
  });
});

describe('document storage', () => {
  it('sweeps away chunks no document names once they are a day old, and keeps every stored file', async () => {
    const storage = postgresStorage(database.db);
    const orphan = await storage.write(
      (async function* () {
        yield pdf('left behind by a crashed upload');
      })(),
    );
    const stored = (await database.db.select({ key: documents.storageKey }).from(documents)).map(
      (d) => d.key,
    );
    expect(await storage.sweep(new Date(Date.now() - 60_000))).toBe(0);
    await database.db
      .update(documentChunks)
      .set({ createdAt: new Date(Date.now() - 2 * 24 * 3600_000) })
      .where(inArray(documentChunks.storageKey, [orphan, ...stored]));
    expect(await storage.sweep(new Date(Date.now() - 24 * 3600_000))).toBe(1);
    const left = new Set(
      (await database.db.select({ key: documentChunks.storageKey }).from(documentChunks)).map((c) => c.key),
    );
    expect(left.has(orphan)).toBe(false);
    expect(stored.every((key) => left.has(key))).toBe(true);
  });

  it('gives back exactly the bytes it took, across chunk boundaries', async () => {
    const storage = postgresStorage(database.db);
    const bytes = new Uint8Array(600 * 1024).map((_, i) => (i * 31) % 251);
    const key = await storage.write(
      (async function* () {
        for (let i = 0; i < bytes.length; i += 100_000) yield bytes.subarray(i, i + 100_000);
      })(),
    );
    const back: Uint8Array[] = [];
    for await (const chunk of storage.read(key)) back.push(chunk);
    expect(back.map((c) => c.length)).toEqual([256 * 1024, 256 * 1024, 600 * 1024 - 512 * 1024]);
    expect(Buffer.concat(back).equals(Buffer.from(bytes))).toBe(true);
    await storage.remove(key);
  });
});
