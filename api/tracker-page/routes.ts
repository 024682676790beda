// GET /andmejalgija: the registry's own data-tracker page (page.ts). Anyone may open it: signed out
// it offers to sign in (the console's sign-in, which comes back here); with the person's console
// session it shows their whole history across bodies. A body's website shows only its own part
// (the widget, GET /me/data-tracker with a widget token).
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { persons } from '../../db/schema/index.ts';
import { allowPublic } from '../access/allow.ts';
import { identify } from '../access/identity.ts';
import { rules } from '../access/policy.ts';
import { dataTracker } from '../audit/tracker.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { htmlContent, problems, securityOf } from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';
import { PAGE_PATH, trackerPage } from './page.ts';

/** The newest entries the page shows; an older history is rare enough not to page through. */
const LIMIT = 200;

export function trackerPageRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig }) {
  const { db } = deps;
  return new Hono<AppEnv>().get(
    PAGE_PATH,
    describeRoute({
      tags: ['Me'],
      summary: 'The registry’s data-tracker page (HTML)',
      description:
        'Signed out: what the page is and a sign-in link (the console’s sign-in, returning here). With the person’s console session: everyone who read or changed their data at any body, newest first (at most 200). The person reading their own history is not audited. Estonian by default; English with `lang=en` or `Accept-Language: en`.',
      // Anyone: without a session the page offers to sign in.
      security: [{}, ...securityOf(rules.consolePerson).security],
      responses: { 200: htmlContent('The page'), 403: problems[403] },
    }),
    allowPublic(),
    async (c) => {
      const language = c.get('language');
      // A page as the console's: the identity provider's redirect back here is a navigation from
      // another origin, and the page shows the person nothing but their own history.
      const identity = await identify(c, deps, { page: true }).catch((error: unknown) => {
        if (error instanceof ProblemError && error.status === 401) return undefined;
        throw error;
      });
      if (identity?.via !== 'console') {
        const page = trackerPage({ signedIn: false }, language);
        return c.html(page.html, 200, page.headers);
      }
      const [person] = await db
        .select({ givenName: persons.givenName, familyName: persons.familyName })
        .from(persons)
        .where(eq(persons.id, identity.personId));
      // Their own log: not a staff read of someone's data, so not recorded in it.
      const entries = await dataTracker(db, identity.personId, { limit: LIMIT });
      const page = trackerPage(
        {
          signedIn: true,
          name: person ? `${person.givenName} ${person.familyName}` : '',
          csrfToken: identity.session.csrfToken ?? '',
          entries,
          limit: LIMIT,
        },
        language,
      );
      return c.html(page.html, 200, page.headers);
    },
  );
}
