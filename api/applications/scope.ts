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

/**
 * One person's applications at one awarding body, and who acts on them: the signed-in person
 * themselves, or a member of the body's staff applying on their behalf (on-behalf.ts).
 */
export type ApplicantScope = {
  db: Database;
  /** Whose applications: every query of the applicant's services is narrowed to this person. */
  personId: string;
  /** Who acts: `personId` itself, or the staff member applying for them. */
  actorId: string;
  /** `applicant` when the person acts themselves; else the staff member's role at the body. */
  actorRole: string;
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
    actorId: identity.personId,
    actorRole: 'applicant',
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

/** Why staff handle a person's data when they apply for them (the audit trail's purpose). */
export const ON_BEHALF_PURPOSE = 'applying on the person’s behalf';

/** A staff member of the body acting on `personId`'s applications there, as if they were the person. */
export const onBehalfScope = (db: Database, staff: StaffScope, personId: string): ApplicantScope => ({
  db,
  personId,
  actorId: staff.actor.personId,
  actorRole: staff.role,
  body: staff.body,
  now: staff.now,
  language: staff.language,
  requestId: staff.requestId,
});

/** Whether someone other than the person acts (staff applying on their behalf). */
export const onBehalf = (own: ApplicantScope) => own.actorId !== own.personId;

/**
 * Who did it to whose data, for an audit entry of the applicant's services: the person themselves,
 * or the staff member with why they handled it.
 */
export const auditedAs = (own: ApplicantScope) => ({
  actorId: own.actorId,
  actorRole: own.actorRole,
  bodyId: own.body.id,
  subjectId: own.personId,
  requestId: own.requestId,
  ...(onBehalf(own) ? { purpose: ON_BEHALF_PURPOSE } : {}),
});
