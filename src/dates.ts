// The browser's days: calendar days 'YYYY-MM-DD' (as the API stores date-only fields) in the browser's time zone.
import { addDays, format, parseISO } from 'date-fns';

/** The calendar day of a Date in the browser's time zone. */
export const localDay = (date: Date) => format(date, 'yyyy-MM-dd');

/** Today in the browser's time zone. */
export const today = (now = new Date()) => localDay(now);

/** The day `n` days after (before, when negative) a day. */
export const addDaysToIsoDay = (day: string, n: number) => localDay(addDays(parseISO(day), n));

/** A `datetime-local` input's value (the browser's time zone, to the second) for an ISO instant. */
export const toLocalDateTime = (iso: string) => format(parseISO(iso), "yyyy-MM-dd'T'HH:mm:ss");

/** The ISO instant of a `datetime-local` input's value, or null when it is blank. */
export const fromLocalDateTime = (local: string) => (local ? new Date(local).toISOString() : null);
