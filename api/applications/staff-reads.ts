// Reading applications as staff, committee or partner: the same reads for all three; the tenant
// scope (access/tenant.ts) decides which rows each of them sees, and every person whose data is
// shown is recorded in the audit trail before the answer leaves.
import type { Database } from '../../db/client.ts';
import { recordAudit } from '../audit/record.ts';
import type { Language } from '../http/env.ts';
import { notFound } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { applicationFile } from './file.ts';
import type { StaffScope } from './scope.ts';

type Row = Awaited<ReturnType<StaffScope['tenant']['applications']['list']>>[number];

const summary = (row: Row, language: Language) => ({
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

export function staffReads(db: Database) {
  /** Records that the caller was shown these applicants' applications. */
  const audit = (scope: StaffScope, action: string, rows: { id: string; applicantId: string }[]) =>
    recordAudit(
      db,
      scope.now,
      rows.map((r) => ({
        actorId: scope.actor.personId,
        actorRole: scope.role,
        bodyId: scope.body.id,
        action,
        subjectId: r.applicantId,
        entity: 'application',
        entityId: r.id,
        requestId: scope.requestId,
        purpose: 'application processing',
      })),
    );

  return {
    /** The applications the caller may see at the body (contract/staff.ts `StaffApplicationList`). */
    async list(scope: StaffScope) {
      const rows = await scope.tenant.applications.list();
      await audit(scope, 'application.list', rows);
      return { applications: rows.map((r) => summary(r, scope.language)) };
    },
    /** An application's page (contract/staff.ts `ApplicationFile`), or 404 when the caller's scope has none such. */
    async get(scope: StaffScope, id: string) {
      const row = await scope.tenant.applications.get(id);
      if (!row) throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
      await audit(scope, 'application.read', [row]);
      return applicationFile(db, id, scope.language, scope.now);
    },
  };
}
