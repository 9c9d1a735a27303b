import type { Db } from '../database.ts';
import type { NewRow } from '../schema.ts';
import { addPeriod, type PaymentPlan } from '../../rules/payments/periods.ts';
import type { Clock } from './clock.ts';
import { insertRows } from './insert.ts';

/** A demo card: the sandbox's Visa test card (its token names it; no number is stored), expiring 1–4 years from today. */
function demoCard(clock: Clock, customerId: number, at: string): NewRow<'paymentMethods'> {
  const expMonth = 1 + (customerId % 12);
  const expYear = clock.year(clock.today) + 1 + (customerId % 4);
  return { createdAt: at, updatedAt: at, version: 1, customerId, brand: 'visa', last4: '4242', expMonth, expYear, label: null, gatewayToken: `sandbox_visa_4242_${expMonth}_${expYear}_demo${customerId}` };
}

/**
 * The demo's cards and payments, drawn from nothing random: every active customer on auto-pay
 * gets a sandbox card that auto-pay charges; the demo customer login (customer@example.com, auto-pay
 * off) gets one saved card and their last two plan payments, made with it. Returns the rows written per table.
 */
export async function insertDemoPayments(db: Db, clock: Clock): Promise<{ paymentMethods: number; payments: number }> {
  const at = new Date(clock.nowMs).toISOString();
  const autoPayers = await db.selectFrom('customers').select('id').where('status', '=', 'active').where('autoPay', '=', 1).orderBy('id').execute();
  const cards = await insertRows(db, 'paymentMethods', autoPayers.map((c) => demoCard(clock, c.id, at)));
  await db
    .updateTable('customers')
    .set((eb) => ({ autoPayMethodId: eb.selectFrom('paymentMethods').select((m) => m.fn.min('paymentMethods.id').as('id')).whereRef('paymentMethods.customerId', '=', 'customers.id') }))
    .where('status', '=', 'active')
    .where('autoPay', '=', 1)
    .execute();

  const login = await db
    .selectFrom('users')
    .innerJoin('customers', 'customers.id', 'users.customerId')
    .select(['customers.id', 'customers.paymentPlan', 'customers.planAmount', 'customers.nextPaymentOn'])
    .where('users.email', '=', 'customer@example.com')
    .executeTakeFirst();
  if (!login?.nextPaymentOn || !login.planAmount) return { paymentMethods: cards, payments: 0 };
  const card = await db.insertInto('paymentMethods').values({ ...demoCard(clock, login.id, at), label: 'Everyday card' }).returning('id').executeTakeFirstOrThrow();
  const paid = [2, 1].map((back): NewRow<'payments'> => {
    const day = addPeriod(login.nextPaymentOn!, login.paymentPlan as PaymentPlan, -back);
    const when = `${day}T16:${String(10 + back).padStart(2, '0')}:00.000Z`;
    return {
      createdAt: when,
      updatedAt: when,
      version: 1,
      customerId: login.id,
      paymentMethodId: card.id,
      amount: login.planAmount!,
      status: 'succeeded',
      kind: 'one-time',
      periodDue: null,
      cardBrand: 'visa',
      cardLast4: '4242',
      gatewayReference: `sandbox_ch_demo_${login.id}_${day}`,
      failureReason: null,
    };
  });
  await db.insertInto('payments').values(paid).execute();
  return { paymentMethods: cards + 1, payments: paid.length };
}
