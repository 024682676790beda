// GET /console and its deep links: the console's page (page.ts), and the application's files (assets.ts).
import { eq, inArray } from 'drizzle-orm';
import { type Context, Hono } from 'hono';
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
import { consoleAsset, consoleEntry, defaultConsoleDir } from './assets.ts';
import { type ConsoleBody, consolePage } from './page.ts';

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

/** A "K" on the console's blue: without an icon of its own the browser asks for /favicon.ico (a 404). */
const CONSOLE_ICON =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#0b5394"/><path d="M10 7h4v8l7-8h5l-8 9 8 9h-5l-7-8v8h-4z" fill="#fff"/></svg>';

export function consoleRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig; consoleDir?: string }) {
  const { db } = deps;
  const consoleDir = deps.consoleDir ?? defaultConsoleDir();

  const page = async (c: Context<AppEnv>) => {
    const language = c.get('language');
    const path = `${c.req.path}${new URL(c.req.url).search}`;
    const identity = await identify(c, deps, { page: true }).catch((error: unknown) => {
      if (error instanceof ProblemError && error.status === 401) return undefined;
      throw error;
    });
    if (identity?.via !== 'console') {
      const signedOut = consolePage({ signedIn: false, path }, language, path);
      return c.html(signedOut.html, 200, signedOut.headers);
    }
    const actor = await loadActor(db, identity.personId);
    const [person] = await db.select().from(persons).where(eq(persons.id, identity.personId));
    const bodyIds = [
      ...actor.staff.map((s) => s.bodyId),
      ...actor.committee.map((m) => m.bodyId),
      ...actor.mandates.map((m) => m.bodyId),
    ];
    const bodyRows = bodyIds.length
      ? await db.select().from(awardingBodies).where(inArray(awardingBodies.id, bodyIds))
      : [];
    const bodies = new Map(bodyRows.map((b) => [b.id, b]));
    const bodyName = (id: number) => {
      const body = bodies.get(id);
      return (language === 'et' ? body?.nameEt : body?.nameEn) ?? '';
    };
    const name = ROLE_NAMES[language];
    const roles = [
      ...(actor.registryAdmin ? [name.admin as string] : []),
      ...actor.staff.map((s) => `${bodyName(s.bodyId)}: ${name[s.role]}`),
      ...actor.committee.map((m) => `${bodyName(m.bodyId)}: ${name.committee}`),
      ...actor.mandates.map((m) => `${bodyName(m.bodyId)}: ${name[m.kind]}`),
    ];
    // The application works with the staff's routes: the bodies where the person is staff.
    const staffBodies: ConsoleBody[] = actor.staff
      .map((s) => ({ slug: bodies.get(s.bodyId)?.slug ?? '', name: bodyName(s.bodyId), role: s.role }))
      .filter((b) => b.slug)
      .sort((a, b) => a.name.localeCompare(b.name, language));
    const signedIn = consolePage(
      {
        signedIn: true,
        name: `${person?.givenName} ${person?.familyName}`,
        csrfToken: identity.session.csrfToken ?? '',
        roles,
        bodies: staffBodies,
        // The requests routed to the registry (their body gone) are theirs to handle.
        registryAdmin: actor.registryAdmin,
        entry: await consoleEntry(consoleDir),
      },
      language,
      path,
    );
    return c.html(signedIn.html, 200, signedIn.headers);
  };

  const pageRoute = (summary: string) =>
    describeRoute({
      tags: ['Console'],
      summary,
      // Anyone: without a session the page offers to sign in.
      security: [{}, ...securityOf(rules.consolePerson).security],
      responses: {
        200: {
          description:
            'The page: a sign-in link, or the console application with the person’s name and roles',
          content: { 'text/html': { schema: { type: 'string' } } },
        },
        403: problems[403],
      },
    });

  return (
    new Hono<AppEnv>()
      .get(
        '/assets/:file',
        describeRoute({
          tags: ['Console'],
          summary: 'A file of the console application (JavaScript, named by its content’s hash)',
          security: [],
          responses: {
            200: {
              description: 'The file; cached for good (a new build has new names)',
              content: { 'text/javascript': { schema: { type: 'string' } } },
            },
            404: problems[404],
          },
        }),
        allowPublic(),
        async (c) => {
          const bytes = await consoleAsset(consoleDir, c.req.param('file'));
          if (!bytes) throw new ProblemError(404, 'Not Found');
          // Named by their content's hash: a new build has new names, so a file may be kept for good.
          return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
            'Content-Type': 'text/javascript; charset=utf-8',
            'Cache-Control': 'public, max-age=31536000, immutable',
          });
        },
      )
      .get(
        '/icon',
        describeRoute({
          tags: ['Console'],
          summary: 'The console’s icon (the browser’s tab)',
          security: [],
          responses: {
            200: { description: 'The icon', content: { 'image/svg+xml': { schema: { type: 'string' } } } },
          },
        }),
        allowPublic(),
        (c) =>
          c.body(CONSOLE_ICON, 200, {
            'Content-Type': 'image/svg+xml',
            'Cache-Control': 'public, max-age=86400',
          }),
      )
      // Public: without a session it offers to sign in; with one it shows only the caller's own roles.
      .get(
        '/',
        pageRoute('The console (HTML): who is signed in, their roles, and the application'),
        allowPublic(),
        page,
      )
      // The application's own views, each a link of its own: the same page, routed in the browser.
      .get(
        '/bodies/:body/dashboard',
        pageRoute('The console’s overview of a body (HTML)'),
        allowPublic(),
        page,
      )
      .get(
        '/bodies/:body/applications',
        pageRoute('The console’s list of a body’s applications (HTML)'),
        allowPublic(),
        page,
      )
      .get(
        '/bodies/:body/on-behalf',
        pageRoute('The console’s form for applying on a person’s behalf (HTML)'),
        allowPublic(),
        page,
      )
      .get(
        '/bodies/:body/applications/:application',
        pageRoute('The console’s page of one application (HTML)'),
        allowPublic(),
        page,
      )
      .get(
        '/bodies/:body/requests',
        pageRoute('The console’s list of certificate owners’ requests to a body (HTML)'),
        allowPublic(),
        page,
      )
      .get(
        '/bodies/:body/requests/:request',
        pageRoute('The console’s page of one owner’s request (HTML)'),
        allowPublic(),
        page,
      )
      .get(
        '/bodies/:body/certificates',
        pageRoute('The console’s certificates of a body: one found by its number, revoked (HTML)'),
        allowPublic(),
        page,
      )
      .get(
        '/registry/requests',
        pageRoute('The console’s list of owners’ requests routed to the registry (HTML)'),
        allowPublic(),
        page,
      )
      .get(
        '/registry/bodies',
        pageRoute(
          'The console’s list of awarding bodies, where a registry admin records that one ceased (HTML)',
        ),
        allowPublic(),
        page,
      )
      .get(
        '/registry/requests/:request',
        pageRoute('The console’s page of one owner’s request routed to the registry (HTML)'),
        allowPublic(),
        page,
      )
  );
}
