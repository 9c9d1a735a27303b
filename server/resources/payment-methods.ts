import { defineResource } from './define.ts';
import { int, ref, text, type RecordOf } from './fields.ts';
import { customers } from './customers.ts';

/**
 * A customer's saved card: what the processor tells of it (brand, last four, expiry) and its token
 * (a server-only column, `gatewayToken`, never in an answer). Never the number or the security
 * code. Added and removed by the payment routes (server/rules/payments/routes.ts).
 */
export const paymentMethods = defineResource({
  name: 'payment-methods',
  table: 'paymentMethods',
  fields: {
    customerId: ref(() => customers).required(),
    brand: text(20).required(),
    last4: text(4).required(),
    expMonth: int(1, 12).required(),
    expYear: int(2000, 2100).required(),
    /** The customer's own name for it ("work card"). */
    label: text(60),
  },
  search: ['brand', 'last4', 'label'],
  readOnly: true,
});

export type PaymentMethod = RecordOf<typeof paymentMethods.fields>;
