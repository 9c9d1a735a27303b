import { z } from 'zod';
import { addDays, addMonths, endOfQuarter, format, parseISO, startOfISOWeek, startOfMonth, startOfQuarter, subDays, subMonths } from 'date-fns';
import { badRequest } from '../rest/errors.ts';
import { wholeNumber } from '../rest/schemas.ts';
import type { StatsPeriod } from './types.ts';

/** The longest period a chart may ask for. */
const MAX_PERIOD_DAYS = 3660;

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

/** A day of the calendar `YYYY-MM-DD`, given as a query string. */
const day = z.iso.date('Must be a day of the calendar, YYYY-MM-DD');

export const periodFields = { from: day.optional(), to: day.optional() };
export const regionField = { regionId: wholeNumber(1, 2 ** 31 - 1).optional() };

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
