// RFC 9457 problem details: the one shape every error of the API takes (its schema: contract/problem.ts).
// Handlers and services throw a ProblemError whose words are not yet said; the app's onError
// (errors.ts) says them in the request's language.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '../../contract/problem.ts';
import { say, type Text } from './wording.ts';

/** A rejected input as a service names it: its words said when the answer is written. */
export type ProblemField = Omit<FieldError, 'detail'> & { detail: Text };

type Extra = {
  errors?: ProblemField[] | undefined;
  headers?: Record<string, string> | undefined;
  /** Further members of the problem document (RFC 9457 §3.2), e.g. a machine-readable `error`. */
  extensions?: Record<string, unknown> | undefined;
};

/** Thrown by handlers and services; turned into `application/problem+json` by the app's onError. */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly title: string;
  readonly detail: Text | undefined;
  readonly errors: ProblemField[] | undefined;
  readonly headers: Record<string, string> | undefined;
  readonly extensions: Record<string, unknown> | undefined;

  constructor(status: ContentfulStatusCode, title: string, options: Extra & { detail?: Text } = {}) {
    // English for logs and stack traces; the answer says it in the request's language.
    super(options.detail === undefined ? title : say(options.detail, 'en'));
    this.status = status;
    this.title = title;
    this.detail = options.detail;
    this.errors = options.errors;
    this.headers = options.headers;
    this.extensions = options.extensions;
  }
}

/**
 * The status's reason phrase (RFC 9110 §15), the title of a problem of type about:blank, which
 * RFC 9457 §4.2.1 asks to be the same for every occurrence: only its detail is said in the
 * request's language.
 */
export const TITLES = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  409: 'Conflict',
  410: 'Gone',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
} as const satisfies Partial<Record<ContentfulStatusCode, string>>;

type Titled = keyof typeof TITLES;

/** A problem with its status's title. @example throw problem(410, 'The session has ended.') */
export const problem = (status: Titled, detail?: Text, extra: Extra = {}) =>
  new ProblemError(status, TITLES[status], { ...extra, ...(detail === undefined ? {} : { detail }) });

/** 400: the request itself is wrong. */
export const badRequest = (detail: Text, extra?: Extra) => problem(400, detail, extra);
/** 403: the caller may not do this. */
export const forbidden = (detail: Text, extra?: Extra) => problem(403, detail, extra);
/** 409: the resource's state does not allow it, e.g. a submitted application changed. */
export const conflict = (detail: Text, extra?: Extra) => problem(409, detail, extra);
/** 413: the body or file is over a limit. */
export const contentTooLarge = (detail: Text, extra?: Extra) => problem(413, detail, extra);
/** 415: the body or file is not of an allowed type. */
export const unsupportedMediaType = (detail: Text, extra?: Extra) => problem(415, detail, extra);

/**
 * 404. `what` as a phrase says the whole sentence; as a string (callers not yet on a wording
 * table) it names the thing, in English: `notFound('Application 1')` says 'Application 1 was not found.'
 */
export const notFound = (what: Text) =>
  problem(404, typeof what === 'string' ? `${what} was not found.` : what);

/**
 * 422 naming each rejected field; the detail, unless given, is the fields' own words in a row.
 * @example throw unprocessable([{ in: 'body', field: 'delivery', pointer: '/delivery', detail }])
 */
export const unprocessable = (errors: ProblemField[], detail?: Text, extra: Omit<Extra, 'errors'> = {}) =>
  problem(422, detail ?? ((language) => errors.map((e) => say(e.detail, language)).join(' ')), {
    ...extra,
    errors,
  });

/** A field of a JSON body, with its JSON pointer (RFC 6901). @example bodyField('contact.email', detail) */
export const bodyField = (field: string, detail: Text): ProblemField => ({
  in: 'body',
  field,
  pointer: `/${field
    .split('.')
    .map((key) => key.replaceAll('~', '~0').replaceAll('/', '~1'))
    .join('/')}`,
  detail,
});

/** Writes a problem response for the current request, its words already said. */
export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail?: string,
  extra: {
    errors?: FieldError[] | undefined;
    headers?: Record<string, string> | undefined;
    extensions?: Record<string, unknown> | undefined;
  } = {},
): Response {
  const body = {
    ...extra.extensions,
    type: 'about:blank',
    title,
    status,
    ...(detail ? { detail } : {}),
    instance: c.req.path,
    requestId: c.get('requestId'),
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return c.body(JSON.stringify(body), status, {
    ...extra.headers,
    'Content-Type': 'application/problem+json; charset=utf-8',
  });
}
