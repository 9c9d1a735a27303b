import { z } from 'zod';

/** The weekdays of a center's opening hours, Monday first, as Intl's short English names give them. */
export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const WEEKDAY_NAMES: Record<Weekday, string> = {
  mon: 'Mondays',
  tue: 'Tuesdays',
  wed: 'Wednesdays',
  thu: 'Thursdays',
  fri: 'Fridays',
  sat: 'Saturdays',
  sun: 'Sundays',
};

/** A wall-clock time HH:MM; a closing time may be 24:00 (open until midnight). */
const TIME = /^(?:[01]\d|2[0-3]):[0-5]\d$/;
const time = (closing: boolean) =>
  z.string().refine((value) => TIME.test(value) || (closing && value === '24:00'), closing ? 'A time HH:MM (00:00–24:00)' : 'A time HH:MM (00:00–23:59)');

/** A wall-clock time HH:MM of the day (00:00–23:59). */
export const wallTime = time(false);

/** Minutes after midnight of a valid HH:MM. */
export const minutesOf = (value: string) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));

const interval = z
  .strictObject({ opens: time(false), closes: time(true) })
  .refine(({ opens, closes }) => minutesOf(closes) > minutesOf(opens), { message: 'Closes after it opens', path: ['closes'] });
export type Interval = z.infer<typeof interval>;

/** One day's opening intervals, in order and apart (a lunch break makes two); none: closed. */
const day = z
  .array(interval)
  .max(3, 'At most 3 opening intervals a day')
  .refine((list) => list.every((slot, i) => i === 0 || minutesOf(slot.opens) >= minutesOf(list[i - 1].closes)), 'Intervals in order, not overlapping');

/** A center's weekly opening hours in its local time: every weekday, each with its intervals. */
export const openingHoursSchema = z.strictObject(Object.fromEntries(WEEKDAYS.map((weekday) => [weekday, day])) as Record<Weekday, typeof day>);
export type OpeningHours = z.infer<typeof openingHoursSchema>;
