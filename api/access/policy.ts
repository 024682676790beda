// The one place that decides who may do what. Every route declares a rule (see allow.ts); this
// module says whether an identity meets it. No handler checks a role itself.
import type { Actor, StaffRole } from './actor.ts';
import { mandatesInForce } from './actor.ts';

/**
 * - `public`: anyone, signed in or not.
 * - `person`: a signed-in person acting for themselves (their own data only); `via` narrows it to
 *   the console cookie or to a widget token.
 * - `staff`: staff of the body in the path with one of `roles`.
 * - `committee`: a member of the body's qualification committee.
 * - `mandate`: a partner or employer with a mandate of the body in force today.
 * - `registryAdmin`: the registry's administrators.
 * A registry admin meets every body rule too. Body rules need a console session: an awarding
 * body's website (and a widget token issued to it) never acts as staff.
 */
export type Rule =
  | { kind: 'public' }
  | { kind: 'person'; via?: 'console' | 'widget' }
  | { kind: 'staff'; roles: StaffRole[] }
  | { kind: 'committee' }
  | { kind: 'mandate' }
  | { kind: 'registryAdmin' };

export const rules = {
  person: { kind: 'person' },
  consolePerson: { kind: 'person', via: 'console' },
  widgetPerson: { kind: 'person', via: 'widget' },
  staff: (...roles: StaffRole[]) => ({ kind: 'staff', roles }),
  committee: { kind: 'committee' },
  mandate: { kind: 'mandate' },
  registryAdmin: { kind: 'registryAdmin' },
} satisfies Record<string, Rule | ((...args: StaffRole[]) => Rule)>;

/** Whether a rule concerns the awarding body named in the path (`:body`). */
export const isBodyRule = (rule: Rule) =>
  rule.kind === 'staff' || rule.kind === 'committee' || rule.kind === 'mandate';

export type Decision =
  | { allowed: true; role: string }
  | { allowed: false; status: 401 | 403; reason: string };

/**
 * @param via how the request proved who it is, or undefined when it did not
 * @param bodyId the body in the path, for body rules
 * @param today YYYY-MM-DD, for mandates
 */
export function decide(
  rule: Rule,
  actor: Actor | undefined,
  via: 'console' | 'widget' | undefined,
  { bodyId, today }: { bodyId?: number; today: string },
): Decision {
  if (rule.kind === 'public') return { allowed: true, role: 'public' };
  if (!actor || !via) return { allowed: false, status: 401, reason: 'Sign in first.' };
  if (rule.kind === 'person') {
    if (rule.via && rule.via !== via)
      return { allowed: false, status: 403, reason: `This needs a ${rule.via} session.` };
    return { allowed: true, role: 'person' };
  }
  if (via !== 'console')
    return {
      allowed: false,
      status: 403,
      reason: 'Staff actions need a console session, not a widget token.',
    };
  if (actor.registryAdmin) return { allowed: true, role: 'registry-admin' };
  if (rule.kind === 'registryAdmin') return { allowed: false, status: 403, reason: 'Registry admins only.' };

  const staffRole = actor.staff.find(
    (s) => s.bodyId === bodyId && rule.kind === 'staff' && rule.roles.includes(s.role),
  );
  if (staffRole) return { allowed: true, role: staffRole.role };
  if (rule.kind === 'committee' && actor.committee.some((c) => c.bodyId === bodyId))
    return { allowed: true, role: 'committee' };
  if (rule.kind === 'mandate' && bodyId !== undefined) {
    const [inForce] = mandatesInForce(actor, bodyId, today);
    if (inForce) return { allowed: true, role: inForce.kind };
  }
  return { allowed: false, status: 403, reason: 'You have no role here that allows this.' };
}
