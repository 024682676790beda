// An awarding body that stops acting (POST /admin/bodies/:body/cease, registry admins): the day it
// ceased, and what the registry took over. From that day its certificates' owners' requests go to
// the registry (issue 13). Shared by the API's validator and its OpenAPI document.
import * as v from 'valibot';
import { IsoDate } from './catalogue.ts';
import { Slug } from './slug.ts';

/** The day the body ceased: today or earlier (a later day is refused by the API, which knows today). */
export const BodyCease = v.object({ ceasedOn: IsoDate });
export type BodyCease = v.InferOutput<typeof BodyCease>;

/** The body as it now stands, and how many of its open requests moved to the registry. */
export const BodyCeased = v.object({
  body: Slug,
  ceasedOn: v.string(),
  requestsMoved: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type BodyCeased = v.InferOutput<typeof BodyCeased>;
