// One of the body's certificates read by its staff in the console (to answer about it, or before
// revoking it): another body's certificate is not found, and the read of the holder's data is
// recorded in the audit trail.
import { and, eq } from 'drizzle-orm';
import { tallinnDay } from '../../contract/calendar.ts';
import type { StaffCertificate } from '../../contract/staff-certificates.ts';
import type { Database } from '../../db/client.ts';
import { certificates } from '../../db/schema/index.ts';
import type { StaffScope } from '../applications/scope.ts';
import { recordAudit } from '../audit/record.ts';
import { notFound } from '../http/problem.ts';
import { certificateView, loadCertificates } from './load.ts';

/**
 * The body's certificate by its number, or 404.
 * @example await staffCertificate(db, scope, 'ETEL-T3-0001', publicUrl)
 */
export async function staffCertificate(
  db: Database,
  scope: StaffScope,
  number: string,
  publicUrl: string,
): Promise<StaffCertificate> {
  const [row] = await loadCertificates(
    db,
    and(eq(certificates.number, number), eq(certificates.bodyId, scope.body.id)),
    { limit: 1 },
  );
  if (!row) throw notFound(`Certificate ${number}`);
  await recordAudit(db, scope.now, {
    actorId: scope.actor.personId,
    actorRole: scope.role,
    bodyId: scope.body.id,
    action: 'certificate.read',
    subjectId: row.holderId,
    entity: 'certificate',
    entityId: row.id,
    requestId: scope.requestId,
    purpose: 'certificate administration',
  });
  return {
    ...certificateView(row, { language: scope.language, publicUrl, today: tallinnDay(scope.now) }),
    public: row.public,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revokedReason: row.revokedReason,
  };
}
