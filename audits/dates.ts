// Calendar-date arithmetic on `YYYY-MM-DD` strings, in whole days, without the clock or a time zone.
// Day numbers are days since 1970-01-01 (proleptic Gregorian; H. Hinnant's civil-date algorithms).
import type { IsoDate } from './types.ts';

const DIGIT0 = 48;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let i = from; i < from + count; i++) {
    const d = s.charCodeAt(i) - DIGIT0;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function civilFromDays(z: number): [number, number, number] {
  const zz = z + 719468;
  const era = Math.floor(zz / 146097);
  const doe = zz - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

function format(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`;
}

function parts(date: IsoDate): [number, number, number] {
  const ok = typeof date === 'string' && date.length >= 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45 && (date.length === 10 || date[10] === 'T');
  const y = ok ? digits(date, 0, 4) : -1;
  const m = ok ? digits(date, 5, 2) : -1;
  const d = ok ? digits(date, 8, 2) : -1;
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) throw new RangeError(`not an ISO calendar date (YYYY-MM-DD): ${String(date)}`);
  return [y, m, d];
}

/** Days since 1970-01-01 (throws RangeError on anything but a valid date). */
export function dayNumber(date: IsoDate): number {
  const [y, m, d] = parts(date);
  return daysFromCivil(y, m, d);
}

/** The date of a day number. */
export function fromDayNumber(day: number): IsoDate {
  const [y, m, d] = civilFromDays(day);
  return format(y, m, d);
}

/** The date part of a valid date or timestamp, `YYYY-MM-DD`. */
export function toIsoDate(date: IsoDate): IsoDate {
  const [y, m, d] = parts(date);
  return date.length === 10 ? date : format(y, m, d);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Calendar months; the day is clamped to the target month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const ty = Math.floor(index / 12);
  const tm = index - ty * 12 + 1;
  return format(ty, tm, Math.min(d, daysInMonth(ty, tm)));
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}
