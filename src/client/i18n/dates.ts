/** Dates and times of the client portal in the reader's language (Intl, the current locale). */

/** A calendar day (YYYY-MM-DD) as words: "Mar 1, 2027" / "1 mar 2027". */
export const formatDay = (day: string, locale: string, style: 'medium' | 'full' = 'medium') =>
  new Intl.DateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(Date.parse(`${day}T00:00:00Z`));

/** A wall-clock time (HH:MM, 24:00 for midnight at the end of a day) as the locale writes it: "9:30 AM" / "9:30". */
export const formatWallTime = (time: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(Date.UTC(2024, 0, 1, Number(time.slice(0, 2)), Number(time.slice(3, 5))));

/** An instant as its day and time, on the wall clock of `timeZone` when given (a center's), else the reader's. */
export const formatInstant = (iso: string, locale: string, timeZone?: string) =>
  new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short', timeZone }).format(new Date(iso));

/** The reader's calendar day of an instant: "Mar 1, 2027" / "1 mar 2027". */
export const formatInstantDay = (iso: string, locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(iso));
