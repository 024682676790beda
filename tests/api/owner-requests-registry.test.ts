// Owners' requests when the awarding body is gone (issue 13): a registry admin records that a body
// ceased, its open requests move to the registry, and from that day the owners' questions and
// orders go to the registry — which the registry's admins see, the body's staff no longer, and the
// owner pays to the registry's account, not the gone body's.
import { and, eq, gt, max } from 'drizzle-orm';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_REGISTRY_IBAN } from '../../api/config.ts';
import { BodyCease, BodyCeased } from '../../contract/body-cease.ts';
import { OwnCertificateList, OwnerRequestView } from '../../contract/owner-certificates.ts';
import { OwnerRequestFile, OwnerRequestList } from '../../contract/owner-requests.ts';
import {
  auditEvents,
  awardingBodies,
  certificates,
  deliveryOptions,
  notices,
  ownerRequests,
} from '../../db/schema/index.ts';
import type { SeedPersonKey } from '../../db/seed/people.ts';
import { consoleHeaders, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
let etelId: number;
let certificateId: string;
let ownerId: string;
/** The test clock's day in Tallinn (PAGE_DAY). */
const TODAY = '2024-05-15';

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  const [etel] = await database.db
    .select({ id: awardingBodies.id })
    .from(awardingBodies)
    .where(eq(awardingBodies.slug, 'etel'));
  etelId = etel?.id as number;
  const [certificate] = await database.db
    .select({ id: certificates.id, holderId: certificates.holderId })
    .from(certificates)
    .where(eq(certificates.number, 'ETEL-T3-0001'));
  certificateId = certificate?.id as string;
  ownerId = certificate?.holderId as string;
});
afterAll(() => database.drop());

/** Jaan, the seeded owner of ETEL-T3-0001, through the widget on ETEL's site. */
async function asOwner(method: string, path: string, body?: unknown, lang = 'et') {
  const { authorization, origin } = await widgetHeaders(database, 'securityOfficer');
  return app.request(`${path}?lang=${lang}`, {
    method,
    headers: { authorization, origin, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

async function asConsole(who: SeedPersonKey, path: string, json?: unknown) {
  const headers: Record<string, string> = await consoleHeaders(database, who);
  if (json !== undefined) headers['content-type'] = 'application/json';
  return app.request(path, {
    method: json === undefined ? 'GET' : 'POST',
    headers,
    ...(json === undefined ? {} : { body: JSON.stringify(json) }),
  });
}

const cease = (who: SeedPersonKey, ceasedOn: string) =>
  asConsole(who, '/admin/bodies/etel/cease', v.parse(BodyCease, { ceasedOn }));

const listed = async (who: SeedPersonKey, path: string) => {
  const answer = await asConsole(who, path);
  expect(answer.status).toBe(200);
  return v.parse(OwnerRequestList, await answer.json()).requests.map((r) => r.id);
};
const registryList = () => listed('registryAdmin', '/admin/owner-requests');
const etelList = () => listed('etelProcessor', '/staff/bodies/etel/owner-requests');

/** A request of Jaan's about ETEL-T3-0001, left with ETEL before it ceased. */
async function anEtelRequest(state: 'open' | 'in_progress' | 'done' | 'declined') {
  const closed = state === 'done' || state === 'declined';
  const [row] = await database.db
    .insert(ownerRequests)
    .values({
      certificateId,
      personId: ownerId,
      kind: 'information',
      question: 'Kas mu tunnistus kehtib ka Lätis?',
      state,
      createdAt: database.clock.now(),
      closedAt: closed ? database.clock.now() : null,
      bodyId: etelId,
    })
    .returning({ id: ownerRequests.id });
  return row?.id as string;
}

const handlerOf = async (id: string) =>
  (
    await database.db
      .select({ bodyId: ownerRequests.bodyId })
      .from(ownerRequests)
      .where(eq(ownerRequests.id, id))
  )[0]?.bodyId;

const ask = async () => {
  const answer = await asOwner('POST', '/me/certificates/ETEL-T3-0001/questions', {
    question: 'Kes vastab mu küsimustele, kui ETEL on tegevuse lõpetanud?',
  });
  expect(answer.status).toBe(201);
  return v.parse(OwnerRequestView, await answer.json());
};

describe('a body that ceases on a later day', () => {
  it('keeps its owners’ requests until that day', async () => {
    await database.db
      .update(awardingBodies)
      .set({ ceasedOn: '2024-05-16' })
      .where(eq(awardingBodies.id, etelId));
    const question = await ask();
    expect(question.handledBy).toBe('Eesti Turvaettevõtete Liit');
    expect(await handlerOf(question.id)).toBe(etelId);
    await database.db.update(awardingBodies).set({ ceasedOn: null }).where(eq(awardingBodies.id, etelId));
  });
});

describe('recording that a body has ceased', () => {
  it('is for registry admins only', async () => {
    for (const who of ['etelManager', 'cooksManager'] as const) {
      const answer = await cease(who, TODAY);
      expect(answer.status, who).toBe(403);
      expect(answer.headers.get('content-type')).toContain('application/problem+json');
    }
    const [etel] = await database.db.select().from(awardingBodies).where(eq(awardingBodies.id, etelId));
    expect(etel?.ceasedOn).toBeNull();
  });

  it('refuses a day in the future, naming the field', async () => {
    const answer = await cease('registryAdmin', '2024-05-16');
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(await answer.json()).toMatchObject({
      errors: [{ in: 'body', field: 'ceasedOn', detail: expect.stringContaining('tulevikus') }],
    });
    const [etel] = await database.db.select().from(awardingBodies).where(eq(awardingBodies.id, etelId));
    expect(etel?.ceasedOn).toBeNull();
  });

  it('moves the open requests to the registry and leaves the closed ones with the body, audited', async () => {
    const open = await anEtelRequest('open');
    const started = await anEtelRequest('in_progress');
    const done = await anEtelRequest('done');
    const declined = await anEtelRequest('declined');
    const waiting = (await etelList()).filter((id) => id !== done && id !== declined);
    expect(waiting).toEqual(expect.arrayContaining([open, started]));
    const [before] = await database.db.select({ last: max(auditEvents.id) }).from(auditEvents);

    const answer = await cease('registryAdmin', TODAY);
    expect(answer.status).toBe(200);
    // Every request still open with ETEL: the two above and the question asked before.
    expect(v.parse(BodyCeased, await answer.json())).toEqual({
      body: 'etel',
      ceasedOn: TODAY,
      requestsMoved: waiting.length,
    });
    expect(await handlerOf(open)).toBeNull();
    expect(await handlerOf(started)).toBeNull();
    expect(await handlerOf(done)).toBe(etelId);
    expect(await handlerOf(declined)).toBe(etelId);

    // ETEL's staff see only what stays theirs; the registry's admins, what moved.
    const etels = await etelList();
    expect(etels).toEqual(expect.arrayContaining([done, declined]));
    expect(etels).not.toContain(open);
    expect(await registryList()).toEqual(expect.arrayContaining([open, started]));
    expect((await asConsole('etelProcessor', `/staff/bodies/etel/owner-requests/${open}`)).status).toBe(404);
    expect((await asConsole('registryAdmin', `/admin/owner-requests/${open}`)).status).toBe(200);

    // Each owner whose request moved is told who handles it now; the closed ones are not.
    const told = await database.db
      .select({ milestone: notices.milestone, kind: notices.kind, textEt: notices.textEt })
      .from(notices)
      .where(eq(notices.certificateId, certificateId));
    const about = (id: string) => told.filter((n) => n.milestone === `moved:${id}`);
    for (const id of [open, started]) {
      expect(about(id)).toEqual([expect.objectContaining({ kind: 'other' })]);
      expect(about(id)[0]?.textEt).toContain('käsitleb nüüd Kutsekoda');
    }
    expect(about(done)).toEqual([]);
    expect(about(declined)).toEqual([]);

    const trail = await database.db
      .select()
      .from(auditEvents)
      .where(and(gt(auditEvents.id, before?.last ?? 0), eq(auditEvents.action, 'body.cease')));
    expect(trail).toEqual([
      expect.objectContaining({
        actorId: await personId(database, 'registryAdmin'),
        bodyId: etelId,
        detail: { ceasedOn: TODAY, requestsMoved: waiting.length },
      }),
    ]);
  });

  it('refuses a body that has already ceased', async () => {
    const answer = await cease('registryAdmin', '2024-05-01');
    expect(answer.status).toBe(409);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    const [etel] = await database.db.select().from(awardingBodies).where(eq(awardingBodies.id, etelId));
    expect(etel?.ceasedOn).toBe(TODAY);
  });
});

describe('an owner’s request after the body ceased', () => {
  it('sends a question to the registry: its admins see it, the body’s staff do not', async () => {
    const question = await ask();
    expect(question).toMatchObject({ kind: 'information', handledBy: 'Kutsekoda (register)', payment: null });
    expect(await handlerOf(question.id)).toBeNull();
    expect(await registryList()).toContain(question.id);
    expect(await etelList()).not.toContain(question.id);
    const etels = await asConsole('etelManager', `/staff/bodies/etel/owner-requests/${question.id}`);
    expect(etels.status).toBe(404);
    const registry = await asConsole('registryAdmin', `/admin/owner-requests/${question.id}`);
    expect(registry.status).toBe(200);
  });

  it('is answered by the registry, and the owner’s notice says the registry answered', async () => {
    const question = await ask();
    const answered = await asConsole('registryAdmin', `/admin/owner-requests/${question.id}/messages`, {
      body: 'Kutsekoda hoiab ETEL-i välja antud tunnistusi; teie tunnistus kehtib edasi.',
    });
    expect(answered.status).toBe(201);
    const mine = await asOwner('GET', '/me/certificates');
    const certificate = v
      .parse(OwnCertificateList, await mine.json())
      .certificates.find((c) => c.number === 'ETEL-T3-0001');
    const notice = certificate?.notices.find((n) => n.kind === 'answered');
    expect(notice?.text).toBe('Kutsekoda vastas teie pöördumisele kutsetunnistuse ETEL-T3-0001 kohta.');
  });

  it('has a duplicate paid to the registry’s account, delivered as the body offered it', async () => {
    const [post] = await database.db
      .select({ id: deliveryOptions.id })
      .from(deliveryOptions)
      .where(and(eq(deliveryOptions.bodyId, etelId), eq(deliveryOptions.slug, 'post')));
    const answer = await asOwner(
      'POST',
      '/me/certificates/ETEL-T3-0001/orders',
      { kind: 'duplicate', deliveryOptionId: post?.id },
      'en',
    );
    expect(answer.status).toBe(201);
    const order = v.parse(OwnerRequestView, await answer.json());
    expect(order.handledBy).toBe('Kutsekoda (the registry)');
    // ETEL's price for delivery by post (5.00 net + 22 % VAT in May 2024), paid to the registry.
    expect(order.payment).toMatchObject({
      amount: { netCents: 500, grossCents: 610 },
      recipient: 'Kutsekoda',
      iban: DEMO_REGISTRY_IBAN,
    });
    const [etel] = await database.db.select().from(awardingBodies).where(eq(awardingBodies.id, etelId));
    expect(order.payment?.iban).not.toBe(etel?.iban);
    expect(await registryList()).toContain(order.id);
    expect(await etelList()).not.toContain(order.id);
    // The issuing body's trail keeps the order.
    const [entry] = await database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, order.id), eq(auditEvents.action, 'certificate.order-duplicate')));
    expect(entry?.bodyId).toBe(etelId);
  });

  it('has its fee marked received by a registry admin, once, and the owner sees it', async () => {
    const [post] = await database.db
      .select({ id: deliveryOptions.id })
      .from(deliveryOptions)
      .where(and(eq(deliveryOptions.bodyId, etelId), eq(deliveryOptions.slug, 'post')));
    const ordered = await asOwner('POST', '/me/certificates/ETEL-T3-0001/orders', {
      kind: 'print',
      deliveryOptionId: post?.id,
    });
    expect(ordered.status).toBe(201);
    const order = v.parse(OwnerRequestView, await ordered.json());
    expect(order.payment?.receivedAt).toBeNull();
    // ETEL's staff no longer handle it: not found for them.
    const byEtel = await asConsole(
      'etelProcessor',
      `/staff/bodies/etel/owner-requests/${order.id}/fee-received`,
      {},
    );
    expect(byEtel.status).toBe(404);
    const received = await asConsole('registryAdmin', `/admin/owner-requests/${order.id}/fee-received`, {});
    expect(received.status).toBe(200);
    expect(v.parse(OwnerRequestFile, await received.json()).feeReceivedAt).not.toBeNull();
    const again = await asConsole('registryAdmin', `/admin/owner-requests/${order.id}/fee-received`, {});
    expect(again.status).toBe(409);
    const mine = await asOwner('GET', '/me/certificates');
    expect(mine.status).toBe(200);
    const seen = v
      .parse(OwnCertificateList, await mine.json())
      .certificates.flatMap((c) => c.requests)
      .find((r) => r.id === order.id);
    expect(seen?.payment?.receivedAt).not.toBeNull();
  });
});
