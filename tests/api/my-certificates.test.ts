// "My certificates": a holder sees their own certificates and nobody else's, publishes and hides
// them, orders a print or a duplicate with a payment reference, and asks the body questions.
import { and, eq } from 'drizzle-orm';
import * as v from 'valibot';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  OwnCertificateList,
  OwnerRequestThread,
  OwnerRequestView,
} from '../../contract/owner-certificates.ts';
import { isReferenceNumber } from '../../contract/payment-reference.ts';
import {
  auditEvents,
  awardingBodies,
  certificates,
  deliveryOptions,
  ownerRequestMessages,
  ownerRequests,
} from '../../db/schema/index.ts';
import { personId, widgetHeaders } from '../fixtures/sign-in.ts';
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
const as = async (who: Who) => {
  const { authorization, origin } = await widgetHeaders(database, who);
  return { authorization, origin };
};
const call = async (who: Who, method: string, path: string, body?: unknown, lang = 'et') =>
  app.request(`${path}?lang=${lang}`, {
    method,
    headers: { ...(await as(who)), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
const myList = async (who: Who, lang = 'et') => {
  const answer = await call(who, 'GET', '/me/certificates', undefined, lang);
  expect(answer.status).toBe(200);
  return v.parse(OwnCertificateList, await answer.json()).certificates;
};
const etelOption = async (slug: string) => {
  const [row] = await database.db
    .select({ id: deliveryOptions.id })
    .from(deliveryOptions)
    .innerJoin(awardingBodies, eq(awardingBodies.id, deliveryOptions.bodyId))
    .where(and(eq(awardingBodies.slug, 'etel'), eq(deliveryOptions.slug, slug)));
  if (!row) throw new Error(`no ETEL delivery option ${slug}`);
  return row.id;
};
const isPublic = async (number: string) =>
  (await database.db.select().from(certificates).where(eq(certificates.number, number)))[0]?.public;

describe('my certificates', () => {
  it('lists my own certificates, naming the body that issued each, and no one else’s', async () => {
    const jaans = await myList('securityOfficer');
    expect(jaans.map((c) => c.number)).toEqual(['ETEL-T3-0001']);
    expect(jaans[0]).toMatchObject({
      status: 'valid',
      public: true,
      canOrderDuplicate: true,
      body: { slug: 'etel' },
      holder: { givenName: 'Jaan', familyName: 'Ääremaa' },
    });
    // The body's delivery options, priced with VAT; "no paper" is no way to deliver a print.
    expect(jaans[0]?.deliveryOptions.map((o) => o.cost.grossCents)).toEqual([0, 610]);
    const kadis = await myList('recentlyExpiredManager');
    expect(kadis.map((c) => [c.number, c.status, c.canOrderDuplicate])).toEqual([
      ['ETEL-J5-0002', 'expired', false],
    ]);
    expect(await myList('applicant')).toEqual([]);
  });

  it('asks for a sign-in', async () => {
    expect((await app.request('/me/certificates')).status).toBe(401);
  });

  it('hides and publishes a certificate at once, audited; someone else’s is not found', async () => {
    const hide = await call('securityOfficer', 'PUT', '/me/certificates/ETEL-T3-0001/visibility', {
      public: false,
    });
    expect(hide.status).toBe(200);
    expect(await hide.json()).toEqual({ number: 'ETEL-T3-0001', public: false });
    expect(await isPublic('ETEL-T3-0001')).toBe(false);
    expect((await myList('securityOfficer'))[0]?.public).toBe(false);

    const publish = await call('securityOfficer', 'PUT', '/me/certificates/etel-t3-0001/visibility', {
      public: true,
    });
    expect(publish.status).toBe(200);
    expect(await isPublic('ETEL-T3-0001')).toBe(true);
    const trail = await database.db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, await personId(database, 'securityOfficer')));
    expect(trail.map((e) => e.action)).toEqual(
      expect.arrayContaining(['certificate.hide', 'certificate.publish']),
    );

    const other = await call('securityOfficer', 'PUT', '/me/certificates/ETEL-J5-0002/visibility', {
      public: false,
    });
    expect(other.status).toBe(404);
    expect(await isPublic('ETEL-J5-0002')).toBe(true);
  });

  it('names the field when the visibility is not a yes or no', async () => {
    const answer = await call('securityOfficer', 'PUT', '/me/certificates/ETEL-T3-0001/visibility', {
      public: 'yes',
    });
    expect(answer.status).toBe(422);
    expect(answer.headers.get('content-type')).toContain('application/problem+json');
    expect(await answer.json()).toMatchObject({ errors: [{ in: 'body', field: 'public' }] });
  });

  it('orders a duplicate with the amount to pay, a payment reference and the body’s account', async () => {
    const answer = await call('securityOfficer', 'POST', '/me/certificates/ETEL-T3-0001/orders', {
      kind: 'duplicate',
      deliveryOptionId: await etelOption('post'),
    });
    expect(answer.status).toBe(201);
    const order = v.parse(OwnerRequestView, await answer.json());
    expect(order).toMatchObject({ kind: 'duplicate', state: 'open', certificate: 'ETEL-T3-0001' });
    // 5.00 net + 22 % VAT on the test's day (May 2024).
    expect(order.payment?.amount).toMatchObject({ netCents: 500, grossCents: 610, vatRatePercent: 22 });
    expect(isReferenceNumber(order.payment?.reference ?? '')).toBe(true);
    expect(order.payment?.iban).toMatch(/^EE\d{18}$/);
    expect(order.payment?.explanation).toContain('ETEL-T3-0001');
    const [stored] = await database.db.select().from(ownerRequests).where(eq(ownerRequests.id, order.id));
    const [etel] = await database.db.select().from(awardingBodies).where(eq(awardingBodies.slug, 'etel'));
    expect(stored).toMatchObject({ bodyId: etel?.id, feeCents: 500, kind: 'duplicate' });
    expect((await myList('securityOfficer'))[0]?.requests.map((r) => r.id)).toContain(order.id);
  });

  it('orders a print of an expired certificate, but refuses its duplicate, saying why', async () => {
    const post = await etelOption('post');
    const duplicate = await call(
      'recentlyExpiredManager',
      'POST',
      '/me/certificates/ETEL-J5-0002/orders',
      {
        kind: 'duplicate',
        deliveryOptionId: post,
      },
      'en',
    );
    expect(duplicate.status).toBe(409);
    const refusal = (await duplicate.json()) as { detail: string; errors: { field: string }[] };
    expect(refusal.detail).toContain('valid certificate only');
    expect(refusal.errors[0]?.field).toBe('kind');
    const print = await call('recentlyExpiredManager', 'POST', '/me/certificates/ETEL-J5-0002/orders', {
      kind: 'print',
      deliveryOptionId: post,
    });
    expect(print.status).toBe(201);
  });

  it('refuses a delivery option the body does not offer for paper, naming the field', async () => {
    const answer = await call('securityOfficer', 'POST', '/me/certificates/ETEL-T3-0001/orders', {
      kind: 'print',
      deliveryOptionId: await etelOption('none'),
    });
    expect(answer.status).toBe(422);
    expect(await answer.json()).toMatchObject({ errors: [{ field: 'deliveryOptionId' }] });
  });

  it('sends a question to ETEL, and the thread shows the answer and my reply', async () => {
    const asked = await call('recentlyExpiredManager', 'POST', '/me/certificates/ETEL-J5-0002/questions', {
      question: 'Kas saan tunnistuse uuendada?',
    });
    expect(asked.status).toBe(201);
    const request = v.parse(OwnerRequestView, await asked.json());
    expect(request).toMatchObject({
      kind: 'information',
      handledBy: 'Eesti Turvaettevõtete Liit',
      payment: null,
    });
    const [stored] = await database.db.select().from(ownerRequests).where(eq(ownerRequests.id, request.id));
    const [etel] = await database.db.select().from(awardingBodies).where(eq(awardingBodies.slug, 'etel'));
    expect(stored?.bodyId).toBe(etel?.id);

    // ETEL's staff answer in the console (H4b's side), as a message in the request's thread; the
    // test's clock stands still, so the answer is dated a second before the owner's reply.
    await database.db.insert(ownerRequestMessages).values({
      requestId: request.id,
      authorId: await personId(database, 'etelManager'),
      body: 'Jah, esitage taastõendamise taotlus.',
      sentAt: new Date(database.clock.now().getTime() - 1000),
    });
    const replied = await call(
      'recentlyExpiredManager',
      'POST',
      `/me/owner-requests/${request.id}/messages`,
      {
        body: 'Aitäh!',
      },
    );
    expect(replied.status).toBe(201);
    const thread = v.parse(OwnerRequestThread, await replied.json());
    expect(thread.messages.map((m) => [m.fromOwner, m.text])).toEqual([
      [false, 'Jah, esitage taastõendamise taotlus.'],
      [true, 'Aitäh!'],
    ]);
    const read = await call('recentlyExpiredManager', 'GET', `/me/owner-requests/${request.id}`);
    expect(read.status).toBe(200);
    expect(v.parse(OwnerRequestThread, await read.json()).messages).toHaveLength(2);
    // Someone else's request is not there for them.
    expect((await call('securityOfficer', 'GET', `/me/owner-requests/${request.id}`)).status).toBe(404);
    expect(
      (await call('securityOfficer', 'POST', `/me/owner-requests/${request.id}/messages`, { body: 'x' }))
        .status,
    ).toBe(404);
  });

  it('refuses an empty question, naming the field', async () => {
    const answer = await call('securityOfficer', 'POST', '/me/certificates/ETEL-T3-0001/questions', {
      question: '   ',
    });
    expect(answer.status).toBe(422);
    expect(await answer.json()).toMatchObject({ errors: [{ field: 'question' }] });
  });
});
