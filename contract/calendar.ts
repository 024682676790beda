// Days on Tallinn's calendar: mandates, windows, closing dates and exams all run by Estonian days,
// whatever the time zone of the server or of the reader's browser.

// One formatter for the process: building an Intl.DateTimeFormat loads time-zone data and costs
// about half a millisecond, which every catalogue request paid when it was made per call.
// en-CA writes a date as YYYY-MM-DD by default.
const tallinnCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Tallinn' });

const HOUR = 3_600_000;
/** The last hour asked for (ms since 1970 / HOUR) and its day: a pure function's memo, not state. */
let memo = { hour: Number.NaN, day: '' };

/**
 * The calendar day (YYYY-MM-DD) in Estonia at an instant (a Date or an ISO timestamp).
 *
 * Formatting costs a few µs (a profile of the catalogue under load put it at 2 % of a request),
 * so the last UTC hour's answer is kept: since 1970 Tallinn's offset has been whole hours (+2, +3,
 * +4) and its clocks have changed on whole UTC hours, so one UTC hour lies within one Tallinn day.
 * @example tallinnDay(new Date('2026-06-20T21:30:00Z')) // '2026-06-21'
 */
export const tallinnDay = (instant: Date | string): string => {
  const at = new Date(instant);
  const hour = Math.floor(at.getTime() / HOUR);
  if (hour === memo.hour) return memo.day;
  const day = tallinnCalendar.format(at);
  // Before 1970 Tallinn kept offsets of minutes (local mean time): no memo there.
  if (hour >= 0) memo = { hour, day };
  return day;
};

/**
 * A calendar day (YYYY-MM-DD) moved by whole months, clamped to the month's last day.
 * @example addMonthsToDay('2026-08-31', -2) // '2026-06-30'
 */
export function addMonthsToDay(day: string, months: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(date, last));
  return first.toISOString().slice(0, 10);
}

/**
 * A day as the applicant reads it in a sentence.
 * @example formatDay('2026-06-21', 'et') // '21.06.2026'; 'en' gives '21/06/2026'
 */
export const formatDay = (day: string, language: 'et' | 'en'): string => {
  const [y, m, d] = day.split('-');
  return language === 'et' ? `${d}.${m}.${y}` : `${d}/${m}/${y}`;
};
