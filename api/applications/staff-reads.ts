// Reading applications as staff, committee or partner: the same reads for all three; the tenant
// scope (access/tenant.ts) decides which rows each of them sees, and every person whose data is
// shown is recorded in the audit trail before the answer leaves.
import type { Database } from '../../db/client.ts';
import { recordAudit } from '../audit/record.ts';
import { notFound } from '../http/problem.ts';
import { httpPhrase } from '../http/wording.ts';
import { applicationFile } from './file.ts';
import type { StaffScope } from './scope.ts';

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
    /** An application's page (contract/staff.ts `ApplicationFile`), or 404 when the caller's scope has none such. */
    async get(scope: StaffScope, id: string) {
      const row = await scope.tenant.applications.get(id);
      if (!row) throw notFound(httpPhrase({ code: 'notFoundApplication', params: { id } }));
      await audit(scope, 'application.read', [row]);
      return applicationFile(db, id, scope.language, scope.now);
    },
  };
}
