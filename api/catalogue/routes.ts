// Public catalogue routes: awarding bodies and what they offer. No login needed.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { allowPublic } from '../access/allow.ts';
import type { AppEnv } from '../http/env.ts';
import { jsonContent, problemContent } from '../http/openapi.ts';
import { pathParams, queryParams } from '../http/validate.ts';
import {
  BodyDetail,
  BodyParams,
  BodySummary,
  LanguageQuery,
  QualificationDetail,
  QualificationParams,
  QualificationQuery,
  QualificationSummary,
} from './schemas.ts';
import { catalogueService } from './service.ts';

const json = jsonContent;
const problem = problemContent;
const languageNote = 'Estonian by default; English with `lang=en` or `Accept-Language: en`.';

/** Noon UTC of a given day: the same calendar day in Tallinn, whatever the season. */
const instantOf = (day: string | undefined, clock: Clock) =>
  day ? new Date(`${day}T12:00:00Z`) : clock.now();

export function catalogueRoutes({ db, clock }: { db: Database; clock: Clock }) {
  const catalogue = catalogueService(db);
  return new Hono<AppEnv>()
    .get(
      '/',
      describeRoute({
        tags: ['Catalogue'],
        summary: 'Awarding bodies',
        description: languageNote,
        responses: { 200: json(v.array(BodySummary), 'The bodies') },
      }),
      allowPublic(),
      queryParams(LanguageQuery),
      async (c) => c.json(await catalogue.listBodies(c.get('language')), 200),
    )
    .get(
      '/:body',
      describeRoute({
        tags: ['Catalogue'],
        summary: 'An awarding body, its payment details and delivery options',
        responses: { 200: json(BodyDetail, 'The body'), 404: problem('No such body') },
      }),
      allowPublic(),
      pathParams(BodyParams),
      queryParams(LanguageQuery),
      async (c) =>
        c.json(await catalogue.getBody(c.req.valid('param').body, clock.now(), c.get('language')), 200),
    )
    .get(
      '/:body/qualifications',
      describeRoute({
        tags: ['Catalogue'],
        summary: 'Qualifications a body awards',
        responses: {
          200: json(v.array(QualificationSummary), 'The qualifications'),
          404: problem('No such body'),
        },
      }),
      allowPublic(),
      pathParams(BodyParams),
      queryParams(LanguageQuery),
      async (c) =>
        c.json(
          await catalogue.listQualifications(c.req.valid('param').body, clock.now(), c.get('language')),
          200,
        ),
    )
    .get(
      '/:body/qualifications/:qualification',
      describeRoute({
        tags: ['Catalogue'],
        summary: 'Everything about applying for a qualification',
        description: `Application kinds with prerequisites, documents, fees (net, VAT, gross) and windows; the next exam sessions with free places. Fees use the VAT rate of the day \`on\` (today by default). ${languageNote}`,
        responses: {
          200: json(QualificationDetail, 'The qualification'),
          400: problem('A parameter is invalid; `errors` names it'),
          404: problem('No such body or qualification'),
        },
      }),
      allowPublic(),
      pathParams(QualificationParams),
      queryParams(QualificationQuery),
      async (c) => {
        const { body, qualification } = c.req.valid('param');
        const { on, sessions = 5 } = c.req.valid('query');
        const detail = await catalogue.getQualification(
          { body, qualification, at: instantOf(on, clock), sessions },
          c.get('language'),
        );
        return c.json(detail, 200);
      },
    );
}
