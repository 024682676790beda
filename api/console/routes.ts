// GET /console: the consoles' front door (see page.ts).
import { eq, inArray } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { awardingBodies, persons } from '../../db/schema/index.ts';
import { loadActor } from '../access/actor.ts';
import { allowPublic } from '../access/allow.ts';
import { identify } from '../access/identity.ts';
import { rules } from '../access/policy.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv, Language } from '../http/env.ts';
import { problems, securityOf } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';
import { consolePage } from './page.ts';

const ROLE_NAMES: Record<Language, Record<string, string>> = {
  et: {
    manager: 'juht',
    processor: 'menetleja',
    assessor: 'hindaja',
    committee: 'kutsekomisjoni liige',
    partner: 'partner',
    employer: 'tööandja',
    admin: 'registri haldur',
  },
  en: {
    manager: 'manager',
    processor: 'processor',
    assessor: 'assessor',
    committee: 'committee member',
    partner: 'partner',
    employer: 'employer',
    admin: 'registry administrator',
  },
};

export function consoleRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const { db } = deps;
  return new Hono<AppEnv>().get(
    '/',
    describeRoute({
      tags: ['Console'],
      summary: 'The console’s front door (HTML): who is signed in, and their roles',
      // Anyone: without a session the page offers to sign in.
      security: [{}, ...securityOf(rules.consolePerson).security],
      responses: {
        200: {
          description: 'The page: a sign-in link, or the person’s name and roles',
          content: { 'text/html': { schema: { type: 'string' } } },
        },
        403: problems[403],
      },
    }),
    // Public: without a session it offers to sign in; with one it shows only the caller's own roles.
    allowPublic(),
    async (c) => {
      const language = c.get('language');
      const identity = await identify(c, deps, { page: true }).catch((error: unknown) => {
        if (error instanceof ProblemError && error.status === 401) return undefined;
        throw error;
      });
      if (identity?.via !== 'console') {
        const page = consolePage({ signedIn: false }, language);
        return c.html(page.html, 200, page.headers);
      }
      const actor = await loadActor(db, identity.personId);
      const [person] = await db.select().from(persons).where(eq(persons.id, identity.personId));
      const bodyIds = [
        ...actor.staff.map((s) => s.bodyId),
        ...actor.committee.map((m) => m.bodyId),
        ...actor.mandates.map((m) => m.bodyId),
      ];
      const bodies = new Map(
        bodyIds.length
          ? (await db.select().from(awardingBodies).where(inArray(awardingBodies.id, bodyIds))).map((b) => [
              b.id,
              language === 'et' ? b.nameEt : b.nameEn,
            ])
          : [],
      );
      const name = ROLE_NAMES[language];
      const roles = [
        ...(actor.registryAdmin ? [name.admin as string] : []),
        ...actor.staff.map((s) => `${bodies.get(s.bodyId)}: ${name[s.role]}`),
        ...actor.committee.map((m) => `${bodies.get(m.bodyId)}: ${name.committee}`),
        ...actor.mandates.map((m) => `${bodies.get(m.bodyId)}: ${name[m.kind]}`),
      ];
      const page = consolePage(
        {
          signedIn: true,
          name: `${person?.givenName} ${person?.familyName}`,
          csrfToken: identity.session.csrfToken ?? '',
          roles,
        },
        language,
      );
      return c.html(page.html, 200, page.headers);
    },
  );
}
