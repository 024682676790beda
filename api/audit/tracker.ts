// The data tracker (andmejälgija): for a person, everyone who read or changed their data — when,
// who, in which role, for which body, what and why — newest first.
import { desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.ts';
import { auditEvents, awardingBodies, persons } from '../../db/schema/index.ts';

const actor = alias(persons, 'actor');

export async function dataTracker(db: Database, personId: string, { limit }: { limit: number }) {
  const rows = await db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      entity: auditEvents.entity,
      entityId: auditEvents.entityId,
      actorRole: auditEvents.actorRole,
      purpose: auditEvents.purpose,
      actorId: auditEvents.actorId,
      actorGivenName: actor.givenName,
      actorFamilyName: actor.familyName,
      bodySlug: awardingBodies.slug,
      bodyNameEt: awardingBodies.nameEt,
      bodyNameEn: awardingBodies.nameEn,
    })
    .from(auditEvents)
    .leftJoin(actor, eq(actor.id, auditEvents.actorId))
    .leftJoin(awardingBodies, eq(awardingBodies.id, auditEvents.bodyId))
    .where(eq(auditEvents.subjectId, personId))
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(limit);
  return rows.map((r) => ({
    at: r.at.toISOString(),
    action: r.action,
    entity: r.entity,
    entityId: r.entityId,
    purpose: r.purpose,
    byThemselves: r.actorId === personId,
    actor: r.actorGivenName ? { name: `${r.actorGivenName} ${r.actorFamilyName}`, role: r.actorRole } : null,
    body: r.bodySlug ? { slug: r.bodySlug, nameEt: r.bodyNameEt, nameEn: r.bodyNameEn } : null,
  }));
}
