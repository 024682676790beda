// The lists of a body's applications: its staff's, its committee's and its partners' (each sees the
// rows its tenant scope lets through). Mounted by staff-routes.ts.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { BodyParams } from '../../contract/slug.ts';
import { StaffApplicationList } from '../../contract/staff.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonContent, problems, securityOf } from '../http/openapi.ts';
import { pathParams } from '../http/validate.ts';
import { staffScope } from './scope.ts';
import { staffReads } from './staff-reads.ts';

const ALL_STAFF = ['manager', 'processor', 'assessor'] as const;

export function applicationListRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const allow = access(deps);
  const reads = staffReads(deps.db);
  const tags = ['Awarding body'];
  const reading = securityOf(rules.staff(...ALL_STAFF));
  const refused = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };
  const list = jsonContent(StaffApplicationList, 'The applications', 'StaffApplicationList');
  return new Hono<AppEnv>()
    .get(
      '/staff/bodies/:body/applications',
      describeRoute({
        tags,
        summary: 'The body’s applications (staff)',
        ...reading,
        responses: { 200: list, ...refused },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(BodyParams),
      async (c) => c.json(await reads.list(staffScope(c)), 200),
    )
    .get(
      '/committee/bodies/:body/applications',
      describeRoute({
        tags,
        summary: 'Applications awaiting or past the committee’s decision (committee members)',
        ...reading,
        responses: { 200: list, ...refused },
      }),
      allow(rules.committee),
      pathParams(BodyParams),
      async (c) => c.json(await reads.list(staffScope(c)), 200),
    )
    .get(
      '/partner/bodies/:body/applications',
      describeRoute({
        tags,
        summary: 'Applications submitted under my mandates (partners and employers)',
        ...reading,
        responses: { 200: list, ...refused },
      }),
      allow(rules.mandate),
      pathParams(BodyParams),
      async (c) => c.json(await reads.list(staffScope(c)), 200),
    );
}
