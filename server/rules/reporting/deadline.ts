import { isWeekend } from 'date-fns';
import { addDaysToIsoDay, dateOfDay } from '../../dates.ts';
import { localTime } from '../availability/rules.ts';
import { instantAt } from '../availability/wall-clock.ts';
import type { DEADLINE_UNITS } from '../../resources/choices.ts';

const HOUR_MS = 3_600_000;

/** How long a state gives to report an event. */
export interface Deadline {
  amount: number;
  unit: (typeof DEADLINE_UNITS)[number];
}

/** A day (YYYY-MM-DD) the state's offices count as a business day: not a Saturday, Sunday or one of its holidays. */
export const isBusinessDay = (day: string, holidays: ReadonlySet<string>) => !isWeekend(dateOfDay(day)) && !holidays.has(day);

/** The nth business day after a day (the day itself not counted). */
export function addBusinessDays(day: string, n: number, holidays: ReadonlySet<string>): string {
  let current = day;
  for (let counted = 0; counted < n; ) {
    current = addDaysToIsoDay(current, 1);
    if (isBusinessDay(current, holidays)) counted++;
  }
  return current;
}

/**
 * When an event must have been reported: `hours` after it to the minute; otherwise by the end
 * (23:59 on the state's clock) of the nth calendar or business day after the day it happened there
 * (business days skip weekends and the state's holidays, YYYY-MM-DD).
 */
export function dueAt(eventAt: Date, deadline: Deadline, holidays: readonly string[], timeZone: string): Date {
  if (deadline.unit === 'hours') return new Date(eventAt.getTime() + deadline.amount * HOUR_MS);
  const day = localTime(eventAt, timeZone).day;
  const dueDay = deadline.unit === 'calendar-days' ? addDaysToIsoDay(day, deadline.amount) : addBusinessDays(day, deadline.amount, new Set(holidays));
  return instantAt(dueDay, '23:59', timeZone);
}
