// Valibot validation for each part of a request. Failures become 400 (path, query) or 422 (body)
// problems naming every failing field; the same schemas feed the OpenAPI document.
import type { StandardSchemaV1 } from '@standard-schema/spec';
import type { Env } from 'hono';
import { validator } from 'hono-openapi';
import type { FieldError } from '../../contract/problem.ts';
import { ProblemError } from './problem.ts';

type Part = 'param' | 'query' | 'json' | 'form';
const partName = { param: 'path', query: 'query', json: 'body', form: 'body' } as const;

/** One error per field (its first failing rule), so a form shows one message next to each field. */
function fieldErrors(part: Part, issues: readonly StandardSchemaV1.Issue[]): FieldError[] {
  const errors = issues.map((issue) => {
    const keys = (issue.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p));
    return {
      in: partName[part],
      field: keys.join('.') || '(root)',
      ...(part === 'json'
        ? { pointer: `/${keys.map((k) => k.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')}` }
        : {}),
      detail: issue.message,
    };
  });
  return errors.filter((e, i) => errors.findIndex((other) => other.field === e.field) === i);
}

function validatorFor<const P extends Part>(part: P) {
  return <S extends StandardSchemaV1, E extends Env = Env, Path extends string = string>(schema: S) =>
    validator<S, P, E, Path>(part, schema, (result) => {
      if (result.success) return;
      const errors = fieldErrors(part, result.error);
      const fields = errors.map((e) => e.field).join(', ');
      const body = part === 'json' || part === 'form';
      throw new ProblemError(body ? 422 : 400, body ? 'Unprocessable Content' : 'Bad Request', {
        detail: `Invalid ${partName[part]} ${errors.length > 1 ? 'parameters' : 'parameter'}: ${fields}.`,
        errors,
      });
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
