// Who works for an awarding body: its managers see the body's staff and their roles in the console.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import { BodyParams } from '../../contract/slug.ts';
import { StaffList } from '../../contract/staff.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { rules } from '../access/policy.ts';
import { type StaffScope, staffScope } from '../applications/scope.ts';
import { recordAudit } from '../audit/record.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonContent, problems, securityOf } from '../http/openapi.ts';
import { pathParams } from '../http/validate.ts';

/** The body's staff; each colleague whose name is shown is recorded in the audit trail. */
export async function listStaff(db: Database, scope: StaffScope) {
  const staff = await scope.tenant.staff.list();
  await recordAudit(
    db,
    scope.now,
    [...new Set(staff.map((s) => s.personId))].map((id) => ({
      actorId: scope.actor.personId,
      actorRole: scope.role,
      bodyId: scope.body.id,
      action: 'person.list',
      subjectId: id,
      entity: 'person',
      entityId: id,
      requestId: scope.requestId,
      purpose: 'staff administration',
    })),
  );
  return { staff };
}

export function bodyStaffRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const allow = access(deps);
  const managers = rules.staff('manager');
  return new Hono<AppEnv>().get(
    '/staff/bodies/:body/staff',
    describeRoute({
      tags: ['Awarding body'],
      summary: 'The body’s staff and their roles (managers)',
      // A body rule: a console session, never a widget token (access/policy.ts).
      ...securityOf(managers),
      responses: {
        200: jsonContent(StaffList, 'The staff', 'StaffList'),
        400: problems[400],
        401: problems[401],
        403: problems[403],
        404: problems[404],
      },
    }),
    allow(managers),
    pathParams(BodyParams),
    async (c) => c.json(await listStaff(deps.db, staffScope(c)), 200),
  );
}
