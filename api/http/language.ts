// Picks the answer's language: an explicit `lang` query parameter, else Accept-Language, else Estonian.
import type { Context } from 'hono';
import { createMiddleware } from 'hono/factory';
import { answerHeader, varyOn } from './answer-headers.ts';
import type { AppEnv, Language } from './env.ts';

const SUPPORTED: readonly Language[] = ['et', 'en'];

/** The first supported language in an Accept-Language header, by quality. @example fromAcceptLanguage('en-GB,en;q=0.9') === 'en' */
export function fromAcceptLanguage(header: string | undefined): Language | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { base: tag.toLowerCase().split('-')[0] ?? '', q: q ? Number(q.slice(2)) : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.base).find((b): b is Language => SUPPORTED.includes(b as Language));
}

/** The language a request asks for: `?lang=`, else its Accept-Language, else Estonian. */
export function languageOf(c: Context): Language {
  const explicit = c.req.query('lang');
  return SUPPORTED.includes(explicit as Language)
    ? (explicit as Language)
    : (fromAcceptLanguage(c.req.header('accept-language')) ?? 'et');
}

export const language = () =>
  createMiddleware<AppEnv>(async function languageMiddleware(c, next) {
    const chosen = languageOf(c);
    c.set('language', chosen);
    // Into the answer's record (answer-headers.ts): set on a finished response with c.header(),
    // they would make Hono copy it (see cors.ts for why that is slow).
    answerHeader(c, 'Content-Language', chosen);
    varyOn(c, 'Accept-Language');
    await next();
  });
