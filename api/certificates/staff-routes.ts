// The awarding body's side of certificates: owners' requests and their threads, and a certificate
// looked up before revoking it (the revocation itself: api/credentials/routes.ts). The body routes
// are body rules (a console session, staff of the body in the path); the services (requests-staff.ts)
// see only that body's rows, so another body's request answers 404. The registry's admins handle the
// requests whose body is gone (routed to the registry) under /admin/owner-requests.
import { type Context, Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { BodyCertificateParams } from '../../contract/credentials.ts';
import {
  OwnerRequestAnswer,
  OwnerRequestFile,
  OwnerRequestList,
  OwnerRequestListQuery,
  OwnerRequestParams,
  OwnerRequestStateChange,
  RegistryRequestParams,
} from '../../contract/owner-requests.ts';
import { BodyParams } from '../../contract/slug.ts';
import { StaffCertificate } from '../../contract/staff-certificates.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { callerOf } from '../access/context.ts';
import { rules } from '../access/policy.ts';
import { staffScope } from '../applications/scope.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonOnly } from '../http/json-only.ts';
import { jsonBodyProblems, jsonContent, problems, securityOf } from '../http/openapi.ts';
import { jsonBody, pathParams, queryParams } from '../http/validate.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { bodyHandler, ownerRequestHandling, type RequestHandler } from './requests-staff.ts';
import { staffCertificate } from './staff-read.ts';

/** Everyone who reads the body's work, as for applications. */
const ALL_STAFF = ['manager', 'processor', 'assessor'] as const;
/** Who handles requests day to day: answers them and moves them on. */
const HANDLERS = ['manager', 'processor'] as const;

export function staffCertificateRoutes(deps: {
  db: Database;
  clock: Clock;
  auth: AuthConfig;
  mail?: MailQueue;
}) {
  const allow = access(deps);
  const handling = ownerRequestHandling({
    db: deps.db,
    publicUrl: deps.auth.publicUrl,
    ...(deps.mail ? { mail: deps.mail } : {}),
  });
  const json = jsonOnly({ maxBytes: 64 * 1024 });
  const tags = ['Awarding body'];
  const reading = securityOf(rules.staff(...ALL_STAFF));
  const changing = securityOf(rules.staff(...HANDLERS), { changes: true });
  const refused = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };
  /** A registry admin, handling the requests routed to the registry. */
  const registry = (c: Context<AppEnv>): RequestHandler => ({
    actorId: callerOf(c).actor.personId,
    role: callerOf(c).role,
    bodyId: null,
    now: deps.clock.now(),
    language: c.get('language'),
    requestId: c.get('requestId'),
  });
  const admin = securityOf(rules.registryAdmin);
  const adminChanging = securityOf(rules.registryAdmin, { changes: true });
  const adminTags = ['Registry admin'];
  const file = (description: string) => jsonContent(OwnerRequestFile, description, 'OwnerRequestFile');
  return new Hono<AppEnv>()
    .get(
      '/staff/bodies/:body/certificates/:number',
      describeRoute({
        tags,
        summary:
          'One of the body’s certificates by its number, with its publication and revocation (staff); the read is recorded',
        ...reading,
        responses: { 200: jsonContent(StaffCertificate, 'The certificate', 'StaffCertificate'), ...refused },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(BodyCertificateParams),
      async (c) =>
        c.json(
          await staffCertificate(deps.db, staffScope(c), c.req.valid('param').number, deps.auth.publicUrl),
          200,
        ),
    )
    .get(
      '/staff/bodies/:body/owner-requests',
      describeRoute({
        tags,
        summary:
          'Certificate owners’ requests to the body (prints, duplicates, questions), newest first; each owner shown is recorded',
        ...reading,
        responses: {
          200: jsonContent(OwnerRequestList, 'The requests', 'OwnerRequestList'),
          ...refused,
        },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(BodyParams),
      queryParams(OwnerRequestListQuery),
      async (c) =>
        c.json({ requests: await handling.list(bodyHandler(staffScope(c)), c.req.valid('query')) }, 200),
    )
    .get(
      '/staff/bodies/:body/owner-requests/:request',
      describeRoute({
        tags,
        summary:
          'An owner’s request: the certificate, the owner’s contact and the thread; the read is recorded',
        ...reading,
        responses: { 200: file('The request'), ...refused },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(OwnerRequestParams),
      async (c) => c.json(await handling.get(bodyHandler(staffScope(c)), c.req.valid('param').request), 200),
    )
    .post(
      '/staff/bodies/:body/owner-requests/:request/messages',
      describeRoute({
        tags,
        summary: 'Answers the owner (an open request is taken in progress) and tells them it was answered',
        ...changing,
        responses: {
          201: file('The request with the answer in its thread'),
          ...refused,
          409: problems[409],
          ...jsonBodyProblems,
        },
      }),
      allow(rules.staff(...HANDLERS)),
      pathParams(OwnerRequestParams),
      json,
      jsonBody(OwnerRequestAnswer),
      async (c) =>
        c.json(
          await handling.answer(
            bodyHandler(staffScope(c)),
            c.req.valid('param').request,
            c.req.valid('json').body,
          ),
          201,
        ),
    )
    .post(
      '/staff/bodies/:body/owner-requests/:request/state',
      describeRoute({
        tags,
        summary: 'Moves the request on: in progress, done, or declined with a reason the owner is sent',
        ...changing,
        responses: {
          200: file('The request in its new state'),
          ...refused,
          409: problems[409],
          ...jsonBodyProblems,
        },
      }),
      allow(rules.staff(...HANDLERS)),
      pathParams(OwnerRequestParams),
      json,
      jsonBody(OwnerRequestStateChange),
      async (c) =>
        c.json(
          await handling.changeState(
            bodyHandler(staffScope(c)),
            c.req.valid('param').request,
            c.req.valid('json'),
          ),
          200,
        ),
    )
    .post(
      '/staff/bodies/:body/owner-requests/:request/fee-received',
      describeRoute({
        tags,
        summary: 'Marks a print’s or duplicate’s fee received',
        ...changing,
        responses: { 200: file('The request with its fee received'), ...refused, 409: problems[409] },
      }),
      allow(rules.staff(...HANDLERS)),
      pathParams(OwnerRequestParams),
      async (c) =>
        c.json(await handling.feeReceived(bodyHandler(staffScope(c)), c.req.valid('param').request), 200),
    )
    .get(
      '/admin/owner-requests',
      describeRoute({
        tags: adminTags,
        summary:
          'Owners’ requests routed to the registry (their awarding body is gone), newest first (registry admins); each owner shown is recorded',
        ...admin,
        responses: { 200: jsonContent(OwnerRequestList, 'The requests', 'OwnerRequestList'), ...refused },
      }),
      allow(rules.registryAdmin),
      queryParams(OwnerRequestListQuery),
      async (c) => c.json({ requests: await handling.list(registry(c), c.req.valid('query')) }, 200),
    )
    .get(
      '/admin/owner-requests/:request',
      describeRoute({
        tags: adminTags,
        summary:
          'A request routed to the registry, with the certificate, the owner’s contact and the thread; the read is recorded',
        ...admin,
        responses: { 200: file('The request'), ...refused },
      }),
      allow(rules.registryAdmin),
      pathParams(RegistryRequestParams),
      async (c) => c.json(await handling.get(registry(c), c.req.valid('param').request), 200),
    )
    .post(
      '/admin/owner-requests/:request/messages',
      describeRoute({
        tags: adminTags,
        summary: 'Answers the owner of a request routed to the registry, and tells them it was answered',
        ...adminChanging,
        responses: {
          201: file('The request with the answer in its thread'),
          ...refused,
          409: problems[409],
          ...jsonBodyProblems,
        },
      }),
      allow(rules.registryAdmin),
      pathParams(RegistryRequestParams),
      json,
      jsonBody(OwnerRequestAnswer),
      async (c) =>
        c.json(
          await handling.answer(registry(c), c.req.valid('param').request, c.req.valid('json').body),
          201,
        ),
    )
    .post(
      '/admin/owner-requests/:request/fee-received',
      describeRoute({
        tags: adminTags,
        summary:
          'Marks the fee of a print or duplicate the registry handles received (paid to the registry’s account)',
        ...adminChanging,
        responses: { 200: file('The request with its fee received'), ...refused, 409: problems[409] },
      }),
      allow(rules.registryAdmin),
      pathParams(RegistryRequestParams),
      async (c) => c.json(await handling.feeReceived(registry(c), c.req.valid('param').request), 200),
    )
    .post(
      '/admin/owner-requests/:request/state',
      describeRoute({
        tags: adminTags,
        summary: 'Moves a request routed to the registry on: in progress, done, or declined with a reason',
        ...adminChanging,
        responses: {
          200: file('The request in its new state'),
          ...refused,
          409: problems[409],
          ...jsonBodyProblems,
        },
      }),
      allow(rules.registryAdmin),
      pathParams(RegistryRequestParams),
      json,
      jsonBody(OwnerRequestStateChange),
      async (c) =>
        c.json(
          await handling.changeState(registry(c), c.req.valid('param').request, c.req.valid('json')),
          200,
        ),
    );
}
