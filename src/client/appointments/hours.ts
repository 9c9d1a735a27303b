import type { OpeningHours, Weekday } from '../../../server/rules/availability/hours.ts';

// The server's WEEKDAYS and minutesOf, written out again: their module defines the hours' zod
// schema, which the portal's bundle does without.

/** The weekdays of a center's hours, Monday first. */
export const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** The weekday of a calendar day (YYYY-MM-DD). */
export const weekdayOf = (day: string): Weekday => DAYS[(new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7];

/**
 * Is a center open at this time of its wall clock on this day by its weekly hours? Unknown hours
 * say yes: the server decides, closures included.
 */
export function openAt(hours: OpeningHours | null, day: string, time: string): boolean {
  if (!hours) return true;
  const at = minutes(time);
  return hours[weekdayOf(day)].some((slot) => minutes(slot.opens) <= at && at < minutes(slot.closes));
}

/** A weekday's name in the reader's language ("Monday", "lunes"). */
export const weekdayName = (weekday: Weekday, locale: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1 + DAYS.indexOf(weekday)));
