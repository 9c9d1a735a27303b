import { endOfQuarter, endOfWeek, isValid, parseISO, startOfQuarter, startOfWeek, subDays, subMonths } from 'date-fns';
import { localDay } from '../dates.ts';

export const PERIOD_PRESETS = ['this-week', 'this-quarter', 'last-30-days', 'last-90-days', 'last-12-months', 'custom'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

/** What a period picker stores: a preset, or custom bounds (yyyy-MM-dd) typed by the user. */
export interface Period {
  preset: PeriodPreset;
  from?: string;
  to?: string;
}

/** The days a chart asks the server about, both inclusive, as yyyy-MM-dd. */
export interface DateRange {
  from: string;
  to: string;
}

const validDay = (value: string | undefined): value is string => !!value && /^\d{4}-\d{2}-\d{2}$/.test(value) && isValid(parseISO(value));

/**
 * The range a period stands for on `today`. A custom period with a missing, invalid or reversed
 * bound is not a range yet (null): the chart keeps asking for nothing until it is.
 */
export function periodRange(period: Period, today = new Date()): DateRange | null {
  switch (period.preset) {
    case 'this-week':
      return { from: localDay(startOfWeek(today, { weekStartsOn: 1 })), to: localDay(endOfWeek(today, { weekStartsOn: 1 })) };
    case 'this-quarter':
      // the whole quarter: what is due by its end counts too
      return { from: localDay(startOfQuarter(today)), to: localDay(endOfQuarter(today)) };
    case 'last-30-days':
      return { from: localDay(subDays(today, 29)), to: localDay(today) };
    case 'last-90-days':
      return { from: localDay(subDays(today, 89)), to: localDay(today) };
    case 'last-12-months':
      return { from: localDay(subMonths(today, 12)), to: localDay(today) };
    case 'custom':
      return validDay(period.from) && validDay(period.to) && period.from <= period.to ? { from: period.from, to: period.to } : null;
  }
}
