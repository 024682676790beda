// The injected clock: domain code asks it for "now", so tests can fix today.

export type Clock = { now(): Date };

export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at one instant. @example fixedClock('2024-05-15T09:00:00+03:00') */
export function fixedClock(instant: string | Date): Clock {
  const at = new Date(instant);
  return { now: () => new Date(at) };
}

// One formatter for the process: building an Intl.DateTimeFormat loads time-zone data and costs
// about half a millisecond, which every catalogue request paid when it was made per call.
const tallinnCalendar = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Tallinn',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The calendar day (YYYY-MM-DD) in Estonia at an instant: mandates and windows run by Tallinn's days. */
export const tallinnDay = (instant: Date) => tallinnCalendar.format(instant);
