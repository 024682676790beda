// The applicant's own applications on a body's website: list (the status tracker's), start or
// resume a draft, read one. Signed in through the widget (or the console); only ever their own.

import type { Context } from 'hono';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { callerOf } from '../access/context.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import { bodyBySlug } from '../bodies/lookup.ts';
import type { AppEnv } from '../http/env.ts';
import { ProblemError } from '../http/problem.ts';
import { BodyParams, Slug } from '../http/slug.ts';
import { jsonBody, pathParams } from '../http/validate.ts';
import { ownApplications } from './own.ts';

const ApplicationParams = v.object({
  body: Slug,
  application: v.pipe(v.string(), v.uuid('must be an application id')),
});
const StartDraft = v.object({ qualification: Slug, kind: Slug });

export function applicationRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const { db, clock } = deps;
  const allow = access(deps);
  const tags = ['Applications'];

  /** The caller's own applications at the body in the path. */
  const own = async (c: Context<AppEnv>, slug: string) => {
    const { identity } = callerOf(c);
    const body = await bodyBySlug(db, slug);
    // A token from one body's website applies there only.
    if (identity.via === 'widget' && identity.session.bodyId !== body.id)
      throw new ProblemError(403, 'Forbidden', {
        detail: 'You signed in on another awarding body’s website.',
      });
    return ownApplications(db, {
      personId: identity.personId,
      body,
      now: clock.now(),
      requestId: c.get('requestId'),
    });
  };

  return new Hono<AppEnv>()
    .get(
      '/:body/applications',
      describeRoute({ tags, summary: 'My applications at this body, newest first' }),
      allow(rules.person),
      pathParams(BodyParams),
      async (c) => {
        const scope = await own(c, c.req.valid('param').body);
        return c.json({ applications: await scope.list(c.get('language')) }, 200);
      },
    )
    .post(
      '/:body/applications',
      describeRoute({
        tags,
        summary: 'Starts a draft application, or resumes my draft of the same kind',
        description:
          '201 with a new draft; 200 with the draft already begun. 422 when the kind is unknown or not open.',
      }),
      allow(rules.person),
      pathParams(BodyParams),
      jsonBody(StartDraft),
      async (c) => {
        const scope = await own(c, c.req.valid('param').body);
        const { created, application } = await scope.startDraft(c.req.valid('json'), c.get('language'));
        return c.json(application, created ? 201 : 200);
      },
    )
    .get(
      '/:body/applications/:application',
      describeRoute({ tags, summary: 'One of my applications, with its history' }),
      allow(rules.person),
      pathParams(ApplicationParams),
      async (c) => {
        const { body, application } = c.req.valid('param');
        return c.json(await (await own(c, body)).get(application, c.get('language')), 200);
      },
    );
}
