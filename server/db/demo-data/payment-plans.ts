import type { Clock } from './clock.ts';
import type { CustomerStatus } from './plan.ts';
import { dueOnOrAfter, planAmountFor, type PaymentPlan } from '../../rules/payments/periods.ts';

/** What the demo program costs a month; other frequencies pay the same a year. */
export const DEMO_MONTHLY_AMOUNT = 100;

/**
 * A demo customer's plan amount (by frequency: weekly 23.08, bi-weekly 46.15, monthly 100,
 * bi-monthly 200) and, for an active customer, the plan's next date on or after today on the
 * schedule that began with their program. Drawn from nothing random: the other demo data stays as it was.
 */
export function demoPaymentPlan(clock: Clock, plan: PaymentPlan, status: CustomerStatus, startDay: number) {
  return {
    planAmount: planAmountFor(DEMO_MONTHLY_AMOUNT, 'monthly', plan),
    nextPaymentOn: status === 'active' ? dueOnOrAfter(clock.iso(startDay), plan, clock.iso(clock.today)) : null,
  };
}
