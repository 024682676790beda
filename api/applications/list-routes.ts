// The lists of a body's applications: its staff's, its committee's and its partners' (each sees the
// rows its tenant scope lets through), and the staff's CSV export of the same filtered list.
// Mounted by staff-routes.ts.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { BodyParams } from '../../contract/slug.ts';
import { ApplicationPage, ApplicationQuery } from '../../contract/staff.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonContent, problems, securityOf } from '../http/openapi.ts';
import { pathParams, queryParams } from '../http/validate.ts';
import { exportApplications } from './export.ts';
import { listApplications } from './list.ts';
import { staffScope } from './scope.ts';

const ALL_STAFF = ['manager', 'processor', 'assessor'] as const;

export function applicationListRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const allow = access(deps);
  const tags = ['Awarding body'];
  const reading = securityOf(rules.staff(...ALL_STAFF));
  const refused = { 400: problems[400], 401: problems[401], 403: problems[403], 404: problems[404] };
  const page = jsonContent(
    ApplicationPage,
    'A page of the applications, with the counts per state',
    'ApplicationPage',
  );
  return new Hono<AppEnv>()
    .get(
      '/staff/bodies/:body/applications',
      describeRoute({
        tags,
        summary: 'The body’s applications (staff): filtered, searched, sorted, a keyset page',
        ...reading,
        responses: { 200: page, ...refused },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(BodyParams),
      queryParams(ApplicationQuery),
      async (c) => c.json(await listApplications(deps.db, staffScope(c), c.req.valid('query')), 200),
    )
    .get(
      '/staff/bodies/:body/applications.csv',
      describeRoute({
        tags,
        summary:
          'The filtered list as CSV, every matching row (staff); Estonian headers, English with lang=en',
        ...reading,
        responses: {
          200: {
            description: 'UTF-8 with a byte order mark (Excel reads õ ä ö ü), semicolon-separated',
            content: { 'text/csv': { schema: { type: 'string' } } },
          },
          ...refused,
        },
      }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(BodyParams),
      queryParams(ApplicationQuery),
      async (c) => {
        const csv = await exportApplications(deps.db, staffScope(c), c.req.valid('query'));
        return c.body(csv.stream, 200, {
          'content-type': 'text/csv; charset=utf-8',
          'content-disposition': `attachment; filename="${csv.fileName}"`,
        });
      },
    )
    .get(
      '/committee/bodies/:body/applications',
      describeRoute({
        tags,
        summary: 'Applications awaiting or past the committee’s decision (committee members)',
        ...reading,
        responses: { 200: page, ...refused },
      }),
      allow(rules.committee),
      pathParams(BodyParams),
      queryParams(ApplicationQuery),
      async (c) => c.json(await listApplications(deps.db, staffScope(c), c.req.valid('query')), 200),
    )
    .get(
      '/partner/bodies/:body/applications',
      describeRoute({
        tags,
        summary: 'Applications submitted under my mandates (partners and employers)',
        ...reading,
        responses: { 200: page, ...refused },
      }),
      allow(rules.mandate),
      pathParams(BodyParams),
      queryParams(ApplicationQuery),
      async (c) => c.json(await listApplications(deps.db, staffScope(c), c.req.valid('query')), 200),
    );
}
