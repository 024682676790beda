// Helpers for routes' OpenAPI descriptions: success bodies from the valibot schemas, the shared
// problem+json answers, and who may call an operation (its security), so that a client generated
// from /openapi.json knows every body, every error and every credential.
import { resolver } from 'hono-openapi';
import * as v from 'valibot';
import { ProblemSchema } from '../../contract/problem.ts';
import { CSRF_HEADER } from '../access/identity.ts';
import type { Rule } from '../access/policy.ts';

/**
 * A JSON body. `name` makes the schema a named component (`#/components/schemas/<name>`), the
 * type name a client generator gives it.
 */
export const jsonContent = (schema: v.GenericSchema, description: string, name?: string) => ({
  description,
  content: {
    'application/json': {
      schema: resolver(name ? v.pipe(schema, v.metadata({ ref: name })) : schema),
    },
  },
});

const problemSchema = v.pipe(ProblemSchema, v.metadata({ ref: 'Problem' }));

/** A problem+json answer with its own description (see `problems` for the shared ones). */
export const problemContent = (description: string) => ({
  description,
  content: { 'application/problem+json': { schema: resolver(problemSchema) } },
});

/** The shared problem answers, declared once in components.responses (see docs/routes.ts). */
export const PROBLEM_RESPONSES = {
  BadRequest: problemContent('A path or query parameter (or a header) is invalid; `errors` names it'),
  Unauthorized: problemContent(
    'Not signed in, or the token or session has ended (`WWW-Authenticate: Bearer`)',
  ),
  Forbidden: problemContent(
    'Signed in, but not allowed: another role, another website’s token, or a console request without its CSRF token',
  ),
  NotFound: problemContent('No such body, application, document or person visible to the caller'),
  Conflict: problemContent('The application’s state does not allow this now'),
  ContentTooLarge: problemContent('The request body is past its size limit'),
  UnsupportedMediaType: problemContent('The body is not `application/json`'),
  UnprocessableContent: problemContent(
    'The body breaks a rule (`errors` names each field), or the application cannot take it now',
  ),
  TooManyRequests: problemContent('Too many requests from this address; see `Retry-After`'),
  ServiceUnavailable: problemContent('The database does not answer'),
} as const;

type ProblemName = keyof typeof PROBLEM_RESPONSES;
const ref = (name: ProblemName) => ({ $ref: `#/components/responses/${name}` });

/** References to the shared problem answers, for a route's `responses`. */
export const problems = {
  400: ref('BadRequest'),
  401: ref('Unauthorized'),
  403: ref('Forbidden'),
  404: ref('NotFound'),
  409: ref('Conflict'),
  413: ref('ContentTooLarge'),
  415: ref('UnsupportedMediaType'),
  422: ref('UnprocessableContent'),
  429: ref('TooManyRequests'),
  503: ref('ServiceUnavailable'),
} as const;

/** A JSON body's route: 415 for another media type, 413 past the limit, 422 naming the fields. */
export const jsonBodyProblems = { 413: problems[413], 415: problems[415], 422: problems[422] } as const;

/** The console session's cookie (`kutse_session` when the API runs on plain http, in development). */
export const SESSION_COOKIE = '__Host-kutse_session';

export const SECURITY_SCHEMES = {
  widgetToken: {
    type: 'http',
    scheme: 'bearer',
    bearerFormat: 'JWT',
    description:
      'The API’s own access token for a widget on an awarding body’s website (10 minutes, from the sign-in popup or POST /auth/widget/handoff); accepted only with the `Origin` it was issued to.',
  },
  consoleSession: {
    type: 'apiKey',
    in: 'cookie',
    name: SESSION_COOKIE,
    description: `The console's session cookie, set by GET /auth/callback after a console sign-in (\`kutse_session\` on a plain-http development API). Requests from another site are refused.`,
  },
  csrfToken: {
    type: 'apiKey',
    in: 'header',
    name: CSRF_HEADER,
    description:
      'The console session’s CSRF token (`csrfToken` of GET /auth/session), required with the cookie on every state-changing request.',
  },
} as const;

/**
 * The security of an operation guarded by `rule` (see access/allow.ts): a widget token, a console
 * session (with its CSRF token when the request changes something), either, or none (public).
 */
export function securityOf(
  rule: Rule,
  { changes = false }: { changes?: boolean } = {},
): { security: Record<string, string[]>[] } {
  if (rule.kind === 'public') return { security: [] };
  const widget = { widgetToken: [] };
  const cookie: Record<string, string[]> = changes
    ? { consoleSession: [], csrfToken: [] }
    : { consoleSession: [] };
  if (rule.kind === 'person' && rule.via === 'widget') return { security: [widget] };
  if (rule.kind === 'person' && rule.via === undefined) return { security: [widget, cookie] };
  // Body rules and the registry admin's need a console session: a website never acts as staff.
  return { security: [cookie] };
}

/**
 * A file as the body of a request or an answer. Uploads may name any type: the API reads the type
 * from the content (PDF, JPEG or PNG, as the body allows), never from the header or the name.
 */
const file = { schema: { type: 'string', contentMediaType: 'application/octet-stream' } } as const;
export const FILE_CONTENT = {
  'application/pdf': file,
  'image/jpeg': file,
  'image/png': file,
  'application/octet-stream': file,
} as const;

/** An HTML page (the sign-in popup's and the console's). */
export const htmlContent = (description: string) =>
  ({
    description,
    content: { 'text/html': { schema: { type: 'string' } } },
  }) as const;

/** A redirect; `Location` says where to. */
export const redirect = (description: string) =>
  ({
    description,
    headers: { Location: { schema: { type: 'string', format: 'uri' } } },
  }) as const;

/** A conditional GET: send the ETag of the last answer, and a 304 says nothing changed. */
export const IF_NONE_MATCH = { in: 'header', name: 'If-None-Match', schema: { type: 'string' } } as const;
export const NOT_MODIFIED = { description: 'Nothing changed since the ETag sent; no body' } as const;
