// `allow(rule)`: the middleware every route puts before its handler. It identifies the caller,
// asks the policy, answers 401/403/404 as problem+json, and hands the handler what it may use:
// the actor, and for body rules a data access scope that can only see that body's rows.
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { tallinnDay } from '../../contract/calendar.ts';
import { SLUG_PATTERN } from '../../contract/slug.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { notFound, ProblemError } from '../http/problem.ts';
import { refusal } from '../http/security-log.ts';
import { identifyCaller } from './identity.ts';
import { decide, isBodyRule, type Rule } from './policy.ts';
import { tenantScope } from './tenant.ts';

/** A middleware that carries its rule, so that tests can read every route's rule off the app. */
export type Guard = MiddlewareHandler<AppEnv> & { rule: Rule };

export function access(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const { db, clock } = deps;
  return function allow(rule: Exclude<Rule, { kind: 'public' }>): Guard {
    const middleware = createMiddleware<AppEnv>(async function allowMiddleware(c, next) {
      // The body is looked up with the caller (in the console session's own statement); whether it
      // exists matters only to a signed-in caller, so its 404 waits until one is known.
      const slug = isBodyRule(rule) ? c.req.param('body') : undefined;
      const caller = await identifyCaller(c, deps, {
        slug: slug !== undefined && SLUG_PATTERN.test(slug) ? slug : undefined,
      });
      const identity = caller?.identity;
      const actor = caller?.actor;
      const lookup = caller?.body;
      const now = clock.now();
      let body: { id: number; slug: string } | undefined;
      if (isBodyRule(rule)) {
        if (slug === undefined) throw new Error(`a ${rule.kind} rule on a route without :body`);
        if (actor && !SLUG_PATTERN.test(slug)) throw notFound(`Awarding body ${slug}`);
        if (actor && lookup) {
          if ('error' in lookup) throw lookup.error;
          body = lookup.found;
        }
      }
      const decision = decide(rule, actor, identity?.via, {
        ...(body ? { bodyId: body.id } : {}),
        today: tallinnDay(now),
      });
      if (!decision.allowed)
        throw refusal(
          c,
          'policy',
          new ProblemError(decision.status, decision.status === 401 ? 'Unauthorized' : 'Forbidden', {
            detail: decision.reason,
            ...(decision.status === 401 ? { headers: { 'WWW-Authenticate': 'Bearer' } } : {}),
          }),
        );
      if (identity && actor) c.set('caller', { identity, actor, role: decision.role });
      if (body && actor) c.set('tenant', tenantScope(db, body, actor, decision.role, now));
      return next();
    });
    return Object.assign(middleware, { rule });
  };
}

/** The guard of a route anyone may call: it does nothing but declare so (for the matrix test). */
export const allowPublic = (): Guard =>
  Object.assign(
    createMiddleware<AppEnv>(async (_c, next) => next()),
    { rule: { kind: 'public' } as const },
  );
