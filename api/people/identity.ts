// A verified login becomes a person of the registry: found by the identity provider's `sub`,
// created on first sight, names kept as the provider gives them (Ä, Ž, ’ included).
import { eq } from 'drizzle-orm';
import { isPersonalCode } from '../../contract/personal-code.ts';
import type { Transaction } from '../../db/client.ts';
import { persons } from '../../db/schema/index.ts';
import type { VerifiedIdentity } from '../auth/oidc.ts';

/** The person's id, and whether the registry's record of them changed (for the audit). */
export async function personForLogin(tx: Transaction, identity: VerifiedIdentity) {
  const estonian = identity.subject.startsWith('EE') ? identity.subject.slice(2) : null;
  const values = {
    subject: identity.subject,
    personalCode: estonian && isPersonalCode(estonian) ? estonian : null,
    givenName: identity.givenName,
    familyName: identity.familyName,
    dateOfBirth: identity.dateOfBirth,
  };
  // Two first logins at once (two tabs, two API processes): one inserts, the other finds it.
  const [created] = await tx
    .insert(persons)
    .values(values)
    .onConflictDoNothing({ target: persons.subject })
    .returning({ id: persons.id });
  if (created) return { personId: created.id, changed: 'created' as const };
  const [existing] = await tx.select().from(persons).where(eq(persons.subject, identity.subject));
  if (!existing) throw new Error('person vanished between insert and select');
  const same =
    existing.givenName === values.givenName &&
    existing.familyName === values.familyName &&
    existing.dateOfBirth === values.dateOfBirth;
  if (!same)
    await tx
      .update(persons)
      .set({ givenName: values.givenName, familyName: values.familyName, dateOfBirth: values.dateOfBirth })
      .where(eq(persons.id, existing.id));
  return { personId: existing.id, changed: same ? null : ('updated' as const) };
}
