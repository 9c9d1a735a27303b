import { addMonths, differenceInCalendarDays } from 'date-fns';
import type { StateGeography } from './geography.ts';

const DAY_MS = 86_400_000;
const EPOCH = new Date(1970, 0, 1);

/**
 * Calendar arithmetic for the generator. A day is a whole number (days since 1970-01-01 of the
 * calendar date), so dates are plain integers and 'YYYY-MM-DD' strings do not depend on the
 * machine's time zone; times of day are local to a center's state and stored as UTC instants.
 */
export class Clock {
  /** The calendar date of `today` (its local date). */
  readonly today: number;
  /** The instant of `today`: what is past and what is future. */
  readonly nowMs: number;

  constructor(today: Date) {
    this.today = differenceInCalendarDays(today, EPOCH);
    this.nowMs = today.getTime();
  }

  private readonly isoCache = new Map<number, string>();
  private readonly dstCache = new Map<number, boolean>();
  private readonly monthCache = new Map<number, number>();

  iso(day: number): string {
    let text = this.isoCache.get(day);
    if (text === undefined) this.isoCache.set(day, (text = new Date(day * DAY_MS).toISOString().slice(0, 10)));
    return text;
  }

  year(day: number): number {
    return new Date(day * DAY_MS).getUTCFullYear();
  }

  /** 0 = Sunday … 6 = Saturday. */
  weekday(day: number): number {
    return (((day + 4) % 7) + 7) % 7;
  }

  /** The same calendar date `months` later (earlier when negative), clamped to the month's end. */
  addMonths(day: number, months: number): number {
    const key = day * 1000 + months;
    let result = this.monthCache.get(key);
    if (result === undefined) this.monthCache.set(key, (result = this.computeAddMonths(day, months)));
    return result;
  }

  private computeAddMonths(day: number, months: number): number {
    const utc = new Date(day * DAY_MS);
    const local = new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate());
    return differenceInCalendarDays(addMonths(local, months), EPOCH);
  }

  /** The UTC instant of a local wall-clock time (minutes after midnight) on a day in a state. */
  instant(day: number, minutes: number, geo: StateGeography): number {
    const offset = geo.utcOffset + (geo.dst && this.daylight(day) ? 1 : 0);
    return day * DAY_MS + (minutes - offset * 60) * 60_000;
  }

  /** The calendar day of a UTC instant as seen in a state (ignoring the DST switch hour). */
  dayOf(ms: number, geo: StateGeography): number {
    return Math.floor((ms + geo.utcOffset * 3_600_000) / DAY_MS);
  }

  private daylight(day: number): boolean {
    let dst = this.dstCache.get(day);
    if (dst === undefined) this.dstCache.set(day, (dst = this.isUsDaylightTime(day)));
    return dst;
  }

  /** US daylight time: from the second Sunday of March to the first Sunday of November. */
  private isUsDaylightTime(day: number): boolean {
    const date = new Date(day * DAY_MS);
    const month = date.getUTCMonth();
    if (month > 2 && month < 10) return true;
    if (month < 2 || month > 10) return false;
    const firstOfMonth = new Date(Date.UTC(date.getUTCFullYear(), month, 1)).getUTCDay();
    const firstSunday = 1 + ((7 - firstOfMonth) % 7);
    return month === 2 ? date.getUTCDate() >= firstSunday + 7 : date.getUTCDate() < firstSunday;
  }
}

export const isoTime = (ms: number) => new Date(ms).toISOString();
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export { DAY_MS };
