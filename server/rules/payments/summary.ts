import { amountDue } from './periods.ts';

/** What the next payment needs to know of a customer. */
export interface PaymentFacts {
  planAmount: number | null;
  nextPaymentOn: string | null;
  balance: number | null;
  autoPay: boolean;
}

export interface NextPayment {
  /** YYYY-MM-DD. */
  dueOn: string;
  amount: number;
  /** Charged automatically to the saved card on that day. */
  autoPay: boolean;
}

/**
 * The customer's next payment (for the portal's dashboard and payments page): on the plan's next
 * date, the plan's amount but never more than the balance; null without a plan amount or date,
 * or when nothing is owed. Pure: the server and the portal share it.
 */
export function nextPaymentOf(customer: PaymentFacts): NextPayment | null {
  if (customer.nextPaymentOn === null) return null;
  const amount = amountDue(customer.planAmount, customer.balance);
  return amount > 0 ? { dueOn: customer.nextPaymentOn, amount, autoPay: customer.autoPay } : null;
}
