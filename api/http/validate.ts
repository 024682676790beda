// Valibot validation for each part of a request. Failures become 400 (path, query) or 422 (body)
// problems naming every failing field, each said from its valibot issue in the request's language
// (wording.ts); the same schemas feed the OpenAPI document.
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Env } from 'hono';
import { validator } from 'hono-openapi';
import type { Language } from './env.ts';
import { badRequest, type ProblemField, unprocessable } from './problem.ts';
import { httpPhrase, sayIssue, type ValidationIssue } from './wording.ts';

type Part = 'param' | 'query' | 'json' | 'form';
const partName = { param: 'path', query: 'query', json: 'body', form: 'body' } as const;

/** One error per field (its first failing rule), so a form shows one message next to each field. */
function fieldErrors(part: Part, issues: readonly StandardSchemaV1.Issue[]): ProblemField[] {
  const errors = issues.map((issue): ProblemField => {
    const keys = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p));
    const field = keys.join('.') || '(root)';
    // Valibot's issues carry type, expected and received beside the message (valibot.dev/guides/issues).
    const detail = (language: Language) => sayIssue(issue as ValidationIssue, language);
    return {
      in: partName[part],
      field,
      ...(part === 'json' ? { pointer: `/${keys.map(escapePointer).join('/')}` } : {}),
      detail,
    };
  });
  return errors.filter((e, i) => errors.findIndex((other) => other.field === e.field) === i);
}

/** A JSON pointer's reference token (RFC 6901 §3). */
const escapePointer = (key: string) => key.replaceAll('~', '~0').replaceAll('/', '~1');

function validatorFor<const P extends Part>(part: P) {
  return <S extends StandardSchemaV1, E extends Env = Env, Path extends string = string>(schema: S) =>
    validator<S, P, E, Path>(part, schema, (result) => {
      if (result.success) return;
      const errors = fieldErrors(part, result.error);
      const detail = httpPhrase({
        code: 'invalidInput',
        params: { part: partName[part], fields: errors.map((e) => e.field) },
      });
      throw part === 'json' || part === 'form'
        ? unprocessable(errors, detail)
        : badRequest(detail, { errors });
    });
}

/** Validates path parameters. @example .get('/:body', pathParams(BodyParams), handler) */
export const pathParams = validatorFor('param');
/** Validates the query string. */
export const queryParams = validatorFor('query');
/** Validates a JSON body (after `jsonOnly` has checked its type and size). */
export const jsonBody = validatorFor('json');
/** Validates a form's body (`application/x-www-form-urlencoded`, as an HTML form posts it). */
export const formBody = validatorFor('form');
