// Who acts, for whom, where and when: the values services are given instead of Hono's context.
// A route builds one once per request from what allow() established; services return data.
import type { Context } from 'hono';
import type { Database } from '../../db/client.ts';
import type { Actor } from '../access/actor.ts';
import { callerOf, tenantOf } from '../access/context.ts';
import type { TenantScope } from '../access/tenant.ts';
import { bodyBySlug } from '../bodies/lookup.ts';
import type { AppEnv, Language } from '../http/env.ts';
import { forbidden } from '../http/problem.ts';
import { applicationPhrase } from './wording.ts';

/** The signed-in person acting on their own applications at one awarding body. */
export type ApplicantScope = {
  db: Database;
  personId: string;
  body: { id: number; slug: string };
  now: Date;
  language: Language;
  requestId?: string | undefined;
};

/**
 * Someone acting for an awarding body — its staff, committee, or a partner under a mandate. The
 * tenant scope reaches only that body's rows, and of them only what the role may see.
 */
export type StaffScope = {
  actor: Actor;
  role: string;
  body: { id: number; slug: string };
  tenant: TenantScope;
  now: Date;
  language: Language;
  requestId?: string | undefined;
};

/** The caller of a person route, acting on their own applications at the body in the path. */
export async function applicantScope(
  c: Context<AppEnv>,
  { db, now }: { db: Database; now: Date },
  slug: string,
): Promise<ApplicantScope> {
  const { identity } = callerOf(c);
  const body = await bodyBySlug(db, slug);
  // A token from one body's website applies there only.
  if (identity.via === 'widget' && identity.session.bodyId !== body.id)
    throw forbidden(applicationPhrase({ code: 'otherBodysToken', params: {} }));
  return {
    db,
    personId: identity.personId,
    body,
    now,
    language: c.get('language'),
    requestId: c.get('requestId'),
  };
}

/** The caller of a body route (staff, committee, mandate), as allow() let them in. */
export function staffScope(c: Context<AppEnv>): StaffScope {
  const { actor, role } = callerOf(c);
  const tenant = tenantOf(c);
  return {
    actor,
    role,
    body: tenant.body,
    tenant,
    now: tenant.now,
    language: c.get('language'),
    requestId: c.get('requestId'),
  };
}
