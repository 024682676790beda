// Slugs name awarding bodies, qualifications and kinds in URLs: one pattern for every route.
import * as v from 'valibot';

export const SLUG_PATTERN = /^[a-z0-9][a-z0-9-]{0,62}$/;

export const Slug = v.pipe(
  v.string(),
  v.regex(SLUG_PATTERN, 'must be lower-case letters, digits and hyphens'),
);

/** Path parameters of a body's routes (`/…/:body/…`). */
export const BodyParams = v.object({ body: Slug });
