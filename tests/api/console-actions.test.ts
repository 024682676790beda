// The console's actions on an application (issue 12, items 3 and 5): each step answers the page as
// it now is, is refused from a state it does not start from or on a version someone else changed
// meanwhile (409 saying what changed), is recorded with who, when and why, and e-mails the applicant
// once, in the same transaction. Bulk actions take each application on its own.
import { eq } from 'drizzle-orm';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fastPace, type Jobs, startJobs } from '../../api/jobs/run.ts';
import { ApplicationFile, BulkResult, EmailView, VersionConflict } from '../../contract/staff.ts';
import { applications } from '../../db/schema/index.ts';
import { consoleHeaders, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import { consoleActions } from './console-actions.fixtures.ts';

type Problem = {
  status: number;
  title: string;
  detail: string;
  state?: string;
  errors?: { in: string; field: string }[];
};
type File = v.InferOutput<typeof ApplicationFile>;

let database: TestDatabase;
let jobs: Jobs;
let given: ReturnType<typeof consoleActions>;
let app: ReturnType<typeof createTestApp>['app'];

beforeAll(async () => {
  database = await createTestDatabase();
  // Queued, not sent: no SMTP server here (mail.test.ts sends through one).
  jobs = await startJobs(database, {
    mail: { smtpUrl: undefined, from: 'Kutse <kutse@kutse.example>' },
    work: false,
    pace: fastPace,
    onError: () => {},
  });
  ({ app } = createTestApp(database, { mail: jobs.mail }));
  given = consoleActions(database, app);
}, 300_000);

afterAll(async () => {
  await jobs?.stop();
  await database?.drop();
}, 120_000);

const asFile = (json: unknown) => v.parse(ApplicationFile, json);

describe('an application’s page', () => {
  it('shows the applicant as they applied, the fee due, the documents and the timeline; the read is recorded', async () => {
    const id = await given.application();
    const page = await given.call<File>('etelProcessor', 'GET', `/${id}`);
    expect(page.status).toBe(200);
    const file = asFile(page.json);
    expect(file).toMatchObject({
      id,
      version: 1,
      state: 'submitted',
      qualification: { slug: 'turvajuht-5' },
      kind: 'first',
      applicant: { givenName: 'Mari', email: 'mari.maasikas@example.ee' },
      submittedBy: null,
      feeReceived: false,
      documentsAccepted: false,
      session: null,
    });
    expect(file.feeDueCents).toBeGreaterThan(0);
    expect(file.timeline).toEqual([
      expect.objectContaining({
        step: 'submit',
        from: 'draft',
        to: 'submitted',
        by: { name: 'Mari Tamm', role: 'applicant' },
      }),
    ]);
    expect(await given.auditOf(id, 'application.read')).toHaveLength(1);
  });

  it('names who submitted it on the applicant’s behalf', async () => {
    const id = await given.application();
    await database.db
      .update(applications)
      .set({ channel: 'staff', submittedById: await personId(database, 'etelProcessor') })
      .where(eq(applications.id, id));
    const page = await given.call<File>('etelManager', 'GET', `/${id}`);
    expect(page.json).toMatchObject({ channel: 'staff', submittedBy: { name: 'Andres Kivi' } });
  });

  it('is not found for the other body’s staff, and refused to an applicant', async () => {
    const id = await given.application();
    expect(
      (await given.call('cooksManager', 'GET', `/${id}`, undefined, { slug: 'naidiskokad' })).status,
    ).toBe(404);
    expect((await given.call('cooksManager', 'GET', `/${id}`)).status).toBe(403);
    expect((await given.call('applicant', 'GET', `/${id}`)).status).toBe(403);
  });
});

describe('marking the fee received', () => {
  it('records who and when, raises the version and sends no e-mail', async () => {
    const id = await given.application();
    const res = await given.call<File>('etelProcessor', 'POST', `/${id}/fee-received`, { version: 1 });
    expect(res.status).toBe(200);
    expect(asFile(res.json)).toMatchObject({ version: 2, feeReceived: true, feeWaivedReason: null });
    expect(res.json.timeline.at(-1)).toMatchObject({
      step: 'markFeeReceived',
      from: 'submitted',
      to: 'submitted',
      by: { role: 'staff' },
    });
    expect(await given.auditOf(id, 'application.markFeeReceived')).toHaveLength(1);
    expect(await given.emailsOf(id)).toEqual([]);
    // The applicant's timeline lists moves between states only: no second "submitted".
    const mine = await app.request(`/bodies/etel/applications/${id}`, {
      headers: await widgetHeaders(database, 'applicant'),
    });
    expect(((await mine.json()) as { history: { to: string }[] }).history.map((h) => h.to)).toEqual([
      'submitted',
    ]);
    const again = await given.call<Problem>('etelProcessor', 'POST', `/${id}/fee-received`, { version: 2 });
    expect(again.status).toBe(409);
  });

  it('waives the fee with a reason, and the waived application can be admitted', async () => {
    const sessionId = await given.session();
    const id = await given.application({ sessionId });
    const waived = await given.call<File>('etelManager', 'POST', `/${id}/fee-received`, {
      version: 1,
      waivedBecause: 'Töötukassa koolitus, tasu ei võeta.',
    });
    expect(waived.json).toMatchObject({
      feeReceived: false,
      feeWaivedReason: 'Töötukassa koolitus, tasu ei võeta.',
    });
    expect(waived.json.timeline.at(-1)?.reason).toBe('Töötukassa koolitus, tasu ei võeta.');
    const admitted = await given.call<File>('etelManager', 'POST', `/${id}/admit`, { version: 2 });
    expect(admitted.status).toBe(200);
    expect(admitted.json).toMatchObject({ state: 'admitted', session: { id: sessionId } });
  });
});

describe('admitting to an exam session', () => {
  it('refuses before the fee is received, saying so in the request’s language', async () => {
    const sessionId = await given.session();
    const id = await given.application({ sessionId });
    const et = await given.call<Problem>('etelProcessor', 'POST', `/${id}/admit`, {
      version: 1,
      session: sessionId,
    });
    expect(et.status).toBe(409);
    expect(et.type).toMatch(/^application\/problem\+json/);
    expect(et.json.detail).toMatch(/eksamitasu/);
    const en = await given.call<Problem>(
      'etelProcessor',
      'POST',
      `/${id}/admit`,
      { version: 1 },
      { lang: 'en' },
    );
    expect(en.json.detail).toMatch(/fee/);
    expect((await given.row(id))?.state).toBe('submitted');
  });

  it('admits to the session, accepts the documents and e-mails the applicant once, in Estonian', async () => {
    const sessionId = await given.session({ place: 'Tallinn, Mustamäe tee 5' });
    const id = await given.application({ feeReceived: true });
    const res = await given.call<File>('etelProcessor', 'POST', `/${id}/admit`, {
      version: 1,
      session: sessionId,
    });
    expect(res.status).toBe(200);
    expect(asFile(res.json)).toMatchObject({
      state: 'admitted',
      version: 2,
      documentsAccepted: true,
      session: { id: sessionId, place: 'Tallinn, Mustamäe tee 5' },
    });
    const emails = await given.emailsOf(id);
    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      template: 'admitted',
      language: 'et',
      recipient: 'mari.maasikas@example.ee',
      subject: 'Olete lubatud eksamile: Turvajuht, tase 5',
      state: 'queued',
    });
    expect(emails[0]?.body).toContain('Koht: Tallinn, Mustamäe tee 5');
    const audit = await given.auditOf(id, 'application.admit');
    expect(audit).toMatchObject([{ purpose: 'application processing', detail: { session: sessionId } }]);
  });

  it('refuses a full session, naming the field', async () => {
    const sessionId = await given.session({ places: 1 });
    await given.application({ who: 'securityOfficer', sessionId, state: 'admitted' });
    const id = await given.application({ feeReceived: true });
    const res = await given.call<Problem>('etelProcessor', 'POST', `/${id}/admit`, {
      version: 1,
      session: sessionId,
    });
    expect(res.status).toBe(422);
    expect(res.json.errors).toEqual([expect.objectContaining({ in: 'body', field: 'session' })]);
    expect(res.json.detail).toBe('Sellel eksamil pole vabu kohti.');
  });

  it('refuses the other body’s session and one of another qualification as no such session', async () => {
    const theirs = await given.session({ body: 'naidiskokad', qualification: 'kokk-4' });
    const otherQualification = await given.session({ qualification: 'turvatootaja-3' });
    const id = await given.application({ feeReceived: true });
    for (const session of [theirs, otherQualification]) {
      const res = await given.call<Problem>('etelProcessor', 'POST', `/${id}/admit`, { version: 1, session });
      expect(res.status).toBe(422);
      expect(res.json.errors?.[0]?.field).toBe('session');
    }
    expect((await given.row(id))?.state).toBe('submitted');
  });

  it('refuses a session that has begun', async () => {
    const past = await given.session({ days: -1 });
    const id = await given.application({ feeReceived: true });
    const res = await given.call<Problem>(
      'etelProcessor',
      'POST',
      `/${id}/admit`,
      { version: 1, session: past },
      { lang: 'en' },
    );
    expect(res.status).toBe(422);
    expect(res.json.detail).toMatch(/already begun/);
  });

  it('admits a VÕTA application, assessed on documents, with no session', async () => {
    const id = await given.application({ qualification: 'turvatootaja-4', kind: 'rpl', feeReceived: true });
    const withSession = await given.call<Problem>('etelProcessor', 'POST', `/${id}/admit`, {
      version: 1,
      session: await given.session({ qualification: 'turvatootaja-4' }),
    });
    expect(withSession.status).toBe(422);
    expect(withSession.json.errors?.[0]?.field).toBe('session');
    const admitted = await given.call<File>('etelProcessor', 'POST', `/${id}/admit`, { version: 1 });
    expect(admitted.json).toMatchObject({ state: 'admitted', session: null });
    const [email] = await given.emailsOf(id);
    expect(email?.body).toContain('hindamine dokumentide alusel');
  });

  it('refuses an application in another state, naming it', async () => {
    const id = await given.application({ state: 'returned', feeReceived: true });
    const res = await given.call<Problem>('etelProcessor', 'POST', `/${id}/admit`, { version: 1 });
    expect(res.status).toBe(409);
    expect(res.json.state).toBe('returned');
  });
});

describe('moving to another session', () => {
  it('moves an admitted applicant with the reason, and e-mails the new time and place', async () => {
    const first = await given.session();
    const second = await given.session({ days: 45, place: 'Tartu, Riia 1' });
    const id = await given.application({ feeReceived: true, sessionId: first });
    await given.call('etelProcessor', 'POST', `/${id}/admit`, { version: 1 });
    const same = await given.call<Problem>('etelProcessor', 'POST', `/${id}/move-session`, {
      version: 2,
      session: first,
      reason: 'Ruum',
    });
    expect(same.status).toBe(422);
    const moved = await given.call<File>('etelProcessor', 'POST', `/${id}/move-session`, {
      version: 2,
      session: second,
      reason: 'Tallinna ruum on remondis.',
    });
    expect(moved.status).toBe(200);
    expect(moved.json).toMatchObject({ state: 'admitted', session: { id: second, place: 'Tartu, Riia 1' } });
    expect(moved.json.timeline.at(-1)).toMatchObject({
      step: 'moveSession',
      reason: 'Tallinna ruum on remondis.',
    });
    const emails = await given.emailsOf(id);
    expect(emails.map((e) => e.template)).toEqual(['admitted', 'sessionChanged']);
    expect(emails[1]?.body).toContain('Põhjus: Tallinna ruum on remondis.');
    expect(emails[1]?.body).toContain('Koht: Tartu, Riia 1');
  });

  it('refuses an application not yet admitted', async () => {
    const id = await given.application();
    const to = await given.session();
    const res = await given.call<Problem>('etelProcessor', 'POST', `/${id}/move-session`, {
      version: 1,
      session: to,
      reason: 'Ruum',
    });
    expect(res.status).toBe(409);
    expect(res.json.state).toBe('submitted');
  });
});

describe('returning, rejecting and writing', () => {
  it('returns for completion with what is missing, and e-mails it', async () => {
    const id = await given.application();
    const res = await given.call<File>('etelProcessor', 'POST', `/${id}/return`, {
      version: 1,
      reason: 'Palun lisage karistusregistri tõend.',
    });
    expect(res.json).toMatchObject({ state: 'returned', version: 2 });
    const [email] = await given.emailsOf(id);
    expect(email).toMatchObject({
      template: 'returnedForCompletion',
      subject: 'Taotlus vajab täiendamist: Turvajuht, tase 5',
    });
    expect(email?.body).toContain('Palun lisage karistusregistri tõend.');
  });

  it('rejects with a reason, and e-mails it', async () => {
    const id = await given.application();
    const res = await given.call<File>('etelManager', 'POST', `/${id}/reject`, {
      version: 1,
      reason: 'Keskharidus on tõendamata.',
    });
    expect(res.json).toMatchObject({ state: 'rejected' });
    expect(res.json.timeline.at(-1)).toMatchObject({
      step: 'reject',
      to: 'rejected',
      reason: 'Keskharidus on tõendamata.',
    });
    const emails = await given.emailsOf(id);
    expect(emails).toMatchObject([
      { template: 'rejected', subject: 'Taotlus jäeti rahuldamata: Turvajuht, tase 5' },
    ]);
    expect(await given.auditOf(id, 'application.reject')).toHaveLength(1);
  });

  it('e-mails a staff message, and the message does not raise the version', async () => {
    const id = await given.application();
    const sent = await given.call('etelProcessor', 'POST', `/${id}/messages`, {
      text: 'Kas saate tõendi saata?',
    });
    expect(sent.status).toBe(201);
    expect(await given.versionOf(id)).toBe(1);
    expect(await given.emailsOf(id)).toMatchObject([{ template: 'staffMessage', language: 'et' }]);
  });

  it('queues nothing for an applicant who gave no e-mail address', async () => {
    const id = await given.application({ email: null, who: 'oldQualificationHolder' });
    expect(
      (await given.call('etelProcessor', 'POST', `/${id}/reject`, { version: 1, reason: 'X' })).status,
    ).toBe(200);
    const emails = await given.emailsOf(id);
    // The person's own address is used when the application has none; either way at most one.
    expect(emails.length).toBeLessThanOrEqual(1);
  });

  it('lists the e-mails sent about the application, recorded as a read', async () => {
    const id = await given.application();
    await given.call('etelProcessor', 'POST', `/${id}/return`, { version: 1, reason: 'Tõend puudu.' });
    await given.call('etelProcessor', 'POST', `/${id}/messages`, { text: 'Ootame tõendit.' });
    const res = await given.call<{ emails: unknown[] }>('etelAssessor', 'GET', `/${id}/emails`);
    expect(res.status).toBe(200);
    const emails = v.parse(v.array(EmailView), res.json.emails);
    expect(emails.map((e) => [e.template, e.state, e.to])).toEqual([
      ['returnedForCompletion', 'queued', 'mari.maasikas@example.ee'],
      ['staffMessage', 'queued', 'mari.maasikas@example.ee'],
    ]);
    expect(await given.auditOf(id, 'email.read')).toHaveLength(1);
    expect(
      (await given.call('cooksManager', 'GET', `/${id}/emails`, undefined, { slug: 'naidiskokad' })).status,
    ).toBe(404);
  });
});

describe('two staff acting at once', () => {
  it('answers the second action on the same version 409 with the version, state and the steps since', async () => {
    const id = await given.application();
    await given.call('etelProcessor', 'POST', `/${id}/fee-received`, { version: 1 });
    await given.call('etelManager', 'POST', `/${id}/documents-accepted`, { version: 2 });
    const stale = await given.call<Problem & v.InferOutput<typeof VersionConflict>>(
      'etelProcessor',
      'POST',
      `/${id}/reject`,
      { version: 1, reason: 'Vana leht' },
      { lang: 'en' },
    );
    expect(stale.status).toBe(409);
    expect(stale.type).toMatch(/^application\/problem\+json/);
    expect(v.parse(VersionConflict, stale.json)).toMatchObject({ version: 3, state: 'submitted' });
    expect(stale.json.since.map((s) => s.step)).toEqual(['markFeeReceived', 'acceptDocuments']);
    expect(stale.json.detail).toMatch(/changed meanwhile/);
    expect((await given.row(id))?.state).toBe('submitted');
  });

  it('lets one of two simultaneous actions on one version through, and refuses the other', async () => {
    const id = await given.application();
    const [a, b] = await Promise.all([
      given.call('etelProcessor', 'POST', `/${id}/reject`, { version: 1, reason: 'Üks' }),
      given.call('etelManager', 'POST', `/${id}/return`, { version: 1, reason: 'Teine' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect(await given.versionOf(id)).toBe(2);
    expect(await given.emailsOf(id)).toHaveLength(1);
  });
});

describe('what an action accepts', () => {
  it('names the field of a bad body', async () => {
    const id = await given.application();
    const res = await given.call<Problem>('etelProcessor', 'POST', `/${id}/reject`, {
      version: 'one',
      reason: '',
    });
    expect(res.status).toBe(422);
    expect(res.json.errors?.map((e) => e.field).sort()).toEqual(['reason', 'version']);
    const noVersion = await given.call<Problem>('etelProcessor', 'POST', `/${id}/return`, {
      reason: 'Puudu',
    });
    expect(noVersion.json.errors?.map((e) => e.field)).toEqual(['version']);
  });

  it('refuses an assessor and an applicant, and the other body’s staff find nothing', async () => {
    const id = await given.application({ feeReceived: true });
    const body = { version: 1, reason: 'Põhjus', session: 1 };
    for (const action of [
      'fee-received',
      'documents-accepted',
      'return',
      'admit',
      'move-session',
      'reject',
    ]) {
      const only = (keys: string[]) =>
        Object.fromEntries(Object.entries(body).filter(([k]) => keys.includes(k)));
      const json =
        action === 'move-session'
          ? body
          : action === 'return' || action === 'reject'
            ? only(['version', 'reason'])
            : only(['version']);
      expect((await given.call('etelAssessor', 'POST', `/${id}/${action}`, json)).status, action).toBe(403);
      expect((await given.call('applicant', 'POST', `/${id}/${action}`, json)).status, action).toBe(403);
      expect((await given.call('cooksManager', 'POST', `/${id}/${action}`, json)).status, action).toBe(403);
      const theirs = await given.call('cooksManager', 'POST', `/${id}/${action}`, json, {
        slug: 'naidiskokad',
      });
      expect(theirs.status, action).toBe(404);
    }
    expect(await given.versionOf(id)).toBe(1);
    expect(await given.emailsOf(id)).toEqual([]);
  });
});

describe('bulk actions', () => {
  it('marks each fee received on its own: one refused leaves the others done', async () => {
    const a = await given.application();
    const b = await given.application({ who: 'securityOfficer' });
    const draft = await given.application({ state: 'draft' });
    const theirs = await given.application({ body: 'naidiskokad', qualification: 'kokk-4' });
    const res = await given.call('etelProcessor', 'POST', '/bulk-actions', {
      ids: [a, draft, b, theirs],
      action: { kind: 'markFeeReceived' },
    });
    expect(res.status).toBe(200);
    const result = v.parse(BulkResult, res.json);
    expect(result.done).toEqual([a, b]);
    expect(result.refused).toEqual([
      { id: draft, status: 409, title: expect.stringContaining('mustand') },
      { id: theirs, status: 404, title: expect.stringContaining(theirs) },
    ]);
    expect((await given.row(a))?.feeReceivedAt).not.toBeNull();
    expect((await given.row(theirs))?.feeReceivedAt).toBeNull();
    expect(await given.auditOf(a, 'application.markFeeReceived')).toHaveLength(1);
  });

  it('admits those whose fee is received to a session, and refuses the rest', async () => {
    const sessionId = await given.session();
    const paid = await given.application({ feeReceived: true });
    const unpaid = await given.application({ who: 'securityOfficer' });
    const res = await given.call<v.InferOutput<typeof BulkResult>>(
      'etelProcessor',
      'POST',
      '/bulk-actions',
      { ids: [paid, unpaid], action: { kind: 'admit', session: sessionId } },
      { lang: 'en' },
    );
    expect(res.json.done).toEqual([paid]);
    expect(res.json.refused).toEqual([{ id: unpaid, status: 409, title: expect.stringMatching(/fee/) }]);
    expect(await given.emailsOf(paid)).toMatchObject([{ template: 'admitted' }]);
    expect(await given.emailsOf(unpaid)).toEqual([]);
  });

  it('writes one message to each, e-mailing each applicant', async () => {
    const a = await given.application();
    const b = await given.application({ who: 'securityOfficer', email: 'jaan@example.ee' });
    const res = await given.call<v.InferOutput<typeof BulkResult>>('etelProcessor', 'POST', '/bulk-actions', {
      ids: [a, b],
      action: { kind: 'message', text: 'Eksam algab kell 10.' },
    });
    expect(res.json).toEqual({ done: [a, b], refused: [] });
    expect((await given.emailsOf(b)).map((e) => e.recipient)).toEqual(['jaan@example.ee']);
  });

  it('names the field of a bad selection, and is refused to an assessor', async () => {
    const bad = await given.call<Problem>('etelProcessor', 'POST', '/bulk-actions', {
      ids: [],
      action: { kind: 'admit' },
    });
    expect(bad.status).toBe(422);
    expect(bad.json.errors?.map((e) => e.field)).toContain('ids');
    const id = await given.application();
    const assessor = await given.call('etelAssessor', 'POST', '/bulk-actions', {
      ids: [id],
      action: { kind: 'markFeeReceived' },
    });
    expect(assessor.status).toBe(403);
    const other = await given.call<v.InferOutput<typeof BulkResult>>(
      'cooksManager',
      'POST',
      '/bulk-actions',
      { ids: [id], action: { kind: 'markFeeReceived' } },
      { slug: 'naidiskokad' },
    );
    expect(other.json).toMatchObject({ done: [], refused: [{ id, status: 404 }] });
    expect(await given.versionOf(id)).toBe(1);
  });
});

describe('previewing a document', () => {
  /** A file Mari attaches to her application, as the widget uploads it. */
  async function attached(id: string, name: string, bytes: Uint8Array<ArrayBuffer>) {
    const res = await app.request(`/bodies/etel/applications/${id}/attachments?name=${name}`, {
      method: 'POST',
      headers: await widgetHeaders(database, 'applicant'),
      body: bytes,
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  }
  const open = async (id: string, document: string, query = '') =>
    app.request(`/staff/bodies/etel/applications/${id}/documents/${document}${query}`, {
      headers: await consoleHeaders(database, 'etelProcessor'),
    });
  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);

  it('shows a PDF and an image inline that only the console’s own pages may frame', async () => {
    const id = await given.application();
    for (const [name, bytes, type] of [
      ['extract.pdf', new TextEncoder().encode('%PDF-1.7 preview'), 'application/pdf'],
      ['scan.png', PNG, 'image/png'],
    ] as const) {
      const document = await attached(id, name, bytes);
      const shown = await open(id, document, '?inline=1');
      expect(shown.status).toBe(200);
      expect(shown.headers.get('content-type')).toBe(type);
      expect(shown.headers.get('content-disposition')).toMatch(/^inline; filename="/);
      const policy = shown.headers.get('content-security-policy') ?? '';
      expect(policy).toContain("default-src 'none'");
      expect(policy).toContain("frame-ancestors 'self'");
      expect(policy).not.toMatch(/script-src/);
      expect(shown.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(shown.headers.get('x-content-type-options')).toBe('nosniff');
      expect(new Uint8Array(await shown.arrayBuffer())).toEqual(bytes);

      const saved = await open(id, document);
      expect(saved.headers.get('content-disposition')).toMatch(/^attachment; filename="/);
      expect(saved.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      // Shown or saved, each opening is a read of the applicant's data.
      expect(await given.auditOf(document, 'document.read')).toHaveLength(2);
    }
  });

  it('names the query parameter when it is neither 0 nor 1', async () => {
    const id = await given.application();
    const document = await attached(id, 'a.pdf', new TextEncoder().encode('%PDF-1.7 x'));
    const res = await open(id, document, '?inline=yes');
    expect(res.status).toBe(400);
    expect(((await res.json()) as Problem).errors?.map((e) => [e.in, e.field])).toEqual([
      ['query', 'inline'],
    ]);
  });
});
