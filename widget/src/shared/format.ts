// Numbers, money and dates in the reader's language, through Intl (no formatting tables of our own).
import { type Language, localeOf } from './i18n.ts';

/** Dates and times are the awarding bodies' local ones, whatever the reader's time zone. */
const timeZone = 'Europe/Tallinn';

/**
 * Money kept in integer cents, e.g. 2500 → "25,00 €" (et) or "€25.00" (en).
 * @example formatMoney(3100, 'EUR', 'et') // '31,00 €'
 */
export const formatMoney = (cents: number, currency: string, language: Language): string =>
  new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).format(cents / 100);

/** A percentage given in percent, e.g. 24 → "24%" (en) or "24%" (et); 5.5 keeps its decimal. */
export const formatPercent = (percent: number, language: Language): string =>
  new Intl.NumberFormat(localeOf(language), { style: 'percent', maximumFractionDigits: 2 }).format(
    percent / 100,
  );

/** An ISO date (YYYY-MM-DD) has no time zone; a timestamp is shown on Tallinn's calendar. */
const toDate = (iso: string): { date: Date; timeZone: string } =>
  /^\d{4}-\d{2}-\d{2}$/.test(iso)
    ? { date: new Date(`${iso}T00:00:00Z`), timeZone: 'UTC' }
    : { date: new Date(iso), timeZone };

/** Estonian writes a day in digits ("31.12.2026"); British English reads better with the month's name. */
const dayStyles: Record<Language, Intl.DateTimeFormatOptions> = {
  et: { day: '2-digit', month: '2-digit', year: 'numeric' },
  en: { dateStyle: 'medium' },
};

/** A day, e.g. "31.12.2026" (et) or "31 Dec 2026" (en). */
export function formatDate(iso: string, language: Language): string {
  const { date, timeZone } = toDate(iso);
  return new Intl.DateTimeFormat(localeOf(language), { ...dayStyles[language], timeZone }).format(date);
}

/** A day and time for an exam, e.g. "neljapäev, 12. märts 2026, 10:00". */
export function formatDateTime(iso: string, language: Language): string {
  const { date, timeZone } = toDate(iso);
  return new Intl.DateTimeFormat(localeOf(language), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
  }).format(date);
}

/** A file size limit, e.g. 10485760 → "10 MB". */
export const formatMegabytes = (bytes: number, language: Language): string =>
  new Intl.NumberFormat(localeOf(language), {
    style: 'unit',
    unit: 'megabyte',
    maximumFractionDigits: 1,
  }).format(bytes / (1024 * 1024));

/** A media type as people know it: "application/pdf" → "PDF", "image/jpeg" → "JPEG". */
export const formatMediaType = (mediaType: string): string =>
  (mediaType.split('/')[1] ?? mediaType).replace(/^x-/, '').toUpperCase();

/** A list in the language's own way: "PDF, JPEG ja PNG" / "PDF, JPEG and PNG". */
export const formatList = (
  items: readonly string[],
  language: Language,
  type: 'conjunction' | 'disjunction',
) => new Intl.ListFormat(localeOf(language), { style: 'long', type }).format(items);
