import { WEEKDAYS, WEEKDAY_NAMES, openingHoursSchema, type Interval, type OpeningHours, type Weekday } from '../../../server/rules/availability/hours.ts';

export { WEEKDAYS, type Interval, type OpeningHours, type Weekday };

const WORKDAY: Interval[] = [{ opens: '08:00', closes: '17:00' }];

/** Where a center that had no structured hours starts: weekdays 08:00–17:00, closed at the weekend. */
export const DEFAULT_WEEK: OpeningHours = { mon: WORKDAY, tue: WORKDAY, wed: WORKDAY, thu: WORKDAY, fri: WORKDAY, sat: [], sun: [] };

/** A day's hours with one more interval: after the last one (an hour later), or the working day. */
export function withInterval(day: readonly Interval[]): Interval[] {
  const last = day.at(-1);
  if (!last) return WORKDAY;
  const hour = Math.min(23, Number(last.closes.slice(0, 2)) + 1);
  const opens = `${String(hour).padStart(2, '0')}:00`;
  return [...day, { opens, closes: hour === 23 ? '24:00' : `${String(hour + 1).padStart(2, '0')}:00` }];
}

/** The first problem of a week of hours as the server would find it ("Mondays: Closes after it opens"), or undefined. */
export function hoursProblem(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const result = openingHoursSchema.safeParse(value);
  if (result.success) return undefined;
  const [issue] = result.error.issues;
  const weekday = WEEKDAY_NAMES[issue.path[0] as Weekday];
  return weekday ? `${weekday}: ${issue.message}` : issue.message;
}

/** Where the first problem is: the weekday and interval it concerns (for the editor to mark). */
export function problemAt(value: unknown): { weekday: string; index?: number } | undefined {
  if (value === null || value === undefined) return undefined;
  const result = openingHoursSchema.safeParse(value);
  if (result.success) return undefined;
  const [weekday, index] = result.error.issues[0].path;
  return { weekday: String(weekday), index: typeof index === 'number' ? index : undefined };
}

/** A day's hours as they read: "08:00–12:00, 13:00–17:00", or null when closed. */
export const dayText = (slots: readonly Interval[]) => (slots.length ? slots.map((slot) => `${slot.opens}–${slot.closes}`).join(', ') : null);
