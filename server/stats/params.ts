import { z } from 'zod';
import { addDays, addMonths, endOfQuarter, format, isValid, parseISO, startOfISOWeek, startOfMonth, startOfQuarter, subDays, subMonths } from 'date-fns';
import { badRequest, fieldErrors } from '../rest/errors.ts';
import type { StatsPeriod } from './types.ts';

/** The longest period a chart may ask for. */
const MAX_PERIOD_DAYS = 3660;

const DAY_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** `YYYY-MM-DD` of an instant (UTC, like the stored ISO dates). */
export const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** A day `YYYY-MM-DD` as a Date at UTC midnight. */
const utc = (day: string) => new Date(`${day}T00:00:00.000Z`);

/** The day `n` days after (before, when negative) a day. */
export const shiftDay = (day: string, n: number) => isoDay(new Date(utc(day).getTime() + n * 86_400_000));

/** Whole days from one day to another (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string) => Math.round((utc(to).getTime() - utc(from).getTime()) / 86_400_000);

/** Every month `YYYY-MM` from the month of `from` to the month of `to`. */
export function monthsOf(period: StatsPeriod): string[] {
  const months: string[] = [];
  for (let m = startOfMonth(parseISO(period.from)); format(m, 'yyyy-MM') <= period.to.slice(0, 7); m = addMonths(m, 1)) {
    months.push(format(m, 'yyyy-MM'));
  }
  return months;
}

const local = (day: string) => parseISO(day);
const fmt = (date: Date) => format(date, 'yyyy-MM-dd');

/** Default periods, as of a day. */
export const DEFAULT_PERIODS = {
  /** The 1st of the month 11 months ago to today: twelve calendar months. */
  lastTwelveMonths: (today: string): StatsPeriod => ({ from: fmt(startOfMonth(subMonths(local(today), 11))), to: today }),
  lastThirtyDays: (today: string): StatsPeriod => ({ from: fmt(subDays(local(today), 29)), to: today }),
  thisQuarter: (today: string): StatsPeriod => ({ from: fmt(startOfQuarter(local(today))), to: fmt(endOfQuarter(local(today))) }),
  thisWeek: (today: string): StatsPeriod => ({ from: fmt(startOfISOWeek(local(today))), to: fmt(addDays(startOfISOWeek(local(today)), 6)) }),
};

const day = z
  .string()
  .regex(DAY_PATTERN, 'Must be a day YYYY-MM-DD')
  .refine((s) => isValid(parseISO(s)) && fmt(parseISO(s)) === s, 'Not a day of the calendar');

/** A whole number from `min` to `max`, given as a query string. */
export const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, `Must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .refine((n) => n >= min && n <= max, `Must be a whole number from ${min} to ${max}`);

export const periodFields = { from: day.optional(), to: day.optional() };
export const regionField = { regionId: wholeNumber(1, 2 ** 31 - 1).optional() };

/** Parses a query string against a strict schema: 400 with the fields' errors otherwise. */
export function parseQuery<T extends z.ZodRawShape>(shape: T, query: unknown): z.infer<z.ZodObject<T>> {
  const result = z.strictObject(shape).safeParse(query ?? {});
  if (!result.success) throw badRequest('Invalid query parameters', fieldErrors(result.error));
  return result.data;
}

/** The period asked for, each missing bound from the default; 400 when reversed or too long. */
export function periodOf(query: { from?: string; to?: string }, fallback: StatsPeriod): StatsPeriod {
  const period = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  if (period.from > period.to) throw badRequest('The period ends before it starts', { from: `Must be on or before ${period.to}` });
  if (daysBetween(period.from, period.to) > MAX_PERIOD_DAYS) {
    throw badRequest('The period is too long', { from: 'The period may span 10 years at most' });
  }
  return period;
}

/** The WHERE bounds of a period on an ISO date or date-time column: `>= from` and `< the day after to`. */
export const periodBounds = (period: StatsPeriod) => ({ start: period.from, end: shiftDay(period.to, 1) });
