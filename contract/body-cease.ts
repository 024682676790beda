// An awarding body that stops acting (POST /admin/bodies/:body/cease, registry admins): the day it
// ceased, and what the registry took over; and the bodies as the registry's console lists them
// (GET /admin/bodies). From that day its certificates' owners' requests go to
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

/** An awarding body as the registry's console lists it: its name in the request's language. */
export const AwardingBodyRow = v.object({
  slug: Slug,
  name: v.string(),
  /** The day it ceased; null while it acts. */
  ceasedOn: v.nullable(IsoDate),
  /** A demo body, marked so that no one mistakes it for a real one. */
  fictional: v.boolean(),
});
export type AwardingBodyRow = v.InferOutput<typeof AwardingBodyRow>;

/** Every awarding body, sorted by name. */
export const AwardingBodyList = v.object({ bodies: v.array(AwardingBodyRow) });
export type AwardingBodyList = v.InferOutput<typeof AwardingBodyList>;
