// The awarding body's side of certificates: owners' requests and their threads, revocation.
// Every route is a body rule (a console session, staff of the body in the path); the services
// (requests-staff.ts) see only that body's rows, so another body's request answers 404.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { BodyCertificateParams } from '../../contract/credentials.ts';
import {
  OwnerRequestAnswer,
  OwnerRequestFile,
  OwnerRequestList,
  OwnerRequestListQuery,
  OwnerRequestParams,
  OwnerRequestStateChange,
} from '../../contract/owner-requests.ts';
import { BodyParams } from '../../contract/slug.ts';
import { StaffCertificate } from '../../contract/staff-certificates.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { rules } from '../access/policy.ts';
import { staffScope } from '../applications/scope.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonOnly } from '../http/json-only.ts';
import { jsonBodyProblems, jsonContent, problems, securityOf } from '../http/openapi.ts';
import { jsonBody, pathParams, queryParams } from '../http/validate.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { ownerRequestHandling } from './requests-staff.ts';
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
      async (c) => c.json({ requests: await handling.list(staffScope(c), c.req.valid('query')) }, 200),
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
      async (c) => c.json(await handling.get(staffScope(c), c.req.valid('param').request), 200),
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
          await handling.answer(staffScope(c), c.req.valid('param').request, c.req.valid('json').body),
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
          await handling.changeState(staffScope(c), c.req.valid('param').request, c.req.valid('json')),
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
      async (c) => c.json(await handling.feeReceived(staffScope(c), c.req.valid('param').request), 200),
    );
}
