// Who a signed-in person is to the registry: their staff roles, committee seats, mandates and
// whether they administer the registry. Read per request (roles can change at any time).
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.ts';
import {
  bodyStaff,
  committeeMembers,
  mandateQualifications,
  mandates,
  registryAdmins,
} from '../../db/schema/index.ts';

export type StaffRole = (typeof bodyStaff.$inferSelect)['role'];

export type Mandate = {
  id: number;
  bodyId: number;
  kind: 'partner' | 'employer';
  qualificationIds: number[];
  validFrom: string;
  validUntil: string | null;
  revoked: boolean;
};

export type Actor = {
  personId: string;
  staff: { bodyId: number; role: StaffRole }[];
  committee: { bodyId: number; chair: boolean }[];
  mandates: Mandate[];
  registryAdmin: boolean;
};

export async function loadActor(db: Database, personId: string): Promise<Actor> {
  // Four small reads at once, not one after another: every guarded request waits for them before
  // its own work.
  const [staff, committee, mandateRows, admin] = await Promise.all([
    db
      .select({ bodyId: bodyStaff.bodyId, role: bodyStaff.role })
      .from(bodyStaff)
      .where(eq(bodyStaff.personId, personId)),
    db
      .select({ bodyId: committeeMembers.bodyId, chair: committeeMembers.chair })
      .from(committeeMembers)
      .where(eq(committeeMembers.personId, personId)),
    db
      .select({ mandate: mandates, qualificationId: mandateQualifications.qualificationId })
      .from(mandates)
      .leftJoin(mandateQualifications, eq(mandateQualifications.mandateId, mandates.id))
      .where(eq(mandates.personId, personId)),
    db
      .select({ personId: registryAdmins.personId })
      .from(registryAdmins)
      .where(eq(registryAdmins.personId, personId)),
  ]);

  const byId = new Map<number, Mandate>();
  for (const { mandate, qualificationId } of mandateRows) {
    const entry = byId.get(mandate.id) ?? {
      id: mandate.id,
      bodyId: mandate.bodyId,
      kind: mandate.kind,
      qualificationIds: [],
      validFrom: mandate.validFrom,
      validUntil: mandate.validUntil,
      revoked: mandate.revokedAt !== null,
    };
    if (qualificationId !== null) entry.qualificationIds.push(qualificationId);
    byId.set(mandate.id, entry);
  }
  return { personId, staff, committee, mandates: [...byId.values()], registryAdmin: admin.length > 0 };
}

/** Mandates at a body that are in force on `day` (YYYY-MM-DD). */
export const mandatesInForce = (actor: Actor, bodyId: number, day: string) =>
  actor.mandates.filter(
    (m) =>
      m.bodyId === bodyId &&
      !m.revoked &&
      m.validFrom <= day &&
      (m.validUntil === null || m.validUntil >= day),
  );
