// A signed-in person's own data: who they are to the registry, and the data tracker.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { DataTracker } from '../../contract/data-tracker.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { access } from '../access/allow.ts';
import { callerOf } from '../access/context.ts';
import { rules } from '../access/policy.ts';
import { dataTracker } from '../audit/tracker.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonContent, problems, securityOf } from '../http/openapi.ts';
import { queryParams } from '../http/validate.ts';

const TrackerQuery = v.object({
  limit: v.optional(
    v.pipe(
      v.string(),
      v.regex(/^\d+$/, 'must be a whole number'),
      v.transform(Number),
      v.minValue(1, 'must be at least 1'),
      v.maxValue(500, 'must be at most 500'),
    ),
  ),
});

/** The person as the registry knows them: their own data, shown to them. */
const Me = v.object({
  givenName: v.string(),
  familyName: v.string(),
  personalCode: v.nullable(v.string()),
  dateOfBirth: v.nullable(v.string()),
  email: v.nullable(v.string()),
});

const signedIn = securityOf(rules.person);

export function meRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const { db } = deps;
  const allow = access(deps);
  return new Hono<AppEnv>()
    .get(
      '/',
      describeRoute({
        tags: ['Me'],
        summary: 'The signed-in person',
        security: signedIn.security,
        responses: { 200: jsonContent(Me, 'The person', 'Me'), 401: problems[401], 403: problems[403] },
      }),
      allow(rules.person),
      async (c) => {
        const { identity } = callerOf(c);
        const person = await db.query.persons.findFirst({
          where: (p, { eq }) => eq(p.id, identity.personId),
        });
        return c.json(
          {
            givenName: person?.givenName ?? '',
            familyName: person?.familyName ?? '',
            // Their own code, shown to them; never logged.
            personalCode: person?.personalCode ?? null,
            dateOfBirth: person?.dateOfBirth ?? null,
            email: person?.email ?? null,
          },
          200,
        );
      },
    )
    .get(
      '/data-tracker',
      describeRoute({
        tags: ['Me'],
        summary: 'Who has read or changed my data (andmejälgija)',
        description:
          'Every staff, committee, partner or admin read of the person’s data and every change, newest first. With a widget token (on a body’s website) only the entries concerning that body; the whole history needs the person’s own console session.',
        security: signedIn.security,
        responses: {
          200: jsonContent(DataTracker, 'The entries', 'DataTracker'),
          400: problems[400],
          401: problems[401],
          403: problems[403],
        },
      }),
      allow(rules.person),
      queryParams(TrackerQuery),
      async (c) => {
        const { identity } = callerOf(c);
        const { limit = 100 } = c.req.valid('query');
        // A widget token speaks for one body's website: that body's share only.
        const bodyId = identity.via === 'widget' ? (identity.session.bodyId ?? -1) : undefined;
        return c.json({ events: await dataTracker(db, identity.personId, { limit, bodyId }) }, 200);
      },
    );
}
