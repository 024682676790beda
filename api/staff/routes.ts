// Console routes of an awarding body's people: staff (by role), its committee, and partners or
// employers under a mandate. Each is guarded by its rule; each handler sees only its body.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { tenantOf } from '../access/context.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { BodyParams, Slug } from '../http/slug.ts';
import { pathParams } from '../http/validate.ts';
import { applicationReads } from './applications.ts';

const ApplicationParams = v.object({
  body: Slug,
  application: v.pipe(v.string(), v.uuid('must be an application id')),
});

const ALL_STAFF = ['manager', 'processor', 'assessor'] as const;

export function staffRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const allow = access(deps);
  const reads = applicationReads(deps);
  const tags = ['Awarding body'];
  return new Hono<AppEnv>()
    .get(
      '/staff/bodies/:body/applications',
      describeRoute({ tags, summary: 'The body’s applications (staff)' }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(BodyParams),
      (c) => reads.list(c),
    )
    .get(
      '/staff/bodies/:body/applications/:application',
      describeRoute({ tags, summary: 'One application with its history (staff); the read is recorded' }),
      allow(rules.staff(...ALL_STAFF)),
      pathParams(ApplicationParams),
      (c) => reads.get(c, c.req.valid('param').application),
    )
    .get(
      '/staff/bodies/:body/staff',
      describeRoute({ tags, summary: 'The body’s staff and their roles (managers)' }),
      allow(rules.staff('manager')),
      pathParams(BodyParams),
      async (c) => {
        const staff = await tenantOf(c).staff.list();
        await reads.auditPeople(
          c,
          'person.list',
          staff.map((s) => s.personId),
        );
        return c.json({ staff }, 200);
      },
    )
    .get(
      '/committee/bodies/:body/applications',
      describeRoute({
        tags,
        summary: 'Applications awaiting or past the committee’s decision (committee members)',
      }),
      allow(rules.committee),
      pathParams(BodyParams),
      (c) => reads.list(c),
    )
    .get(
      '/partner/bodies/:body/applications',
      describeRoute({ tags, summary: 'Applications submitted under my mandates (partners and employers)' }),
      allow(rules.mandate),
      pathParams(BodyParams),
      (c) => reads.list(c),
    );
}
