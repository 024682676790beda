// Days on Tallinn's calendar: mandates, windows, closing dates and exams all run by Estonian days,
// whatever the time zone of the server or of the reader's browser.

// One formatter for the process: building an Intl.DateTimeFormat loads time-zone data and costs
// about half a millisecond, which every catalogue request paid when it was made per call.
// en-CA writes a date as YYYY-MM-DD by default.
const tallinnCalendar = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Tallinn' });

/**
 * The calendar day (YYYY-MM-DD) in Estonia at an instant (a Date or an ISO timestamp).
 * @example tallinnDay(new Date('2026-06-20T21:30:00Z')) // '2026-06-21'
 */
export const tallinnDay = (instant: Date | string): string => tallinnCalendar.format(new Date(instant));

/**
 * tallinnDay for the API's hot paths (every guarded request, every catalogue read), which ask for
 * the same hour again and again: formatting costs ~10 µs, a tenth of the catalogue's own work per
 * request (bench/catalogue-throughput.ts). Since 1921 Tallinn's offset from UTC has been whole
 * hours, so its days turn over on UTC's hours and the last hour's day is kept: a pure function's
 * answer, not state. Apart from tallinnDay so that the widget, which asks rarely, does not bundle it.
 */
export function cachedTallinnDay(instant: Date): string {
  const ms = instant.getTime();
  const hour = Math.floor(ms / HOUR);
  if (hour === lastHour.hour && ms >= WHOLE_HOURS_SINCE) return lastHour.day;
  const day = tallinnCalendar.format(ms);
  if (ms >= WHOLE_HOURS_SINCE) lastHour = { hour, day };
  return day;
}

const HOUR = 3_600_000;
const WHOLE_HOURS_SINCE = Date.UTC(1921, 4, 1);
let lastHour = { hour: Number.NaN, day: '' };

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
