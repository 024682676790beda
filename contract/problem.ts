// RFC 9457 problem details: the one shape every error of the API takes, as the API writes it
// (api/http/problem.ts) and as its callers may read it.
import * as v from 'valibot';

/** Where a rejected input was: `in` the request part, `field` its dotted name, `pointer` for JSON bodies. */
export const FieldError = v.object({
  in: v.picklist(['path', 'query', 'body', 'header']),
  field: v.string(),
  pointer: v.optional(v.string()),
  detail: v.string(),
});

export type FieldError = v.InferOutput<typeof FieldError>;

/** A problem+json answer: `type`, `title`, `status`, and for rejected input the fields' `errors`. */
export const ProblemSchema = v.object({
  type: v.string(),
  title: v.string(),
  status: v.number(),
  detail: v.optional(v.string()),
  instance: v.string(),
  requestId: v.string(),
  errors: v.optional(v.array(FieldError)),
});
