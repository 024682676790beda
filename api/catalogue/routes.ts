// Public catalogue routes: awarding bodies and what they offer. No login needed. Every answer is
// cacheable (http/etag.ts): an ETag, a short public Cache-Control, 304 to a matching If-None-Match.
import { Hono } from 'hono';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import {
  BodyDetail,
  BodyParams,
  BodySummary,
  LanguageQuery,
  QualificationDetail,
  QualificationParams,
  QualificationQuery,
  QualificationSummary,
} from '../../contract/catalogue.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { allowPublic } from '../access/allow.ts';
import type { AppEnv } from '../http/env.ts';
import { cacheableJson } from '../http/etag.ts';
import { IF_NONE_MATCH, jsonContent, NOT_MODIFIED, problems, securityOf } from '../http/openapi.ts';
import { pathParams, queryParams } from '../http/validate.ts';
import { catalogueService } from './service.ts';

const json = jsonContent;
/** Anyone may read the catalogue, without credentials; each answer has an ETag (http/etag.ts). */
const open = { ...securityOf({ kind: 'public' }), parameters: [IF_NONE_MATCH] };
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
        ...open,
        responses: {
          200: json(v.array(BodySummary), 'The bodies', 'BodySummaries'),
          304: NOT_MODIFIED,
          400: problems[400],
        },
      }),
      allowPublic(),
      queryParams(LanguageQuery),
      async (c) => cacheableJson(c, await catalogue.listBodies(c.get('language'))),
    )
    .get(
      '/:body',
      describeRoute({
        tags: ['Catalogue'],
        summary: 'An awarding body, its payment details and delivery options',
        description: languageNote,
        ...open,
        responses: {
          200: json(BodyDetail, 'The body', 'BodyDetail'),
          304: NOT_MODIFIED,
          400: problems[400],
          404: problems[404],
        },
      }),
      allowPublic(),
      pathParams(BodyParams),
      queryParams(LanguageQuery),
      async (c) =>
        cacheableJson(c, await catalogue.getBody(c.req.valid('param').body, clock.now(), c.get('language'))),
    )
    .get(
      '/:body/qualifications',
      describeRoute({
        tags: ['Catalogue'],
        summary: 'Qualifications a body awards',
        description: languageNote,
        ...open,
        responses: {
          200: json(v.array(QualificationSummary), 'The qualifications', 'QualificationSummaries'),
          304: NOT_MODIFIED,
          400: problems[400],
          404: problems[404],
        },
      }),
      allowPublic(),
      pathParams(BodyParams),
      queryParams(LanguageQuery),
      async (c) =>
        cacheableJson(
          c,
          await catalogue.listQualifications(c.req.valid('param').body, clock.now(), c.get('language')),
        ),
    )
    .get(
      '/:body/qualifications/:qualification',
      describeRoute({
        tags: ['Catalogue'],
        summary: 'Everything about applying for a qualification',
        description: `Application kinds with prerequisites, documents, fees (net, VAT, gross) and windows; the next exam sessions with free places. Fees use the VAT rate of the day \`on\` (today by default). ${languageNote}`,
        ...open,
        responses: {
          200: json(QualificationDetail, 'The qualification', 'QualificationDetail'),
          304: NOT_MODIFIED,
          400: problems[400],
          404: problems[404],
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
        return cacheableJson(c, detail);
      },
    );
}
