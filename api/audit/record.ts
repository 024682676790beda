// Writes the audit trail: who (and in which role, for which body) read or changed whose data, and
// the request it happened in. The table is append-only in PostgreSQL itself (migration 0001).
import type { Database, Transaction } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/index.ts';

export type AuditEntry = {
  actorId: string | null;
  actorRole: string;
  bodyId?: number | null;
  /** What happened, as `<entity>.<verb>`: `application.read`, `person.login`, … */
  action: string;
  /** Whose data it was. */
  subjectId?: string | null;
  entity: string;
  entityId?: string | null;
  requestId?: string | undefined;
  purpose?: string;
  detail?: Record<string, unknown>;
};

export async function recordAudit(db: Database | Transaction, at: Date, entries: AuditEntry | AuditEntry[]) {
  const list = Array.isArray(entries) ? entries : [entries];
  if (list.length === 0) return;
  await db.insert(auditEvents).values(
    list.map((e) => ({
      at,
      actorId: e.actorId,
      actorRole: e.actorRole,
      bodyId: e.bodyId ?? null,
      action: e.action,
      subjectId: e.subjectId ?? null,
      entity: e.entity,
      entityId: e.entityId ?? null,
      requestId: e.requestId ?? null,
      purpose: e.purpose ?? null,
      detail: e.detail ?? null,
    })),
  );
}
