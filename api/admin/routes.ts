// The registry admin's console routes: finding a person, the awarding bodies, and recording that a
// body has ceased.
import { eq } from 'drizzle-orm';
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { AwardingBodyList, BodyCease, BodyCeased } from '../../contract/body-cease.ts';
import { PersonalCode } from '../../contract/personal-code.ts';
import { BodyParams } from '../../contract/slug.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { awardingBodies, persons } from '../../db/schema/index.ts';
import { access } from '../access/allow.ts';
import { callerOf } from '../access/context.ts';
import { rules } from '../access/policy.ts';
import { recordAudit } from '../audit/record.ts';
import type { AuthConfig } from '../auth/config.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonBodyProblems, jsonContent, problems, securityOf } from '../http/openapi.ts';
import { notFound } from '../http/problem.ts';
import { jsonBody, pathParams } from '../http/validate.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { ceaseBody } from './cease-body.ts';

const PersonQuery = v.object({
  personalCode: PersonalCode,
  purpose: v.pipe(v.string(), v.trim(), v.minLength(3, 'say why you look this person up'), v.maxLength(200)),
});

const FoundPerson = v.object({
  id: v.string(),
  givenName: v.string(),
  familyName: v.string(),
  personalCode: v.nullable(v.string()),
  dateOfBirth: v.nullable(v.string()),
  email: v.nullable(v.string()),
});

export function adminRoutes(deps: { db: Database; clock: Clock; auth: AuthConfig; mail?: MailQueue }) {
  const { db, clock } = deps;
  const allow = access(deps);
  return (
    new Hono<AppEnv>()
      // POST, not GET: a personal code in a URL ends up in browser history and proxy logs.
      .post(
        '/people/search',
        describeRoute({
          tags: ['Registry admin'],
          summary: 'Finds a person by personal code; the read and its purpose are recorded',
          ...securityOf(rules.registryAdmin, { changes: true }),
          responses: {
            200: jsonContent(FoundPerson, 'The person', 'FoundPerson'),
            401: problems[401],
            403: problems[403],
            404: problems[404],
            ...jsonBodyProblems,
          },
        }),
        allow(rules.registryAdmin),
        jsonBody(PersonQuery),
        async (c) => {
          const { personalCode, purpose } = c.req.valid('json');
          const [person] = await db.select().from(persons).where(eq(persons.personalCode, personalCode));
          if (!person) throw notFound('A person with this personal code');
          const { actor, role } = callerOf(c);
          await recordAudit(db, clock.now(), {
            actorId: actor.personId,
            actorRole: role,
            action: 'person.read',
            subjectId: person.id,
            entity: 'person',
            entityId: person.id,
            requestId: c.get('requestId'),
            purpose,
          });
          return c.json(
            {
              id: person.id,
              givenName: person.givenName,
              familyName: person.familyName,
              personalCode: person.personalCode,
              dateOfBirth: person.dateOfBirth,
              email: person.email,
            },
            200,
          );
        },
      )
      .get(
        '/bodies',
        describeRoute({
          tags: ['Registry admin'],
          summary: 'Lists every awarding body, whether it acts or ceased on which day, sorted by name',
          ...securityOf(rules.registryAdmin),
          responses: {
            200: jsonContent(AwardingBodyList, 'The awarding bodies', 'AwardingBodyList'),
            401: problems[401],
            403: problems[403],
          },
        }),
        allow(rules.registryAdmin),
        async (c) => {
          const en = c.get('language') === 'en';
          const name = en ? awardingBodies.nameEn : awardingBodies.nameEt;
          const bodies = await db
            .select({
              slug: awardingBodies.slug,
              name,
              ceasedOn: awardingBodies.ceasedOn,
              fictional: awardingBodies.fictional,
            })
            .from(awardingBodies);
          // In the language's alphabet (Estonian puts õ, ä, ö, ü after w), not the database's collation.
          const collator = new Intl.Collator(en ? 'en' : 'et');
          bodies.sort((a, b) => collator.compare(a.name, b.name));
          return c.json({ bodies }, 200);
        },
      )
      .post(
        '/bodies/:body/cease',
        describeRoute({
          tags: ['Registry admin'],
          summary: 'Records that an awarding body has ceased; its open owners’ requests move to the registry',
          description:
            'From `ceasedOn` (today or earlier) the owners’ questions and orders about its certificates go to the registry; the open ones it had move there now. 409 when it has already ceased.',
          ...securityOf(rules.registryAdmin, { changes: true }),
          responses: {
            200: jsonContent(BodyCeased, 'The body has ceased', 'BodyCeased'),
            400: problems[400],
            401: problems[401],
            403: problems[403],
            404: problems[404],
            409: problems[409],
            ...jsonBodyProblems,
          },
        }),
        allow(rules.registryAdmin),
        pathParams(BodyParams),
        jsonBody(BodyCease),
        async (c) => {
          const { actor, role } = callerOf(c);
          const ceased = await ceaseBody(db, c.req.valid('param').body, c.req.valid('json').ceasedOn, {
            actorId: actor.personId,
            role,
            now: clock.now(),
            requestId: c.get('requestId'),
            ...(deps.mail ? { mail: deps.mail } : {}),
          });
          return c.json(ceased, 200);
        },
      )
  );
}
