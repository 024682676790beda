// The data tracker (andmejälgija) as the API answers it and the widget reads it: who read or
// changed a person's data, when, for which body, what and why.
import * as v from 'valibot';

/** One read or change of the person's data: when, by whom, at which body, what and why. */
export const TrackerEvent = v.object({
  /** ISO 8601 instant. */
  at: v.string(),
  /** `<entity>.<verb>` as the audit trail names it: `application.read`, `certificate.verified`, … */
  action: v.string(),
  entity: v.string(),
  entityId: v.nullable(v.string()),
  /** Why, as the audit trail keeps it (`application processing`, `verification`, …). */
  purpose: v.nullable(v.string()),
  /** The person's own action (signing in, applying): not someone else's read. */
  byThemselves: v.boolean(),
  actor: v.nullable(v.object({ name: v.string(), role: v.string() })),
  body: v.nullable(v.object({ slug: v.string(), nameEt: v.string(), nameEn: v.string() })),
});
export type TrackerEvent = v.InferOutput<typeof TrackerEvent>;

/** `GET /me/data-tracker`'s answer: newest first, at most `limit` (default 100, at most 500). */
export const DataTracker = v.object({ events: v.array(TrackerEvent) });
export type DataTracker = v.InferOutput<typeof DataTracker>;
