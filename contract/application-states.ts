// The application's states (docs/glossary.md) and the named sets the rules speak of: the one list
// the database enum (db/schema/applications.ts), the API's checks and queries, and the widget's
// status tracker are all built from. Every change between states is an `application_transitions` row.

/**
 * Every state, in the order an application goes through them (the enum's order: do not reorder).
 * @example applicationStates[0] // 'draft'
 */
export const applicationStates = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'admitted',
  'exam_booked',
  'assessed',
  'granted',
  'refused',
  'withdrawn',
  'rejected',
] as const;

/** One of the states. */
export type ApplicationState = (typeof applicationStates)[number];

/** States in which the applicant may still change the application. */
export const editable = ['draft', 'returned'] as const satisfies readonly ApplicationState[];

/** States from which the applicant may withdraw: anything not yet assessed or decided. */
export const withdrawable = [
  'draft',
  'submitted',
  'returned',
  'resubmitted',
  'admitted',
  'exam_booked',
] as const satisfies readonly ApplicationState[];

/** States in which an application holds a place in its exam session. */
export const holdsAPlace = [
  'submitted',
  'returned',
  'resubmitted',
  'admitted',
  'exam_booked',
  'assessed',
] as const satisfies readonly ApplicationState[];

/** States from which the body may send an application back for completion. */
export const returnable = ['submitted', 'resubmitted'] as const satisfies readonly ApplicationState[];

/** States in which a committee sees an application: it decides on it, or has decided. */
export const committee = ['assessed', 'granted', 'refused'] as const satisfies readonly ApplicationState[];

/**
 * Whether `state` is one of `set` (narrowing it), for a state read as a plain string.
 * @example isIn(editable, 'returned') // true
 */
export const isIn = <T extends string>(set: readonly T[], state: string): state is T =>
  (set as readonly string[]).includes(state);
