// Reading applications as staff, committee or partner: the handler is the same for all three; the
// tenant scope (access/tenant.ts) decides which rows each of them sees, and every person whose
// data is shown is recorded in the audit trail before the answer leaves.
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { callerOf, tenantOf } from '../access/context.ts';
import { recordAudit } from '../audit/record.ts';
import type { AppEnv } from '../http/env.ts';
import { notFound } from '../http/problem.ts';

type Row = Awaited<ReturnType<ReturnType<typeof tenantOf>['applications']['list']>>[number];

const summary = (row: Row, language: string) => ({
  id: row.id,
  state: row.state,
  channel: row.channel,
  submittedAt: row.submittedAt?.toISOString() ?? null,
  qualification: {
    slug: row.qualification,
    name: language === 'en' ? row.qualificationNameEn : row.qualificationNameEt,
  },
  kind: row.kind,
  applicant: { givenName: row.applicant.givenName, familyName: row.applicant.familyName },
});

export function applicationReads({ db, clock }: { db: Database; clock: Clock }) {
  const audit = (c: Context<AppEnv>, action: string, rows: { id: string; applicantId: string }[]) => {
    const { actor, role } = callerOf(c);
    const tenant = tenantOf(c);
    return recordAudit(
      db,
      clock.now(),
      rows.map((r) => ({
        actorId: actor.personId,
        actorRole: role,
        bodyId: tenant.body.id,
        action,
        subjectId: r.applicantId,
        entity: 'application',
        entityId: r.id,
        requestId: c.get('requestId'),
        purpose: 'application processing',
      })),
    );
  };

  return {
    /** Records that the caller was shown these people's data (colleagues' names included). */
    auditPeople(c: Context<AppEnv>, action: string, personIds: string[]) {
      const { actor, role } = callerOf(c);
      return recordAudit(
        db,
        clock.now(),
        [...new Set(personIds)].map((id) => ({
          actorId: actor.personId,
          actorRole: role,
          bodyId: tenantOf(c).body.id,
          action,
          subjectId: id,
          entity: 'person',
          entityId: id,
          requestId: c.get('requestId'),
          purpose: 'staff administration',
        })),
      );
    },
    async list(c: Context<AppEnv>) {
      const rows = await tenantOf(c).applications.list();
      await audit(c, 'application.list', rows);
      return c.json({ applications: rows.map((r) => summary(r, c.get('language'))) }, 200);
    },
    async get(c: Context<AppEnv>, id: string) {
      const row = await tenantOf(c).applications.get(id);
      if (!row) throw notFound(`Application ${id}`);
      await audit(c, 'application.read', [row]);
      return c.json(
        {
          ...summary(row, c.get('language')),
          applicant: row.applicant,
          history: row.history,
        },
        200,
      );
    },
  };
}
