// GET /staff/bodies/:body/dashboard: the body's figures for its staff (contract/dashboard.ts).
// Aggregates only, so the read names no person and is not an audited read of personal data.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { Dashboard } from '../../contract/dashboard.ts';
import { BodyParams } from '../../contract/slug.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { tenantOf } from '../access/context.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonContent, problems, securityOf } from '../http/openapi.ts';
import { pathParams } from '../http/validate.ts';
import { dashboardFigures } from './figures.ts';

const staff = rules.staff('manager', 'processor', 'assessor');

export function dashboardRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const allow = access(deps);
  return new Hono<AppEnv>().get(
    '/staff/bodies/:body/dashboard',
    describeRoute({
      tags: ['Awarding body'],
      summary: 'The body’s applications by state and qualification, month by month, and their fees',
      ...securityOf(staff),
      responses: {
        200: jsonContent(Dashboard, 'The figures', 'Dashboard'),
        400: problems[400],
        401: problems[401],
        403: problems[403],
        404: problems[404],
      },
    }),
    allow(staff),
    pathParams(BodyParams),
    async (c) => {
      const tenant = tenantOf(c);
      return c.json(
        await dashboardFigures(deps.db, {
          bodyId: tenant.body.id,
          now: tenant.now,
          language: c.get('language'),
        }),
        200,
      );
    },
  );
}
