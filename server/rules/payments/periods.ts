import { addMonths, addWeeks } from 'date-fns';
import { dateOfDay, dayOfDate } from '../../dates.ts';
import type { PAYMENT_PLANS } from '../../resources/choices.ts';

/** How often a customer pays: weekly, bi-weekly (every two weeks), monthly, bi-monthly (every two months). */
export type PaymentPlan = (typeof PAYMENT_PLANS)[number];

const PERIODS_PER_YEAR: Record<PaymentPlan, number> = { weekly: 52, 'bi-weekly': 26, monthly: 12, 'bi-monthly': 6 };

/** The day one period after `day` (YYYY-MM-DD); a month from the 31st is the month's last day. */
export function addPeriod(day: string, plan: PaymentPlan, periods = 1): string {
  const date = dateOfDay(day);
  switch (plan) {
    case 'weekly':
      return dayOfDate(addWeeks(date, periods));
    case 'bi-weekly':
      return dayOfDate(addWeeks(date, 2 * periods));
    case 'monthly':
      return dayOfDate(addMonths(date, periods));
    case 'bi-monthly':
      return dayOfDate(addMonths(date, 2 * periods));
  }
}

/** The first day of the plan's schedule from `anchor` (anchor + k periods, k ≥ 0, each counted from the anchor) on or after `day`. */
export function dueOnOrAfter(anchor: string, plan: PaymentPlan, day: string): string {
  if (anchor >= day) return anchor;
  // A period is at most 62 days: start a little short and step forward.
  const days = (dateOfDay(day).getTime() - dateOfDay(anchor).getTime()) / 86_400_000;
  let k = Math.max(0, Math.floor((days * PERIODS_PER_YEAR[plan]) / 366) - 1);
  while (addPeriod(anchor, plan, k) < day) k++;
  return addPeriod(anchor, plan, k);
}

/** Money as whole cents, so that sums and comparisons stay exact. */
export const toCents = (amount: number) => Math.round(amount * 100);
export const fromCents = (cents: number) => cents / 100;

/** A plan's amount per period moved to another frequency: the same amount a year, rounded to the cent. */
export function planAmountFor(amount: number, from: PaymentPlan, to: PaymentPlan): number {
  return fromCents(Math.round((toCents(amount) * PERIODS_PER_YEAR[from]) / PERIODS_PER_YEAR[to]));
}

/** What a period's payment asks: the plan's amount, never more than the balance (nothing when nothing is owed). */
export function amountDue(planAmount: number | null, balance: number | null): number {
  return fromCents(Math.max(0, Math.min(toCents(planAmount ?? 0), toCents(balance ?? 0))));
}
