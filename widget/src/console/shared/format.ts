// The console's dates: short enough for a table cell, on Tallinn's clock as the widget's are.
import { type Language, localeOf } from '../../shared/i18n.ts';

/**
 * A moment as day and time, e.g. "12.03.2026 10:00" (et) or "12 Mar 2026, 10:00" (en).
 * @example formatMoment('2026-03-12T08:00:00Z', 'et') // '12.03.2026 10:00'
 */
export const formatMoment = (iso: string, language: Language): string =>
  new Intl.DateTimeFormat(localeOf(language), {
    ...(language === 'et' ? { day: '2-digit', month: '2-digit', year: 'numeric' } : { dateStyle: 'medium' }),
    ...(language === 'et' ? { hour: '2-digit', minute: '2-digit' } : { timeStyle: 'short' }),
    timeZone: 'Europe/Tallinn',
  } as Intl.DateTimeFormatOptions).format(new Date(iso));

/** An exam session as a choice reads it: when and where. */
export const sessionLabel = (session: { startsAt: string; place: string }, language: Language): string =>
  `${formatMoment(session.startsAt, language)}, ${session.place}`;
