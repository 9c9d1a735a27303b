// Days are calendar days 'YYYY-MM-DD', today being the UTC day (like the stored ISO timestamps).
// date-fns computes in local time: a day is read as local midnight and written back from local
// fields, which keeps its arithmetic on whole calendar days whatever the server's time zone.
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';

const DAY_MS = 86_400_000;

/** A day as a Date at local midnight, for date-fns's calendar functions. */
export const dateOfDay = (day: string) => parseISO(day);

/** The local calendar day of a Date, such as one from `dateOfDay` moved by date-fns. */
export const dayOfDate = (date: Date) => format(date, 'yyyy-MM-dd');

/** The UTC calendar day of an instant, today by default (date-fns would give the local day). */
export const today = (now = new Date()) => now.toISOString().slice(0, 10);

/** The day `n` days after (before, when negative) a day. */
export const addDaysToIsoDay = (day: string, n: number) => dayOfDate(addDays(dateOfDay(day), n));

/** Whole days from one day to another (negative when `to` is earlier). */
export const daysBetweenIsoDays = (from: string, to: string) => differenceInCalendarDays(dateOfDay(to), dateOfDay(from));

// Instants count 24-hour days in milliseconds: date-fns's differenceInDays and subDays follow local days across DST.

/** Whole 24-hour days from an instant to `now` (0 when unknown or in the future). */
export const daysSince = (at: string | null, now: Date) => (at ? Math.max(0, Math.floor((now.getTime() - Date.parse(at)) / DAY_MS)) : 0);

/** The instant `days` 24-hour days before `now` (the latest instant whose `daysSince` is `days`). */
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY_MS);
