import { defineResource } from './define.ts';
import { choice, date, money, ref, text, type RecordOf } from './fields.ts';
import { PAYMENT_KINDS, PAYMENT_STATUSES } from './choices.ts';
import { customers } from './customers.ts';
import { paymentMethods } from './payment-methods.ts';

/**
 * A charge to a customer's card: a one-time payment (recorded when it succeeded) or an auto-pay
 * charge for the plan's period due on `periodDue` (one per customer and period: recorded pending
 * before the charge, then succeeded or declined). Written by the payment routes and the auto-pay job.
 */
export const payments = defineResource({
  name: 'payments',
  table: 'payments',
  fields: {
    customerId: ref(() => customers).required(),
    /** The card charged, while it is on file (its brand and last four stay on the payment). */
    paymentMethodId: ref(() => paymentMethods),
    amount: money(0, 1_000_000).required(),
    status: choice(PAYMENT_STATUSES).required(),
    kind: choice(PAYMENT_KINDS).required(),
    periodDue: date(),
    cardBrand: text(20),
    cardLast4: text(4),
    gatewayReference: text(200),
    failureReason: text(500),
  },
  search: ['gatewayReference', 'failureReason', 'cardLast4'],
  readOnly: true,
});

export type Payment = RecordOf<typeof payments.fields>;
