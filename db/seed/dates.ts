// Calendar arithmetic for seed data placed relative to the injected clock.

/** `YYYY-MM-DD` of an instant, in UTC. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

export function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

/** Same day of month `months` later (or earlier), clamped to the month's last day. */
export function addMonths(d: Date, months: number): Date {
  const r = new Date(d);
  const day = r.getUTCDate();
  r.setUTCDate(1);
  r.setUTCMonth(r.getUTCMonth() + months);
  const last = new Date(Date.UTC(r.getUTCFullYear(), r.getUTCMonth() + 1, 0)).getUTCDate();
  r.setUTCDate(Math.min(day, last));
  return r;
}

/** 10:00 Tallinn time (UTC+2 or +3; 07:00 UTC is within both) on the given day. */
export const examMorning = (d: Date): Date => new Date(`${isoDay(d)}T07:00:00Z`);
