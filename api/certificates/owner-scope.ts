// Who acts on "my certificates": the signed-in holder, on whichever website they signed in. The
// services take this instead of Hono's context, and narrow every query to `personId`.
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import { callerOf } from '../access/context.ts';
import type { RegistryPayee } from '../config.ts';
import type { AppEnv, Language } from '../http/env.ts';

export type OwnerScope = {
  db: Database;
  /** The holder: only certificates whose holder this is are theirs to see or change. */
  personId: string;
  now: Date;
  language: Language;
  /** The API's public origin, for each certificate's verification link. */
  publicUrl: string;
  /** Paid for the orders the registry handles, their body gone. */
  registryPayee: RegistryPayee;
  requestId?: string | undefined;
};

/** The caller of an owner route (rules.person), acting on their own certificates. */
export function ownerScope(
  c: Context<AppEnv>,
  {
    db,
    now,
    publicUrl,
    registryPayee,
  }: { db: Database; now: Date; publicUrl: string; registryPayee: RegistryPayee },
): OwnerScope {
  const { identity } = callerOf(c);
  return {
    db,
    personId: identity.personId,
    now,
    language: c.get('language'),
    publicUrl,
    registryPayee,
    requestId: c.get('requestId'),
  };
}
