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

type Persona = {
  name: string;
  who?: SeedPersonKey;
  via?: 'widget' | 'console';
  /** What the persona is at ETEL (the body every sample path names). */
  etelRole?: 'manager' | 'processor' | 'assessor' | 'committee' | 'partner' | 'admin';
};

const PERSONAS: Persona[] = [
  { name: 'nobody' },
  { name: 'applicant (widget on ETEL’s site)', who: 'applicant', via: 'widget' },
  { name: 'applicant (console)', who: 'applicant', via: 'console' },
  { name: 'ETEL manager', who: 'etelManager', via: 'console', etelRole: 'manager' },
  { name: 'ETEL processor', who: 'etelProcessor', via: 'console', etelRole: 'processor' },
  { name: 'ETEL assessor', who: 'etelAssessor', via: 'console', etelRole: 'assessor' },
  { name: 'ETEL committee chair', who: 'committeeChair', via: 'console', etelRole: 'committee' },
  { name: 'partner under an ETEL mandate', who: 'etelPartner', via: 'console', etelRole: 'partner' },
  { name: 'manager of the other body', who: 'cooksManager', via: 'console' },
  { name: 'registry admin', who: 'registryAdmin', via: 'console', etelRole: 'admin' },
];

/** Whether a route with this rule lets the persona in, or else exactly 401/403. */
function expected(rule: Rule, p: Persona): 'let in' | 401 | 403 {
  if (rule.kind === 'public') return 'let in';
  if (!p.via) return 401;
  if (rule.kind === 'person') return !rule.via || rule.via === p.via ? 'let in' : 403;
  if (p.via !== 'console') return 403;
  if (p.etelRole === 'admin') return 'let in';
  switch (rule.kind) {
    case 'staff':
      return rule.roles.some((r) => r === p.etelRole) ? 'let in' : 403;
    case 'committee':
      return p.etelRole === 'committee' ? 'let in' : 403;
    case 'mandate':
      return p.etelRole === 'partner' ? 'let in' : 403;
    case 'registryAdmin':
      return 403;
  }
}

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

/**
 * Routes on a person's own record: the sample lets its owner through, with the route's exact
 * status (SUCCESS), and answers 404 to every other signed-in person, as if it did not exist.
 */
const OWNER_ONLY = new Set([
  'GET /bodies/:body/applications/:application',
  'PATCH /bodies/:body/applications/:application',
  'PUT /bodies/:body/applications/:application/documents/:type',
  'GET /bodies/:body/applications/:application/documents/:document',
  'DELETE /bodies/:body/applications/:application/documents/:document',
  'POST /bodies/:body/applications/:application/attachments',
  'GET /bodies/:body/applications/:application/messages',
  'POST /bodies/:body/applications/:application/messages',
  'POST /bodies/:body/applications/:application/submit',
  'POST /bodies/:body/applications/:application/withdraw',
]);

/**
 * The exact status each caller the rule lets in gets — a success where the route can give one.
 * Unlisted routes fail: a new route says here what its callers get. After each call the samples
 * go back to their state (see restoreSamples), so a withdrawal or a return succeeds for every
 * caller, not only for the first.
 */
const SUCCESS: Record<string, number | ((p: Persona) => number)> = {
  'GET /health': 200,
  'GET /ready': 200,
  'GET /bodies': 200,
  'GET /bodies/:body': 200,
  'GET /bodies/:body/qualifications': 200,
  'GET /bodies/:body/qualifications/:qualification': 200,
  'GET /bodies/:body/applications': 200,
  // Mari resumes the draft she started in beforeAll; everyone else starts one.
  'POST /bodies/:body/applications': (p) => (p.who === 'applicant' ? 200 : 201),
  'GET /bodies/:body/applications/:application': 200,
  'PATCH /bodies/:body/applications/:application': 200,
  'PUT /bodies/:body/applications/:application/documents/:type': 201,
  'DELETE /bodies/:body/applications/:application/documents/:document': 204,
  'GET /bodies/:body/applications/:application/documents/:document': 200,
  'POST /bodies/:body/applications/:application/attachments': 201,
  // A blank draft: the owner gets as far as the list of what is missing (success is in applying.test.ts).
  'POST /bodies/:body/applications/:application/submit': 422,
  'POST /bodies/:body/applications/:application/withdraw': 200,
  'GET /bodies/:body/applications/:application/messages': 200,
  'POST /bodies/:body/applications/:application/messages': 201,
  // Public routes asked without what they need: the refusal is the route's own, not the guard's.
  'GET /auth/widget/start': 400,
  'POST /auth/widget/confirm': 422,
  'GET /auth/console/login': 400,
  'GET /auth/callback': 400,
  'POST /auth/widget/handoff': 410,
  'POST /auth/widget/refresh': 200,
  'POST /auth/widget/logout': 204,
  'GET /auth/session': 200,
  'POST /auth/console/logout': 204,
  'GET /me': 200,
  'GET /me/data-tracker': 200,
  'GET /staff/bodies/:body/applications': 200,
  'GET /staff/bodies/:body/applications.csv': 200,
  'GET /staff/bodies/:body/applications/:application': 200,
  'POST /staff/bodies/:body/applications/:application/return': 200,
  'POST /staff/bodies/:body/applications/:application/fee-received': 200,
  'POST /staff/bodies/:body/applications/:application/documents-accepted': 200,
  // The fee is not received (restoreSamples clears it): the step's own refusal.
  'POST /staff/bodies/:body/applications/:application/admit': 409,
  // A submitted application is in no session yet: the step's own refusal.
  'POST /staff/bodies/:body/applications/:application/move-session': 409,
  'POST /staff/bodies/:body/applications/:application/reject': 200,
  'POST /staff/bodies/:body/bulk-actions': 200,
  'GET /staff/bodies/:body/applications/:application/emails': 200,
  'GET /staff/bodies/:body/applications/:application/messages': 200,
  'POST /staff/bodies/:body/applications/:application/messages': 201,
  'GET /staff/bodies/:body/applications/:application/documents/:document': 200,
  'GET /staff/bodies/:body/staff': 200,
  'GET /staff/bodies/:body/dashboard': 200,
  'GET /staff/bodies/:body/owner-requests': 200,
  'GET /staff/bodies/:body/certificates/:number': 200,
  'GET /staff/bodies/:body/owner-requests/:request': 200,
  'POST /staff/bodies/:body/owner-requests/:request/messages': 201,
  'POST /staff/bodies/:body/owner-requests/:request/state': 200,
  'POST /staff/bodies/:body/owner-requests/:request/fee-received': 200,
  'POST /staff/bodies/:body/on-behalf/people': 200,
  // The draft the processor began in beforeAll, resumed.
  'POST /staff/bodies/:body/on-behalf/people/:person/applications': 200,
  'GET /staff/bodies/:body/on-behalf/applications/:application': 200,
  'PATCH /staff/bodies/:body/on-behalf/applications/:application': 200,
  'PUT /staff/bodies/:body/on-behalf/applications/:application/documents/:type': 201,
  'DELETE /staff/bodies/:body/on-behalf/applications/:application/documents/:document': 204,
  // A blank draft: as far as the list of what is missing (success is in on-behalf.test.ts).
  'POST /staff/bodies/:body/on-behalf/applications/:application/submit': 422,
  'GET /committee/bodies/:body/applications': 200,
  'GET /partner/bodies/:body/applications': 200,
  'POST /admin/people/search': 200,
  'GET /admin/owner-requests': 200,
  // The sample request is ETEL's, not one routed to the registry: not found there.
  'GET /admin/owner-requests/:request': 404,
  'POST /admin/owner-requests/:request/messages': 404,
  'POST /admin/owner-requests/:request/state': 404,
  'POST /admin/owner-requests/:request/fee-received': 404,
  'GET /admin/bodies': 200,
  // ETEL ceases (the day before the test clock's); restoreSamples brings it and its request back.
  'POST /admin/bodies/:body/cease': 200,
  'GET /console': 200,
  'GET /console/bodies/:body/applications': 200,
  'GET /console/bodies/:body/dashboard': 200,
  'GET /console/bodies/:body/applications/:application': 200,
  'GET /console/bodies/:body/requests': 200,
  'GET /console/bodies/:body/requests/:request': 200,
  'GET /console/bodies/:body/certificates': 200,
  'GET /console/bodies/:body/on-behalf': 200,
  // The console's pages of requests routed to the registry: public HTML, its data behind /admin.
  'GET /console/registry/requests': 200,
  'GET /console/registry/requests/:request': 200,
  'GET /console/registry/bodies': 200,
  // A certificate owner's own: ETEL-T3-0001 is Jaan's, and no persona is Jaan.
  'GET /me/certificates': 200,
  'PUT /me/certificates/:number/visibility': 404,
  'POST /me/certificates/:number/orders': 404,
  'POST /me/certificates/:number/questions': 404,
  'GET /me/certificates/:number/sealed.pdf': 404,
  'GET /me/certificates/:number/credential': 404,
  'GET /me/owner-requests/:id': 404,
  'POST /me/owner-requests/:id/messages': 404,
  'POST /staff/bodies/:body/certificates/:number/revoke': 200,
  // Public: the card, the register, credentials and their keys and list, verification.
  'GET /certificates/:number/card': 200,
  'GET /register/certificates': 200,
  'GET /register': 200,
  'GET /andmejalgija': 200,
  'GET /credentials/:code': 200,
  'GET /.well-known/jwks.json': 200,
  'GET /status-lists/:list': 200,
  'GET /verification/code/:code': 200,
  'GET /verification/number/:number': 200,
  // Asked without a PDF or a credential: the route's own refusal.
  'POST /verification/pdf': 415,
  'POST /verification/credential': 415,
  'GET /verify': 200,
  'GET /verify/:number': 200,
  'GET /verify/:kind/:code': 200,
  'POST /verify/number': 422,
  'POST /verify/pdf': 422,
  'POST /verify/credential': 422,
  'GET /console/icon': 200,
  // The sample names no built file: whether the console is built or not, the answer is the same.
  'GET /console/assets/:file': 404,
  'GET /openapi.json': 200,
  'GET /docs/scalar.js': 200,
  'GET /docs': 200,
};

/** Routes that change only a draft get Mari's draft as their application. */
const ON_THE_DRAFT = new Set([
  'PATCH /bodies/:body/applications/:application',
  'PUT /bodies/:body/applications/:application/documents/:type',
  'DELETE /bodies/:body/applications/:application/documents/:document',
  'POST /bodies/:body/applications/:application/submit',
]);

/** Routes on a draft staff began for a person get the processor's draft for Mari as their application. */
const ON_BEHALF = new Set([
  'GET /staff/bodies/:body/on-behalf/applications/:application',
  'PATCH /staff/bodies/:body/on-behalf/applications/:application',
  'PUT /staff/bodies/:body/on-behalf/applications/:application/documents/:type',
  'DELETE /staff/bodies/:body/on-behalf/applications/:application/documents/:document',
  'POST /staff/bodies/:body/on-behalf/applications/:application/submit',
]);

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

/** Query or body a route needs to get past validation (only where a 2xx is asked of it). */
const REQUESTS: Record<string, { query?: string; json?: unknown; bytes?: Uint8Array<ArrayBuffer> }> = {
  'PATCH /bodies/:body/applications/:application': { json: { publicConsent: true } },
  'PUT /bodies/:body/applications/:application/documents/:type': {
    query: 'name=extract.pdf&issuedOn=2024-05-02',
    bytes: new TextEncoder().encode('%PDF-1.7 matrix'),
  },
  'POST /bodies/:body/applications/:application/attachments': {
    query: 'name=note.pdf',
    bytes: new TextEncoder().encode('%PDF-1.7 matrix'),
  },
  'POST /bodies/:body/applications/:application/withdraw': { json: { reason: 'matrix test' } },
  'POST /bodies/:body/applications/:application/messages': { json: { text: 'matrix test' } },
  'POST /staff/bodies/:body/applications/:application/return': {
    json: { version: 1, reason: 'matrix test' },
  },
  'POST /staff/bodies/:body/applications/:application/fee-received': { json: { version: 1 } },
  'POST /staff/bodies/:body/applications/:application/documents-accepted': { json: { version: 1 } },
  'POST /staff/bodies/:body/applications/:application/admit': { json: { version: 1 } },
  'POST /staff/bodies/:body/applications/:application/move-session': {
    json: { version: 1, session: 1, reason: 'matrix test' },
  },
  'POST /staff/bodies/:body/applications/:application/reject': {
    json: { version: 1, reason: 'matrix test' },
  },
  'POST /staff/bodies/:body/bulk-actions': {
    json: { ids: ['00000000-0000-4000-8000-000000000000'], action: { kind: 'markFeeReceived' } },
  },
  'POST /staff/bodies/:body/applications/:application/messages': { json: { text: 'matrix test' } },
  'POST /staff/bodies/:body/owner-requests/:request/messages': { json: { body: 'matrix test' } },
  'POST /staff/bodies/:body/owner-requests/:request/state': { json: { state: 'in_progress' } },
  'POST /admin/owner-requests/:request/messages': { json: { body: 'matrix test' } },
  'PUT /me/certificates/:number/visibility': { json: { public: true } },
  'POST /me/certificates/:number/orders': { json: { kind: 'print', deliveryOptionId: 1 } },
  'POST /me/certificates/:number/questions': { json: { question: 'matrix test' } },
  'POST /me/owner-requests/:id/messages': { json: { body: 'matrix test' } },
  'POST /staff/bodies/:body/certificates/:number/revoke': { json: { reason: 'matrix test' } },
  'POST /admin/owner-requests/:request/state': { json: { state: 'in_progress' } },
  'POST /bodies/:body/applications': { json: { qualification: 'turvajuht-5', kind: 'first' } },
  'POST /admin/people/search': { json: { personalCode: '49107075714', purpose: 'matrix test' } },
  'POST /admin/bodies/:body/cease': { json: { ceasedOn: '2024-05-14' } },
  'POST /staff/bodies/:body/on-behalf/people': { json: { personalCode: '49107075714' } },
  'POST /staff/bodies/:body/on-behalf/people/:person/applications': {
    json: { qualification: 'turvatootaja-3', kind: 'first' },
  },
  'PATCH /staff/bodies/:body/on-behalf/applications/:application': { json: { publicConsent: true } },
  'PUT /staff/bodies/:body/on-behalf/applications/:application/documents/:type': {
    query: 'name=extract.pdf&issuedOn=2024-05-02',
    bytes: new TextEncoder().encode('%PDF-1.7 matrix'),
  },
  'GET /auth/callback': { query: 'state=never-issued-state' },
  // No identity provider runs here: a return address on another site is refused before it is asked.
  'GET /auth/console/login': { query: 'return=https%3A%2F%2Fevil.example%2F' },
  'POST /auth/widget/handoff': { json: { handoff: 'A'.repeat(43) } },
};

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
