import { z } from 'zod';
import { addDays, addMonths, endOfQuarter, format, startOfISOWeek, startOfMonth, startOfQuarter, subDays, subMonths } from 'date-fns';
import { addDaysToIsoDay, dateOfDay, dayOfDate, daysBetweenIsoDays } from '../dates.ts';
import { badRequest } from '../rest/errors.ts';
import { wholeNumber } from '../rest/schemas.ts';
import type { StatsPeriod } from './types.ts';

/** The longest period a chart may ask for. */
const MAX_PERIOD_DAYS = 3660;


/** Every month `YYYY-MM` from the month of `from` to the month of `to`. */
export function monthsOf(period: StatsPeriod): string[] {
  const months: string[] = [];
  for (let m = startOfMonth(dateOfDay(period.from)); format(m, 'yyyy-MM') <= period.to.slice(0, 7); m = addMonths(m, 1)) {
    months.push(format(m, 'yyyy-MM'));
  }
  return months;
}

/** Default periods, as of a day. */
export const DEFAULT_PERIODS = {
  /** The 1st of the month 11 months ago to today: twelve calendar months. */
  lastTwelveMonths: (today: string): StatsPeriod => ({ from: dayOfDate(startOfMonth(subMonths(dateOfDay(today), 11))), to: today }),
  lastThirtyDays: (today: string): StatsPeriod => ({ from: dayOfDate(subDays(dateOfDay(today), 29)), to: today }),
  thisQuarter: (today: string): StatsPeriod => ({ from: dayOfDate(startOfQuarter(dateOfDay(today))), to: dayOfDate(endOfQuarter(dateOfDay(today))) }),
  thisWeek: (today: string): StatsPeriod => ({ from: dayOfDate(startOfISOWeek(dateOfDay(today))), to: dayOfDate(addDays(startOfISOWeek(dateOfDay(today)), 6)) }),
};

/** A day of the calendar `YYYY-MM-DD`, given as a query string. */
const day = z.iso.date('Must be a day of the calendar, YYYY-MM-DD');

export const periodFields = { from: day.optional(), to: day.optional() };
export const regionField = { regionId: wholeNumber(1, 2 ** 31 - 1).optional() };

/** The period asked for, each missing bound from the default; 400 when reversed or too long. */
export function periodOf(query: { from?: string; to?: string }, fallback: StatsPeriod): StatsPeriod {
  const period = { from: query.from ?? fallback.from, to: query.to ?? fallback.to };
  if (period.from > period.to) throw badRequest('The period ends before it starts', { from: `Must be on or before ${period.to}` });
  if (daysBetweenIsoDays(period.from, period.to) > MAX_PERIOD_DAYS) {
    throw badRequest('The period is too long', { from: 'The period may span 10 years at most' });
  }
  return period;
}

/** The WHERE bounds of a period on an ISO date or date-time column: `>= from` and `< the day after to`. */
export const periodBounds = (period: StatsPeriod) => ({ start: period.from, end: addDaysToIsoDay(period.to, 1) });
