// Revoking a certificate: its awarding body's manager, with a reason, in one transaction under the
// certificate's row lock. Every reader of the status (card, register, verification, the credential's
// status list) reads the same row, so the revocation shows everywhere with the next request.
import { and, eq } from 'drizzle-orm';
import { tallinnDay } from '../../contract/calendar.ts';
import type { RevokedCertificate } from '../../contract/credentials.ts';
import type { Database } from '../../db/client.ts';
import { certificates } from '../../db/schema/index.ts';
import type { StaffScope } from '../applications/scope.ts';
import { recordAudit } from '../audit/record.ts';
import { credentialPhrase } from '../credentials/wording.ts';
import { conflict, notFound } from '../http/problem.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { queueNotice } from '../notices/queue.ts';

/** Why the body's staff touched the certificate (the audit trail's purpose). */
export const REVOCATION_PURPOSE = 'revoking the certificate';

/**
 * Revokes one of the scope's body's certificates. Another body's certificate is not found (404),
 * not forbidden: its existence is not the caller's business. A revoked one stays so (409).
 * With the mail queue, the holder's notice and e-mail go in the same transaction; without it, the
 * notices' sweep tells them within its quarter of an hour (a notice kept without its e-mail would
 * stop the sweep from ever sending one).
 * @example await revokeCertificate(db, staffScope(c), 'ETEL-T3-0001', 'Issued on a forged document')
 */
export async function revokeCertificate(
  db: Database,
  scope: Pick<StaffScope, 'actor' | 'role' | 'body' | 'now' | 'requestId'>,
  number: string,
  reason: string,
  { mail }: { mail?: MailQueue | undefined } = {},
): Promise<RevokedCertificate> {
  return db.transaction(async (tx) => {
    const [certificate] = await tx
      .select({
        id: certificates.id,
        holderId: certificates.holderId,
        status: certificates.status,
        revokedAt: certificates.revokedAt,
      })
      .from(certificates)
      .where(and(eq(certificates.number, number), eq(certificates.bodyId, scope.body.id)))
      .for('update');
    if (!certificate) throw notFound(credentialPhrase({ code: 'noSuchCertificate', params: { number } }));
    if (certificate.status === 'revoked')
      throw conflict(
        credentialPhrase({
          code: 'alreadyRevoked',
          params: { number, day: tallinnDay(certificate.revokedAt ?? scope.now) },
        }),
      );
    await tx
      .update(certificates)
      .set({
        status: 'revoked',
        revokedAt: scope.now,
        revokedReason: reason,
        revokedById: scope.actor.personId,
      })
      .where(eq(certificates.id, certificate.id));
    await recordAudit(tx, scope.now, {
      actorId: scope.actor.personId,
      actorRole: scope.role,
      bodyId: scope.body.id,
      action: 'certificate.revoke',
      subjectId: certificate.holderId,
      entity: 'certificate',
      entityId: certificate.id,
      requestId: scope.requestId,
      purpose: REVOCATION_PURPOSE,
      detail: { number, previousStatus: certificate.status },
    });
    if (mail)
      await queueNotice(tx, {
        certificateId: certificate.id,
        milestone: 'revoked',
        kind: 'revoked',
        now: scope.now,
        mail,
      });
    return { number, status: 'revoked', revokedAt: scope.now.toISOString(), reason };
  });
}
