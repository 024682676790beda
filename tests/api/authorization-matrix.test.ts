// Every route of the API, called by every kind of caller, answers as its declared rule says.
// The routes come from the app itself: a new route without an allow() guard fails here, and so
// does one whose guard lets the wrong people through.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Guard } from '../../api/access/allow.ts';
import type { Rule } from '../../api/access/policy.ts';
import { applications, awardingBodies } from '../../db/schema/index.ts';
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

/** What a persona must get from a route with this rule: a 2xx, or exactly 401/403. */
function expected(rule: Rule, p: Persona): '2xx' | 401 | 403 | 'not 401/403' {
  if (rule.kind === 'public') return 'not 401/403';
  if (!p.via) return 401;
  if (rule.kind === 'person') return !rule.via || rule.via === p.via ? '2xx' : 403;
  if (p.via !== 'console') return 403;
  if (p.etelRole === 'admin') return '2xx';
  switch (rule.kind) {
    case 'staff':
      return rule.roles.some((r) => r === p.etelRole) ? '2xx' : 403;
    case 'committee':
      return p.etelRole === 'committee' ? '2xx' : 403;
    case 'mandate':
      return p.etelRole === 'partner' ? '2xx' : 403;
    case 'registryAdmin':
      return 403;
  }
}

let database: TestDatabase;
let app: ReturnType<typeof createTestApp>['app'];
const samples: Record<string, string> = {};

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
});
afterAll(() => database.drop());

/**
 * Routes on a person's own record: the sample (the applicant's submitted application) lets its
 * owner through — a 2xx, or a 409/422 where the state or the input says no — and answers 404 to
 * every other signed-in person, as if it did not exist.
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

/** Routes that change the sample's state: once one caller has, the next may rightly get 409. */
const STATE_CHANGING = new Set(['POST /staff/bodies/:body/applications/:application/return']);

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
  'POST /staff/bodies/:body/applications/:application/return': { json: { reason: 'matrix test' } },
  'POST /staff/bodies/:body/applications/:application/messages': { json: { text: 'matrix test' } },
  'POST /bodies/:body/applications': { json: { qualification: 'turvajuht-5', kind: 'first' } },
  'POST /admin/people/search': { json: { personalCode: '49107075714', purpose: 'matrix test' } },
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
  it('answers 2xx, 401 or 403 as the route’s rule says', async () => {
    const failures: string[] = [];
    for (const route of routeTable()) {
      const rule = route.rules[0];
      if (!rule) continue;
      const path = route.path.replace(/:(\w+)/g, (_, name: string) => samples[name] ?? name);
      const extra = REQUESTS[`${route.method} ${route.path}`] ?? {};
      for (const persona of PERSONAS) {
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
        const owned = OWNER_ONLY.has(`${route.method} ${route.path}`);
        const rawWant = expected(rule, persona);
        const want = owned && rawWant === '2xx' ? (persona.who === 'applicant' ? 'owner' : 404) : rawWant;
        const ok =
          want === 'owner'
            ? res.status < 500 && ![401, 403, 404].includes(res.status)
            : want === '2xx'
              ? (res.status >= 200 && res.status < 300) ||
                (res.status === 409 && STATE_CHANGING.has(`${route.method} ${route.path}`))
              : want === 'not 401/403'
                ? res.status !== 401 && res.status !== 403 && res.status < 500
                : res.status === want;
        if (!ok)
          failures.push(`${route.method} ${route.path} as ${persona.name}: ${res.status}, expected ${want}`);
        if (res.status === 401 || res.status === 403)
          expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      }
    }
    expect(failures).toEqual([]);
  });
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
