import type { Kysely } from 'kysely';
import { addColumns, fk, index, req, table } from './builders.ts';

/**
 * Payments (issue 14): customers' saved cards (brand, last four, expiry and the processor's token,
 * never the number), their payments (one auto-pay charge per customer and period: the unique
 * index; one-time payments have no period), and on the customer the plan's amount per period, its
 * next payment date and the card auto-pay charges.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await table(db, 'paymentMethods', {
    customerId: ['integer', fk('customers', true)],
    brand: ['text', req],
    last4: ['text', req],
    expMonth: ['integer', req],
    expYear: ['integer', req],
    label: ['text'],
    gatewayToken: ['text', req],
  });
  await index(db, 'paymentMethods', ['customerId']);
  await table(db, 'payments', {
    customerId: ['integer', fk('customers', true)],
    paymentMethodId: ['integer', fk('paymentMethods')],
    amount: ['double precision', req],
    status: ['text', req],
    kind: ['text', req],
    periodDue: ['text'],
    cardBrand: ['text'],
    cardLast4: ['text'],
    gatewayReference: ['text'],
    failureReason: ['text'],
  });
  await index(db, 'payments', ['customerId', 'periodDue'], true);
  await index(db, 'payments', ['paymentMethodId']);
  await index(db, 'payments', ['createdAt']);
  await addColumns(db, 'customers', { planAmount: ['double precision'], nextPaymentOn: ['text'], autoPayMethodId: ['integer', fk('paymentMethods')] });
  await index(db, 'customers', ['nextPaymentOn']);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('customers_nextPaymentOn').execute();
  for (const column of ['autoPayMethodId', 'nextPaymentOn', 'planAmount']) await db.schema.alterTable('customers').dropColumn(column).execute();
  await db.schema.dropTable('payments').execute();
  await db.schema.dropTable('paymentMethods').execute();
}
