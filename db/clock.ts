// The injected clock: domain code asks it for "now", so tests can fix today.
// The day in Tallinn at an instant is contract/calendar.ts's tallinnDay (the widget needs it too).

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant. @example fixedClock('2024-05-15T09:00:00+03:00') */
export function fixedClock(instant: string | Date): Clock {
  const at = new Date(instant);
  return { now: () => new Date(at) };
}
