// The public register: the certificate card's data (GET /certificates/:number/card), the register
// search (GET /register/certificates) and its page (GET /register). No login; no personal code.
import { type Context, Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { describeRoute } from 'hono-openapi';
import * as v from 'valibot';
import { tallinnDay } from '../../contract/calendar.ts';
import {
  CardParams,
  CardQuery,
  CertificateCard,
  RegisterPage,
  RegisterQuery,
} from '../../contract/register.ts';
import type { Database } from '../../db/client.ts';
import type { Clock } from '../../db/clock.ts';
import { allowPublic } from '../access/allow.ts';
import type { AuthConfig } from '../auth/config.ts';
import { answerHeader } from '../http/answer-headers.ts';
import type { AppEnv } from '../http/env.ts';
import { taggedJson } from '../http/etag.ts';
import {
  htmlContent,
  IF_NONE_MATCH,
  jsonContent,
  NOT_MODIFIED,
  problems,
  securityOf,
} from '../http/openapi.ts';
import { ProblemError } from '../http/problem.ts';
import { refusal } from '../http/security-log.ts';
import { pathParams, queryParams } from '../http/validate.ts';
import { sayIssue, type ValidationIssue } from '../http/wording.ts';
import type { MailQueue } from '../mail/outbox.ts';
import { certificateCard } from './card.ts';
import { registerOptions } from './options.ts';
import { registerPage } from './page.ts';
import { overRegisterLimit } from './rate-limit.ts';
import { searchRegister } from './search.ts';
import { tooManySearches } from './wording.ts';

const open = securityOf({ kind: 'public' });

/**
 * Any website may read the card and the search (no credentials: the answers are public), their
 * refusals too: a 400 or 429 without the header reaches a widget on another site as a network
 * failure. Before the validators, so that their refusals carry it.
 */
const anyOrigin = () =>
  createMiddleware<AppEnv>(async function anyOriginMiddleware(c, next) {
    answerHeader(c, 'Access-Control-Allow-Origin', '*');
    answerHeader(c, 'Access-Control-Expose-Headers', 'Content-Language, ETag, Retry-After, X-Request-Id');
    await next();
  });
const languageNote = 'Estonian by default; English with `lang=en` or `Accept-Language: en`.';

type Deps = { db: Database; clock: Clock; auth: AuthConfig; mail?: MailQueue };

export function registerRoutes(deps: Deps) {
  const { db, clock, auth } = deps;
  const viewOf = (c: Context<AppEnv>, language = c.get('language')) => ({
    language,
    publicUrl: auth.publicUrl,
    today: tallinnDay(clock.now()),
  });

  return new Hono<AppEnv>()
    .get(
      '/certificates/:number/card',
      describeRoute({
        tags: ['Register'],
        summary: 'A certificate’s card',
        description: `What \`<kutse-certificate-card>\` shows: a published certificate, or \`{ "public": false }\` for a hidden certificate and an unknown number alike. Any website may read it (\`Access-Control-Allow-Origin: *\`, no credentials). \`Cache-Control: no-cache\` with an ETag: a certificate its owner hides shows as not public at once, and an unchanged card is a 304. ${languageNote}`,
        ...open,
        parameters: [IF_NONE_MATCH],
        responses: {
          200: jsonContent(CertificateCard, 'The card', 'CertificateCard'),
          304: NOT_MODIFIED,
          400: problems[400],
        },
      }),
      allowPublic(),
      anyOrigin(),
      pathParams(CardParams),
      queryParams(CardQuery),
      // Stored but revalidated on every use: hiding a certificate must reach every site that
      // embeds its card at once, yet an unchanged card costs no body.
      async (c) =>
        taggedJson(c, await certificateCard(db, c.req.valid('param').number, viewOf(c)), 'no-cache'),
    )
    .get(
      '/register/certificates',
      describeRoute({
        tags: ['Register'],
        summary: 'Search the public register',
        description: `Published certificates only, ${20} a page: \`q\` finds holders whose name holds every word (with or without Estonian letters), \`number\` one certificate exactly, \`qualification\` and \`body\` filter by their identifiers. Never by personal code. Limited per client address (429 with \`Retry-After\`). ${languageNote}`,
        ...open,
        responses: {
          200: jsonContent(RegisterPage, 'A page of certificates', 'RegisterPage'),
          400: problems[400],
          429: problems[429],
        },
      }),
      allowPublic(),
      anyOrigin(),
      queryParams(RegisterQuery),
      async (c) => {
        const retryAfter = await overRegisterLimit(c, deps);
        if (retryAfter !== undefined)
          throw refusal(
            c,
            'rate-limit',
            new ProblemError(429, 'Too Many Requests', {
              detail: tooManySearches(retryAfter),
              headers: { 'Retry-After': String(retryAfter) },
            }),
          );
        return c.json(await searchRegister(db, c.req.valid('query'), viewOf(c)), 200);
      },
    )
    .get(
      '/register',
      describeRoute({
        tags: ['Register'],
        summary: 'The public register’s page',
        description:
          'A search form (a plain GET form, no script) and a page of results, as `GET /register/certificates` finds them, sharing its limit per client address. Estonian; English with `lang=en`.',
        ...open,
        responses: {
          200: htmlContent('The page'),
          400: htmlContent('The page, saying which field of the search is wrong'),
          429: htmlContent('The page, saying when to search again (`Retry-After`)'),
        },
      }),
      allowPublic(),
      async (c) => {
        // The register's page is Estonian unless the link asks for English: its own links carry
        // `lang=en`, so a reader who switched stays in English whatever the browser asks for.
        const language = c.req.query('lang') === 'en' ? 'en' : 'et';
        answerHeader(c, 'Content-Language', language);
        const raw = c.req.query();
        const form = {
          q: raw.q ?? '',
          number: raw.number ?? '',
          qualification: raw.qualification ?? '',
          body: raw.body ?? '',
        };
        const options = await registerOptions(db, language);
        const answer = (outcome: Parameters<typeof registerPage>[0]['outcome'], status: 200 | 400 | 429) => {
          const page = registerPage({ language, form, options, outcome });
          return c.html(page.html, status, page.headers);
        };
        const parsed = v.safeParse(RegisterQuery, raw);
        if (!parsed.success) {
          const errors = parsed.issues.map((issue) => ({
            field: v.getDotPath(issue) ?? 'query',
            detail: sayIssue(issue as unknown as ValidationIssue, language),
          }));
          return answer({ kind: 'invalid', errors }, 400);
        }
        const retryAfter = await overRegisterLimit(c, deps);
        if (retryAfter !== undefined) {
          c.header('Retry-After', String(retryAfter));
          return answer({ kind: 'tooMany', retryAfter }, 429);
        }
        const page = await searchRegister(db, parsed.output, viewOf(c, language));
        return answer({ kind: 'results', query: parsed.output, page }, 200);
      },
    );
}
