// Calendar-date arithmetic on `YYYY-MM-DD` strings, in UTC days, without the clock or a time zone.
import type { IsoDate } from './types.ts';

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const MS_PER_DAY = 86_400_000;

function parts(date: IsoDate): [number, number, number] {
  const m = typeof date === 'string' ? DATE.exec(date) : null;
  if (!m) throw new RangeError(`not an ISO date (YYYY-MM-DD): ${String(date)}`);
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) throw new RangeError(`not a calendar date: ${date}`);
  return [y, mo, d];
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function format(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Days since 1970-01-01 (throws RangeError on anything but a valid date). */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The date part of a valid date or timestamp, `YYYY-MM-DD`. */
export function toIsoDate(date: IsoDate): IsoDate {
  return format(dayNumber(date));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return format(dayNumber(date) + days);
}

/** Calendar months; the day is clamped to the target month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  const day = Math.min(d, daysInMonth(ty, tm));
  return format(Date.UTC(ty, tm - 1, day) / MS_PER_DAY);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
