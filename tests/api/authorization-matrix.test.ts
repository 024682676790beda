// Every route of the API, called by every kind of caller, answers as its declared rule says.
// The routes come from the app itself: a new route without an allow() guard fails here, and so
// does one whose guard lets the wrong people through.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guard } from '../../api/access/allow.ts';
import type { Rule } from '../../api/access/policy.ts';
import {
  applications,
  awardingBodies,
  certificates,
  ownerRequests,
  rateLimits,
} from '../../db/schema/index.ts';
import type { SeedPersonKey } from '../../db/seed/people.ts';
import { consoleHeaders, ETEL_ORIGIN, personId, widgetHeaders } from '../fixtures/sign-in.ts';
import { createTestApp } from '../fixtures/test-app.ts';
import { createTestDatabase, type TestDatabase } from '../fixtures/test-database.ts';
import {
  expected,
  ON_BEHALF,
  ON_THE_DRAFT,
  OWNER_ONLY,
  PERSONAS,
  REQUESTS,
  SUCCESS,
} from './authorization-matrix.routes.ts';

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
const samples: Record<string, string> = {};
/** ETEL's id, which the sample request goes back to after ETEL has ceased. */
let etelId: number;

beforeAll(async () => {
  database = await createTestDatabase();
  ({ app } = createTestApp(database));
  const [mari] = await database.db
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.applicantId, await personId(database, 'applicant')));
  samples.body = 'etel';
  samples.qualification = 'turvajuht-5';
  samples.application = mari?.id as string;
  samples.type = 'criminal-record';
  samples.file = 'console-00000000.js';
  // A file of Mari's, for the routes that name a document.
  const upload = await app.request(
    `/bodies/etel/applications/${samples.application}/attachments?name=a.pdf`,
    {
      method: 'POST',
      headers: await widgetHeaders(database, 'applicant'),
      body: new TextEncoder().encode('%PDF-1.7 matrix'),
    },
  );
  samples.document = ((await upload.json()) as { id: string }).id;
  // Mari's draft, for the routes that change only a draft.
  const draft = await app.request('/bodies/etel/applications', {
    method: 'POST',
    headers: { ...(await widgetHeaders(database, 'applicant')), 'content-type': 'application/json' },
    body: JSON.stringify({ qualification: 'turvajuht-5', kind: 'first' }),
  });
  samples.draft = ((await draft.json()) as { id: string }).id;
  // A draft ETEL's processor began for Mari, for the routes of applying on a person's behalf.
  samples.person = await personId(database, 'applicant');
  const onBehalf = await app.request(`/staff/bodies/etel/on-behalf/people/${samples.person}/applications`, {
    method: 'POST',
    headers: { ...(await consoleHeaders(database, 'etelProcessor')), 'content-type': 'application/json' },
    body: JSON.stringify({ qualification: 'turvatootaja-3', kind: 'first' }),
  });
  samples.onBehalf = ((await onBehalf.json()) as { id: string }).id;
  // A print the seeded owner ordered from ETEL, for the console's routes of owners' requests.
  const [certificate] = await database.db
    .select({ id: certificates.id, bodyId: certificates.bodyId, holderId: certificates.holderId })
    .from(certificates)
    .where(eq(certificates.number, 'ETEL-T3-0001'));
  const [request] = await database.db
    .insert(ownerRequests)
    .values({
      certificateId: certificate?.id as string,
      personId: certificate?.holderId as string,
      bodyId: certificate?.bodyId as number,
      kind: 'print',
      feeCents: 1500,
      paymentReference: '13',
      createdAt: database.clock.now(),
    })
    .returning({ id: ownerRequests.id });
  samples.request = request?.id as string;
  etelId = certificate?.bodyId as number;
  // The owner's own routes name the same request (Jaan's, whom no persona is).
  samples.id = samples.request;
  samples.number = 'ETEL-T3-0001';
  // What the QR link on Jaan's paper carries, and the one revocation list.
  const [coded] = await database.db
    .select({ code: certificates.verificationCode })
    .from(certificates)
    .where(eq(certificates.number, 'ETEL-T3-0001'));
  samples.code = coded?.code as string;
  samples.kind = 'code';
  samples.list = '1';
  await restoreSamples();
});
afterAll(() => database.drop());

/** A new document on the processor's draft for Mari for each DELETE of one. */
async function freshOnBehalfDocument() {
  const res = await app.request(
    `/staff/bodies/etel/on-behalf/applications/${samples.onBehalf}/documents/education?name=diplom.pdf`,
    {
      method: 'PUT',
      headers: await consoleHeaders(database, 'etelProcessor'),
      body: new TextEncoder().encode('%PDF-1.7 matrix'),
    },
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** A new document on the draft for each DELETE, so that every call has one to remove. */
async function freshDraftDocument() {
  const res = await app.request(
    `/bodies/etel/applications/${samples.draft}/documents/criminal-record?name=extract.pdf&issuedOn=2024-05-02`,
    {
      method: 'PUT',
      headers: await widgetHeaders(database, 'applicant'),
      body: new TextEncoder().encode('%PDF-1.7 matrix'),
    },
  );
  expect(res.status).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/**
 * Puts the two samples back in their states: the submitted application (at version 1, its fee not
 * received, its documents not accepted, so the console's steps on version 1 apply) and the draft.
 */
async function restoreSamples() {
  await database.db
    .update(applications)
    .set({
      state: 'submitted',
      version: 1,
      feeReceivedAt: null,
      feeWaivedReason: null,
      documentsAcceptedAt: null,
    })
    .where(eq(applications.id, samples.application as string));
  await database.db
    .update(applications)
    .set({ state: 'draft' })
    .where(eq(applications.id, samples.draft as string));
  await database.db.update(awardingBodies).set({ ceasedOn: null }).where(eq(awardingBodies.slug, 'etel'));
  await database.db
    .update(ownerRequests)
    .set({ state: 'open', closedAt: null, feeReceivedAt: null, bodyId: etelId })
    .where(eq(ownerRequests.id, samples.request as string));
  await database.db
    .update(certificates)
    .set({ status: 'valid', revokedAt: null, revokedReason: null, revokedById: null, public: true })
    .where(eq(certificates.number, 'ETEL-T3-0001'));
}

function routeTable() {
  const byRoute = new Map<string, { method: string; path: string; rules: Rule[] }>();
  for (const r of app.routes) {
    if (r.method === 'ALL') continue; // middleware (CORS, headers, static widget files)
    const key = `${r.method} ${r.path}`;
    const entry = byRoute.get(key) ?? { method: r.method, path: r.path, rules: [] };
    const rule = (r.handler as Partial<Guard>).rule;
    if (rule) entry.rules.push(rule);
    byRoute.set(key, entry);
  }
  return [...byRoute.values()];
}

describe('the route table', () => {
  it('has exactly one allow() rule on every route', () => {
    const wrong = routeTable()
      .filter((r) => r.rules.length !== 1)
      .map((r) => `${r.method} ${r.path}: ${r.rules.length} rules`);
    expect(wrong).toEqual([]);
  });

  it('names a sample for every path parameter', () => {
    const params = routeTable().flatMap((r) => [...r.path.matchAll(/:(\w+)/g)].map((m) => m[1] as string));
    expect(params.filter((p) => !(p in samples))).toEqual([]);
  });
});

describe('every route, every caller', () => {
  it('answers the route’s exact status to whom its rule lets in, and 401, 403 or 404 to the rest', async () => {
    const failures: string[] = [];
    for (const route of routeTable()) {
      const rule = route.rules[0];
      if (!rule) continue;
      const key = `${route.method} ${route.path}`;
      const extra = REQUESTS[key] ?? {};
      for (const persona of PERSONAS) {
        const these: Record<string, string> = { ...samples };
        if (ON_THE_DRAFT.has(key)) these.application = samples.draft as string;
        if (ON_BEHALF.has(key)) these.application = samples.onBehalf as string;
        if (key === 'DELETE /staff/bodies/:body/on-behalf/applications/:application/documents/:document')
          these.document = await freshOnBehalfDocument();
        if (key === 'DELETE /bodies/:body/applications/:application/documents/:document')
          these.document = await freshDraftDocument();
        const path = route.path.replace(/:(\w+)/g, (_, name: string) => these[name] ?? name);
        // Fresh credentials per call: logout routes end the session they are called with.
        const auth =
          persona.via === 'widget'
            ? await widgetHeaders(database, persona.who as SeedPersonKey)
            : persona.via === 'console'
              ? await consoleHeaders(database, persona.who as SeedPersonKey)
              : { origin: ETEL_ORIGIN };
        const headers: Record<string, string> = { ...auth };
        delete headers.token;
        delete headers.sessionId;
        if (extra.json) headers['content-type'] = 'application/json';
        const res = await app.request(`${path}${extra.query ? `?${extra.query}` : ''}`, {
          method: route.method,
          headers,
          ...(extra.json ? { body: JSON.stringify(extra.json) } : extra.bytes ? { body: extra.bytes } : {}),
        });
        if (route.method !== 'GET') await restoreSamples();
        // Every call comes from the same (socketless) address: the public look-ups' limits would
        // answer 429 long before the table is through. Their limits are tested on their own.
        await database.db.delete(rateLimits);
        const rawWant = expected(rule, persona);
        const success = SUCCESS[key];
        const want =
          rawWant !== 'let in'
            ? rawWant
            : OWNER_ONLY.has(key) && persona.who !== 'applicant'
              ? 404
              : typeof success === 'function'
                ? success(persona)
                : success;
        if (want === undefined) failures.push(`${key}: no exact status for its callers in SUCCESS`);
        else if (res.status !== want)
          failures.push(`${key} as ${persona.name}: ${res.status}, expected ${want}`);
        if (res.status === 401 || res.status === 403)
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    }
    expect(failures).toEqual([]);
    // About 420 requests, each with fresh credentials: a loaded 2-core machine needs more than 20 s.
  }, 120_000);
});

describe('tenant isolation', () => {
  it('does not show another body’s application through one’s own body', async () => {
    const [cooks] = await database.db
      .select({ id: awardingBodies.id })
      .from(awardingBodies)
      .where(eq(awardingBodies.slug, 'naidiskokad'));
    const [theirs] = await database.db
      .select({ id: applications.id })
      .from(applications)
      .where(eq(applications.bodyId, cooks?.id as number));
    const headers = await consoleHeaders(database, 'etelManager');
    const res = await app.request(`/staff/bodies/etel/applications/${theirs?.id}`, { headers });
    expect(res.status).toBe(404);
    const list = await app.request('/staff/bodies/etel/applications', { headers });
    const ids = ((await list.json()) as { applications: { id: string }[] }).applications.map((a) => a.id);
    expect(ids).not.toContain(theirs?.id);
    expect(ids.length).toBeGreaterThan(0);
  });

  it('shows a committee only decided or assessed applications, and a partner only its mandate’s', async () => {
    const committee = await app.request('/committee/bodies/etel/applications', {
      headers: await consoleHeaders(database, 'committeeChair'),
    });
    const seen = ((await committee.json()) as { applications: { state: string }[] }).applications;
    expect(seen.map((a) => a.state)).toEqual(['assessed']);
    const partner = await app.request('/partner/bodies/etel/applications', {
      headers: await consoleHeaders(database, 'etelPartner'),
    });
    const theirs = (
      (await partner.json()) as { applications: { qualification: { slug: string }; channel: string }[] }
    ).applications;
    expect(theirs).toHaveLength(1);
    expect(theirs[0]).toMatchObject({ channel: 'partner', qualification: { slug: 'turvatootaja-3' } });
  });
});
