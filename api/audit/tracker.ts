// The data tracker (andmejälgija): for a person, everyone who read or changed their data — when,
// who, in which role, for which body, what and why — newest first. On an awarding body's website
// (a widget token) only what concerns that body: the person's history at other bodies is theirs
// to see in their own registry view, not something one body's page may read.
import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../../db/client.ts';
import { auditEvents, awardingBodies, persons } from '../../db/schema/index.ts';

const actor = alias(persons, 'actor');

/** `bodyId`: only the entries concerning that body; undefined for the whole history. */
export async function dataTracker(
  db: Database,
  personId: string,
  { limit, bodyId }: { limit: number; bodyId?: number | undefined },
) {
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
    .where(
      and(
        eq(auditEvents.subjectId, personId),
        bodyId === undefined ? undefined : eq(auditEvents.bodyId, bodyId),
      ),
    )
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
