// RFC 9457 problem details: the one shape every error of the API takes (its schema: contract/problem.ts).
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { FieldError } from '../../contract/problem.ts';

/** Thrown by handlers and services; turned into `application/problem+json` by the app's onError. */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly title: string;
  readonly errors: FieldError[] | undefined;
  readonly headers: Record<string, string> | undefined;
  /** Further members of the problem document (RFC 9457 §3.2), e.g. a machine-readable `error`. */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(
    status: ContentfulStatusCode,
    title: string,
    options: {
      detail?: string;
      errors?: FieldError[];
      headers?: Record<string, string>;
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(options.detail ?? title);
    this.status = status;
    this.title = title;
    this.errors = options.errors;
    this.headers = options.headers;
    this.extensions = options.extensions;
  }
}

export const notFound = (what: string) =>
  new ProblemError(404, 'Not Found', { detail: `${what} was not found.` });

/** Writes a problem response for the current request. */
export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  title: string,
  detail?: string,
  extra: {
    errors?: FieldError[];
    headers?: Record<string, string>;
    extensions?: Record<string, unknown>;
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
