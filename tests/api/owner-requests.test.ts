// Owners' requests as the awarding body's console handles them (issue 13, item 2): the body's list,
// one request with its thread, the answer, state changes and the fee. Another body's staff never
// see them, assessors only read, and every read of an owner's data is in the audit trail.
import { and, eq, gt, max } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OwnerRequestFile, OwnerRequestList } from '../../contract/owner-requests.ts';
import {
  auditEvents,
  awardingBodies,
  certificates,
  notices,
  ownerRequestMessages,
  ownerRequests,
} from '../../db/schema/index.ts';
import type { SeedPersonKey } from '../../db/seed/people.ts';
import { consoleHeaders, personId } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let etelId: number;
let cooksId: number;
let ownerId: string;
let certificateId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  const bodies = await database.db
    .select({ id: awardingBodies.id, slug: awardingBodies.slug })
    .from(awardingBodies);
  etelId = bodies.find((b) => b.slug === 'etel')?.id as number;
  cooksId = bodies.find((b) => b.slug === 'naidiskokad')?.id as number;
  ownerId = await personId(database, 'securityOfficer');
  const [certificate] = await database.db
    .select({ id: certificates.id })
    .from(certificates)
    .where(eq(certificates.number, 'ETEL-T3-0001'));
  certificateId = certificate?.id as string;
});
afterAll(() => database.drop());

/** A request of the seeded owner about ETEL-T3-0001, handled by `bodyId` (ETEL unless said). */
async function aRequest(
  fields: Partial<typeof ownerRequests.$inferInsert> & { kind?: 'print' | 'duplicate' | 'information' } = {},
) {
  const kind = fields.kind ?? 'information';
  const [row] = await database.db
    .insert(ownerRequests)
    .values({
      certificateId,
      personId: ownerId,
      kind,
      question: kind === 'information' ? 'Kas mu tunnistus kehtib ka Soomes?' : null,
      createdAt: database.clock.now(),
      bodyId: etelId,
      ...fields,
    })
    .returning({ id: ownerRequests.id });
  return row?.id as string;
}

/** Calls the console API as `who`; gives the answer and the audit entries it added. */
async function asConsole(who: SeedPersonKey, path: string, init: { method?: string; json?: unknown } = {}) {
  const [before] = await database.db.select({ last: max(auditEvents.id) }).from(auditEvents);
  const headers: Record<string, string> = await consoleHeaders(database, who);
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  const res = await app.request(path, {
    method: init.method ?? (init.json !== undefined ? 'POST' : 'GET'),
    headers,
    ...(init.json !== undefined ? { body: JSON.stringify(init.json) } : {}),
  });
  const added = await database.db
    .select()
    .from(auditEvents)
    .where(gt(auditEvents.id, before?.last ?? 0))
    .orderBy(auditEvents.id);
  return { res, added, actorId: await personId(database, who) };
}

const requestPath = (id: string, rest = '', body = 'etel') =>
  `/staff/bodies/${body}/owner-requests/${id}${rest}`;

describe('the body’s list of owners’ requests', () => {
  it('shows its own requests with the certificate, qualification and owner, and records each owner shown', async () => {
    const ours = await aRequest();
    const theirs = await aRequest({ bodyId: cooksId });
    const call = await asConsole('etelProcessor', '/staff/bodies/etel/owner-requests?lang=et');
    expect(call.res.status).toBe(200);
    const { requests } = (await call.res.json()) as OwnerRequestList;
    const shown = requests.find((r) => r.id === ours);
    expect(shown).toMatchObject({
      kind: 'information',
      state: 'open',
      certificate: { number: 'ETEL-T3-0001', qualification: expect.stringContaining('Turvatöötaja') },
      owner: { name: 'Jaan Ääremaa' },
      lastMessage: null,
    });
    expect(requests.map((r) => r.id)).not.toContain(theirs);
    expect(call.added.map((e) => e.entityId).sort()).toEqual(requests.map((r) => r.id).sort());
    expect(call.added[0]).toMatchObject({
      action: 'owner-request.list',
      actorId: call.actorId,
      actorRole: 'processor',
      bodyId: etelId,
      subjectId: ownerId,
      entity: 'owner_request',
    });
  });

  it('filters by state and kind, and names a filter it cannot read', async () => {
    const print = await aRequest({ kind: 'print', feeCents: 1500, paymentReference: '13' });
    const done = await aRequest({ state: 'done', closedAt: database.clock.now() });
    const prints = await asConsole('etelManager', '/staff/bodies/etel/owner-requests?kind=print');
    const printIds = ((await prints.res.json()) as OwnerRequestList).requests.map((r) => r.id);
    expect(printIds).toContain(print);
    expect(printIds).not.toContain(done);
    const closed = await asConsole('etelManager', '/staff/bodies/etel/owner-requests?state=done');
    expect(((await closed.res.json()) as OwnerRequestList).requests.map((r) => r.id)).toEqual([done]);
    const wrong = await asConsole('etelManager', '/staff/bodies/etel/owner-requests?state=finished');
    expect(wrong.res.status).toBe(400);
    expect(wrong.res.headers.get('content-type')).toContain('application/problem+json');
    expect(((await wrong.res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('state');
  });
});

describe('one request', () => {
  it('shows the certificate, the owner’s contact and the thread, and records the read', async () => {
    const id = await aRequest();
    const call = await asConsole('etelAssessor', requestPath(id, '?lang=en'));
    expect(call.res.status).toBe(200);
    const file = (await call.res.json()) as OwnerRequestFile;
    expect(file).toMatchObject({
      id,
      question: 'Kas mu tunnistus kehtib ka Soomes?',
      certificate: { number: 'ETEL-T3-0001', status: 'valid', holder: { familyName: 'Ääremaa' } },
      owner: { givenName: 'Jaan', familyName: 'Ääremaa' },
      messages: [],
    });
    expect(JSON.stringify(file)).not.toMatch(/\d{11}/);
    expect(call.added).toEqual([
      expect.objectContaining({
        action: 'owner-request.read',
        actorId: call.actorId,
        actorRole: 'assessor',
        bodyId: etelId,
        subjectId: ownerId,
        entity: 'owner_request',
        entityId: id,
        purpose: 'owner request handling',
      }),
    ]);
  });

  it('is not found by another body’s staff, to read or to answer, and nothing is recorded', async () => {
    const id = await aRequest();
    const read = await asConsole('cooksManager', requestPath(id, '', 'naidiskokad'));
    expect(read.res.status).toBe(404);
    const answer = await asConsole('cooksManager', requestPath(id, '/messages', 'naidiskokad'), {
      json: { body: 'Vastus' },
    });
    expect(answer.res.status).toBe(404);
    expect([...read.added, ...answer.added]).toEqual([]);
    // Nor through ETEL's path: the cooks' manager is no staff of ETEL.
    expect((await asConsole('cooksManager', requestPath(id))).res.status).toBe(403);
  });
});

describe('answering the owner', () => {
  it('adds the answer to the thread, takes the request in progress, and the owner’s thread has it', async () => {
    const id = await aRequest();
    const call = await asConsole('etelProcessor', requestPath(id, '/messages'), {
      json: { body: '  Jah, Soomes kehtib see koos tõlkega.  ' },
    });
    expect(call.res.status).toBe(201);
    const file = (await call.res.json()) as OwnerRequestFile;
    expect(file.state).toBe('in_progress');
    expect(file.messages).toEqual([
      expect.objectContaining({ fromBody: true, text: 'Jah, Soomes kehtib see koos tõlkega.' }),
    ]);
    expect(call.added.map((e) => e.action)).toEqual(['owner-request.answer']);
    // What the owner's side reads (GET /me/owner-requests/:id) is this table's thread.
    const stored = await database.db
      .select()
      .from(ownerRequestMessages)
      .where(eq(ownerRequestMessages.requestId, id));
    expect(stored).toEqual([
      expect.objectContaining({ authorId: call.actorId, body: 'Jah, Soomes kehtib see koos tõlkega.' }),
    ]);
    // The owner is told once for this answer: a register notice (and its e-mail, with a mail queue).
    const told = await database.db
      .select()
      .from(notices)
      .where(
        and(eq(notices.certificateId, certificateId), eq(notices.milestone, `answered:${stored[0]?.id}`)),
      );
    expect(told).toEqual([expect.objectContaining({ kind: 'answered' })]);
    expect(told[0]?.textEt).toContain('ETEL-T3-0001');
  });

  it('refuses an empty answer next to its field, and an assessor’s answer', async () => {
    const id = await aRequest();
    const empty = await asConsole('etelProcessor', requestPath(id, '/messages'), { json: { body: '   ' } });
    expect(empty.res.status).toBe(422);
    expect(((await empty.res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('body');
    const assessor = await asConsole('etelAssessor', requestPath(id, '/messages'), {
      json: { body: 'Tere' },
    });
    expect(assessor.res.status).toBe(403);
    const [row] = await database.db.select().from(ownerRequests).where(eq(ownerRequests.id, id));
    expect(row?.state).toBe('open');
  });
});

describe('moving a request on', () => {
  it('declines with a reason the owner is sent, and a closed request takes no answer', async () => {
    const id = await aRequest();
    const noReason = await asConsole('etelManager', requestPath(id, '/state'), {
      json: { state: 'declined' },
    });
    expect(noReason.res.status).toBe(422);
    expect(((await noReason.res.json()) as { errors: { field: string }[] }).errors[0]?.field).toBe('reason');
    const declined = await asConsole('etelManager', requestPath(id, '/state'), {
      json: { state: 'declined', reason: 'Küsimus ei puuduta kutsetunnistust.' },
    });
    expect(declined.res.status).toBe(200);
    const file = (await declined.res.json()) as OwnerRequestFile;
    expect(file.state).toBe('declined');
    expect(file.closedAt).not.toBeNull();
    expect(file.messages.map((m) => m.text)).toEqual(['Küsimus ei puuduta kutsetunnistust.']);
    expect(declined.added).toEqual([
      expect.objectContaining({ action: 'owner-request.state', detail: { from: 'open', to: 'declined' } }),
    ]);
    const late = await asConsole('etelManager', requestPath(id, '/messages'), { json: { body: 'Siiski…' } });
    expect(late.res.status).toBe(409);
  });

  it('marks a print’s fee received once, and refuses it for a question', async () => {
    const print = await aRequest({ kind: 'print', feeCents: 1500, paymentReference: '13' });
    const first = await asConsole('etelProcessor', requestPath(print, '/fee-received'), { method: 'POST' });
    expect(first.res.status).toBe(200);
    const file = (await first.res.json()) as OwnerRequestFile;
    expect(file.feeReceivedAt).toBe(database.clock.now().toISOString());
    // What the owner was asked to pay: 15.00 € net and the 22 % VAT of May 2024, not the net alone.
    expect(file.fee).toEqual({
      netCents: 1500,
      vatRatePercent: 22,
      vatCents: 330,
      grossCents: 1830,
      currency: 'EUR',
    });
    const again = await asConsole('etelProcessor', requestPath(print, '/fee-received'), { method: 'POST' });
    expect(again.res.status).toBe(409);
    const question = await aRequest();
    const none = await asConsole('etelProcessor', requestPath(question, '/fee-received'), { method: 'POST' });
    expect(none.res.status).toBe(409);
    const [row] = await database.db
      .select({ at: ownerRequests.feeReceivedAt })
      .from(ownerRequests)
      .where(and(eq(ownerRequests.id, question)));
    expect(row?.at).toBeNull();
  });
});

describe('a certificate of the body, as its staff look it up', () => {
  it('shows it with its publication and records the read; another body’s staff do not find it', async () => {
    const call = await asConsole('etelAssessor', '/staff/bodies/etel/certificates/etel-t3-0001');
    expect(call.res.status).toBe(200);
    expect(await call.res.json()).toMatchObject({
      number: 'ETEL-T3-0001',
      holder: { givenName: 'Jaan', familyName: 'Ääremaa' },
      status: 'valid',
      public: true,
      revokedAt: null,
    });
    expect(call.added).toEqual([
      expect.objectContaining({
        action: 'certificate.read',
        actorRole: 'assessor',
        subjectId: ownerId,
        entity: 'certificate',
        entityId: certificateId,
      }),
    ]);
    const theirs = await asConsole('cooksManager', '/staff/bodies/naidiskokad/certificates/ETEL-T3-0001');
    expect(theirs.res.status).toBe(404);
    expect(theirs.added).toEqual([]);
  });
});

describe('requests routed to the registry (their body gone)', () => {
  it('are the registry admins’ to list, read and answer, and no body’s staff reach them there', async () => {
    const registryOne = await aRequest({ bodyId: null });
    const etelOne = await aRequest();
    const list = await asConsole('registryAdmin', '/admin/owner-requests');
    expect(list.res.status).toBe(200);
    const ids = ((await list.res.json()) as OwnerRequestList).requests.map((r) => r.id);
    expect(ids).toContain(registryOne);
    expect(ids).not.toContain(etelOne);
    const read = await asConsole('registryAdmin', `/admin/owner-requests/${registryOne}`);
    expect(read.res.status).toBe(200);
    expect(read.added).toEqual([
      expect.objectContaining({ action: 'owner-request.read', actorRole: 'registry-admin', bodyId: null }),
    ]);
    expect((await asConsole('registryAdmin', `/admin/owner-requests/${etelOne}`)).res.status).toBe(404);
    const answer = await asConsole('registryAdmin', `/admin/owner-requests/${registryOne}/messages`, {
      json: { body: 'Kutseandja on tegevuse lõpetanud; vastab register.' },
    });
    expect(answer.res.status).toBe(201);
    expect(((await answer.res.json()) as OwnerRequestFile).state).toBe('in_progress');
    expect((await asConsole('etelManager', '/admin/owner-requests')).res.status).toBe(403);
  });
});
