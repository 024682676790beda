// The app's one error handler and not-found handler: every failure leaves as problem+json, its
// words said here, in the request's language.
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import type { AppEnv } from './env.ts';
import { languageOf } from './language.ts';
import { ProblemError, problemResponse, TITLES } from './problem.ts';
import { httpWording, say } from './wording.ts';

/** The request's language: set by language(), or decided here when the failure came before it. */
const languageFor = (c: Context) => (c as Context<AppEnv>).get('language') ?? languageOf(c);

export function onError({ logger }: { logger: Logger }) {
  return function handleError(error: Error, c: Context): Response {
    const language = languageFor(c);
    const words = httpWording[language];
    if (error instanceof ProblemError) {
      return problemResponse(c, error.status, error.title, say(error.detail ?? error.title, language), {
        errors: error.errors?.map((e) => ({ ...e, detail: say(e.detail, language) })),
        headers: error.headers,
        extensions: error.extensions,
      });
    }
    if (error instanceof HTTPException && error.status < 500) {
      const status = error.status as ContentfulStatusCode;
      // A malformed JSON body surfaces from Hono's validator as a 400 HTTPException.
      const detail = /^Malformed JSON/.test(error.message) ? words.malformedJson() : error.message;
      return problemResponse(
        c,
        status,
        TITLES[status as keyof typeof TITLES] ?? 'Error',
        detail || undefined,
      );
    }
    // Text PostgreSQL cannot store (a NUL byte, say) is bad input, not our failure.
    const code =
      (error as { code?: string; cause?: { code?: string } }).cause?.code ??
      (error as { code?: string }).code;
    if (code === '22021' || code === '22P05')
      return problemResponse(c, 400, TITLES[400], words.unstorableCharacters());
    // The name and the stack's frames only: a driver error's message can quote the data.
    const frames = error.stack?.split('\n').slice(1).join('\n');
    logger.error({ requestId: c.get('requestId'), err: { type: error.name, frames } }, 'unexpected error');
    return problemResponse(c, 500, TITLES[500], words.internalError());
  };
}

export function onNotFound(c: Context): Response {
  return problemResponse(c, 404, TITLES[404], httpWording[languageFor(c)].nothingHere({ path: c.req.path }));
}

export function onMethodNotAllowed(c: Context, allowed: string[]): Response {
  return problemResponse(
    c,
    405,
    TITLES[405],
    httpWording[languageFor(c)].methodNotAllowed({ method: c.req.method }),
    { headers: { Allow: allowed.join(', ') } },
  );
}
