// The app's one error handler and not-found handler: every failure leaves as problem+json.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { ProblemError, problemResponse } from './problem.ts';

const TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
};

export function onError({ logger }: { logger: Logger }) {
  return function handleError(error: Error, c: Context): Response {
    if (error instanceof ProblemError) {
      return problemResponse(c, error.status, error.title, error.message, {
        errors: error.errors,
        headers: error.headers,
        extensions: error.extensions,
      });
    }
    if (error instanceof HTTPException && error.status < 500) {
      const status = error.status as ContentfulStatusCode;
      // A malformed JSON body surfaces from Hono's validator as a 400 HTTPException.
      return problemResponse(c, status, TITLES[status] ?? 'Error', error.message || undefined);
    }
    // Text PostgreSQL cannot store (a NUL byte, say) is bad input, not our failure.
    const code =
      (error as { code?: string; cause?: { code?: string } }).cause?.code ??
      (error as { code?: string }).code;
    if (code === '22021' || code === '22P05')
      return problemResponse(
        c,
        400,
        'Bad Request',
        'The request contains characters that cannot be stored (such as a NUL byte).',
      );
    // The name and the stack's frames only: a driver error's message can quote the data.
    const frames = error.stack?.split('\n').slice(1).join('\n');
    logger.error({ requestId: c.get('requestId'), err: { type: error.name, frames } }, 'unexpected error');
    return problemResponse(
      c,
      500,
      'Internal Server Error',
      'Something went wrong on our side. Quote the request id if you contact us.',
    );
  };
}

export function onNotFound(c: Context): Response {
  return problemResponse(c, 404, 'Not Found', `Nothing is served at ${c.req.path}.`);
}

export function onMethodNotAllowed(c: Context, allowed: string[]): Response {
  return problemResponse(c, 405, 'Method Not Allowed', `${c.req.method} is not allowed here.`, {
    headers: { Allow: allowed.join(', ') },
  });
}
