// The authorization matrix's tables (authorization-matrix.test.ts): who calls, what each rule
// lets them do, and for every route the status a caller it lets in gets, with what the call needs
// to get past validation. A new route is added here, or the matrix fails.
import type { Rule } from '../../api/access/policy.ts';
import type { SeedPersonKey } from '../../db/seed/people.ts';

export type Persona = {
  name: string;
  who?: SeedPersonKey;
  via?: 'widget' | 'console';
  /** What the persona is at ETEL (the body every sample path names). */
  etelRole?: 'manager' | 'processor' | 'assessor' | 'committee' | 'partner' | 'admin';
};

export const PERSONAS: Persona[] = [
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
export function expected(rule: Rule, p: Persona): 'let in' | 401 | 403 {
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

/**
 * Routes on a person's own record: the sample lets its owner through, with the route's exact
 * status (SUCCESS), and answers 404 to every other signed-in person, as if it did not exist.
 */
export const OWNER_ONLY = new Set([
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
export const SUCCESS: Record<string, number | ((p: Persona) => number)> = {
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
export const ON_THE_DRAFT = new Set([
  'PATCH /bodies/:body/applications/:application',
  'PUT /bodies/:body/applications/:application/documents/:type',
  'DELETE /bodies/:body/applications/:application/documents/:document',
  'POST /bodies/:body/applications/:application/submit',
]);

/** Routes on a draft staff began for a person get the processor's draft for Mari as their application. */
export const ON_BEHALF = new Set([
  'GET /staff/bodies/:body/on-behalf/applications/:application',
  'PATCH /staff/bodies/:body/on-behalf/applications/:application',
  'PUT /staff/bodies/:body/on-behalf/applications/:application/documents/:type',
  'DELETE /staff/bodies/:body/on-behalf/applications/:application/documents/:document',
  'POST /staff/bodies/:body/on-behalf/applications/:application/submit',
]);

/** Query or body a route needs to get past validation (only where a 2xx is asked of it). */
export const REQUESTS: Record<string, { query?: string; json?: unknown; bytes?: Uint8Array<ArrayBuffer> }> = {
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
