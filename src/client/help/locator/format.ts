import type { Interval, OpeningHours, Weekday } from '../../../../server/rules/availability/hours.ts';

/** Monday first, as the server's hours keep them (listed here so the portal does not load the server's validation). */
const WEEK: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
/** 2024-01-01 was a Monday: the day names of a locale are read off that week. */
const MONDAY = Date.UTC(2024, 0, 1);
const DAY_MS = 86_400_000;

/** The portal's locales as Intl tags (US conventions in English, US Spanish's in Spanish). */
export const intlTag = (locale: string) => (locale === 'es' ? 'es-US' : 'en-US');

/** A distance in miles to one decimal: "2.3 mi", "2,3 mi". */
export const formatMiles = (locale: string, miles: number) =>
  new Intl.NumberFormat(intlTag(locale), { style: 'unit', unit: 'mile', unitDisplay: 'short', maximumFractionDigits: 1 }).format(miles);

/** One line of a week's hours: the days it covers ("Mon–Fri") and their hours, or null when closed. */
export interface HoursLine {
  days: string;
  times: string | null;
}

const sameHours = (a: readonly Interval[], b: readonly Interval[]) => JSON.stringify(a) === JSON.stringify(b);

/** A center's weekly hours as lines of consecutive days with the same hours, in the locale's words ("Mon–Fri 8:00 AM–5:00 PM"). */
export function weekLines(hours: OpeningHours, locale: string): HoursLine[] {
  const tag = intlTag(locale);
  const dayName = new Intl.DateTimeFormat(tag, { weekday: 'short', timeZone: 'UTC' });
  const time = new Intl.DateTimeFormat(tag, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
  const nameOf = (index: number) => dayName.format(new Date(MONDAY + index * DAY_MS));
  const timeOf = (value: string) => time.format(new Date(MONDAY + (Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5))) * 60_000));
  const lines: HoursLine[] = [];
  let start = 0;
  WEEK.forEach((weekday, i) => {
    const next = WEEK[i + 1];
    if (next !== undefined && sameHours(hours[weekday], hours[next])) return;
    const slots = hours[weekday];
    lines.push({
      days: start === i ? nameOf(i) : `${nameOf(start)}–${nameOf(i)}`,
      times: slots.length ? slots.map((slot) => `${timeOf(slot.opens)}–${timeOf(slot.closes)}`).join(', ') : null,
    });
    start = i + 1;
  });
  return lines;
}
