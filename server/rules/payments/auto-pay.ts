import type { Db, Transaction } from '../../db/database.ts';
import { jobForCustomer } from '../../auth/job-actor.ts';
import { forUpdate } from '../../db/dialect.ts';
import { addDaysToIsoDay } from '../../dates.ts';
import { createLogged, findRecord, updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { toRecord } from '../../rest/records.ts';
import { customers } from '../../resources/customers.ts';
import { payments } from '../../resources/payments.ts';
import type { ChargeResult, PaymentGateway } from './gateway.ts';
import { cardName, dollars } from './payment-emails.ts';
import { amountDue, dueOnOrAfter, toCents, type PaymentPlan } from './periods.ts';
import { settleDeclined, settlePaid } from './settle.ts';

type Values = Record<string, unknown>;

/** How the audit log names the job's writes. */
export const AUTO_PAY_JOB = 'Auto-pay';

export interface AutoPayCounts {
  paid: number;
  declined: number;
  /** Due, but nothing was owed: the date moved on without a charge. */
  nothingOwed: number;
  /** The processor could not be asked (or the write failed): the payment stays pending and the next run retries it with the same key. */
  failed: number;
}

/**
 * The plan's next date after a period due on `periodDue`: one period on, or, if that is not after
 * `today` either (the job did not run for a while), the plan's first date after today — missed
 * periods are not charged one by one, what is owed stays on the balance.
 */
export const nextDateAfter = (periodDue: string, plan: PaymentPlan, today: string) => dueOnOrAfter(periodDue, plan, addDaysToIsoDay(today, 1));

/** The processor's key of a period's charge: the same for every attempt at it, so a retried charge is never made twice. */
export const autoPayKey = (customerId: number, periodDue: string) => `auto-pay:${customerId}:${periodDue}`;

const isDue = (customer: Values, today: string) =>
  customer.autoPay === true && customer.autoPayMethodId != null && typeof customer.nextPaymentOn === 'string' && customer.nextPaymentOn <= today && Number(customer.planAmount ?? 0) > 0;

/** The customer's next date after the period's charge, as a change of their record (none when staff moved the date meanwhile). */
function moveOn(customer: Values, periodDue: string, today: string): Values {
  return customer.nextPaymentOn === periodDue ? { nextPaymentOn: nextDateAfter(periodDue, customer.paymentPlan as PaymentPlan, today) } : {};
}

/**
 * Step 1, in one transaction with the customer's row locked: the charge to make — a pending
 * automatic payment left by an earlier run, or a new one recorded pending for the period due (the
 * unique customer-and-period index makes it one per period). When nothing is owed, the date moves
 * on and there is nothing to charge.
 */
async function claim(ctx: WriteContext, customerId: number, today: string, now: Date): Promise<{ payment: Values | null; nothingOwed: boolean }> {
  const { trx } = ctx;
  await forUpdate(trx, trx.selectFrom('customers').select('id').where('id', '=', customerId)).execute();
  const pending = await trx.selectFrom('payments').selectAll().where('customerId', '=', customerId).where('kind', '=', 'auto-pay').where('status', '=', 'pending').orderBy('id').executeTakeFirst();
  if (pending) return { payment: toRecord(payments, pending), nothingOwed: false };
  const customer = await findRecord(trx, customers, customerId, ctx.user);
  if (!isDue(customer, today)) return { payment: null, nothingOwed: false };
  const periodDue = String(customer.nextPaymentOn);
  const done = await trx.selectFrom('payments').select('id').where('customerId', '=', customerId).where('periodDue', '=', periodDue).executeTakeFirst();
  if (done) return { payment: null, nothingOwed: false };
  const amount = amountDue(customer.planAmount as number, customer.balance as number | null);
  if (amount <= 0) {
    await updateLogged(ctx, customers, customer, moveOn(customer, periodDue, today), { summary: `Nothing owed on ${periodDue}: auto-pay charged nothing` }, now);
    return { payment: null, nothingOwed: true };
  }
  const card = await trx.selectFrom('paymentMethods').select(['id', 'brand', 'last4']).where('id', '=', Number(customer.autoPayMethodId)).executeTakeFirstOrThrow();
  const payment = await createLogged(
    ctx,
    payments,
    { customerId, paymentMethodId: card.id, amount, status: 'pending', kind: 'auto-pay', periodDue, cardBrand: card.brand, cardLast4: card.last4, gatewayReference: null, failureReason: null },
    { summary: `Automatic payment of ${dollars(amount)} due ${periodDue} to ${cardName(card.brand, card.last4)}` },
    now,
  );
  return { payment, nothingOwed: false };
}

/** Step 2, outside any transaction: the processor's answer for the period's charge (its key makes a repeated ask answer the first result). */
async function charge(db: Db, gateway: PaymentGateway, payment: Values, today: string): Promise<ChargeResult> {
  const card = payment.paymentMethodId == null ? undefined : await db.selectFrom('paymentMethods').select('gatewayToken').where('id', '=', Number(payment.paymentMethodId)).executeTakeFirst();
  if (!card) return { ok: false, reason: 'The card was removed' };
  const customerId = Number(payment.customerId);
  const periodDue = String(payment.periodDue);
  return gateway.charge({ token: card.gatewayToken, amountCents: toCents(Number(payment.amount)), idempotencyKey: autoPayKey(customerId, periodDue), description: `Interlock automatic payment due ${periodDue}` }, today);
}

/** Step 3, in one transaction: the pending payment settled (succeeded: balance lowered, receipt; declined: reason, notice) and the date moved on. */
async function settle(ctx: WriteContext, payment: Values, result: ChargeResult, today: string, now: Date): Promise<'paid' | 'declined' | null> {
  const { trx } = ctx;
  await forUpdate(trx, trx.selectFrom('customers').select('id').where('id', '=', Number(payment.customerId))).execute();
  const current = await findRecord(trx, payments, Number(payment.id), ctx.user);
  if (current.status !== 'pending') return null;
  const customer = await findRecord(trx, customers, Number(payment.customerId), ctx.user);
  const changes = moveOn(customer, String(payment.periodDue), today);
  if (result.ok) {
    const paid = await updateLogged(ctx, payments, current, { status: 'succeeded', gatewayReference: result.reference }, { summary: `Charged: ${result.reference}` }, now);
    await settlePaid(ctx, paid, changes, now);
    return 'paid';
  }
  const declined = await updateLogged(ctx, payments, current, { status: 'declined', failureReason: result.reason }, { summary: `Declined: ${result.reason}` }, now);
  await settleDeclined(ctx, declined, changes, now);
  return 'declined';
}

/** One customer's automatic payment (see runAutoPay). */
async function autoPayCustomer(db: Db, gateway: PaymentGateway, customerId: number, today: string, now: Date): Promise<keyof AutoPayCounts | null> {
  const inJob = (trx: Transaction) => jobForCustomer(trx, customerId, AUTO_PAY_JOB);
  const { payment, nothingOwed } = await db.transaction().execute((trx) => claim(inJob(trx), customerId, today, now));
  if (!payment) return nothingOwed ? 'nothingOwed' : null;
  const result = await charge(db, gateway, payment, today);
  return db.transaction().execute((trx) => settle(inJob(trx), payment, result, today, now));
}

/**
 * Charges every auto-pay customer whose plan's next date is today or past: the plan's amount (never
 * more than the balance), to their auto-pay card, once per period — recorded pending before the
 * processor is asked, with a key made of the customer and the period, so a run interrupted after
 * the charge settles it on the next run without charging again, and a second run charges nothing.
 * A success lowers the balance and queues a receipt; a decline is recorded with the processor's
 * reason and queues a notice. Either way the date moves on to the plan's next date (a declined
 * period is not retried: the balance still holds it, and the customer is told).
 */
export async function runAutoPay(db: Db, gateway: PaymentGateway, today: string, options: { now?: Date; log?: (message: string, error?: unknown) => void } = {}): Promise<AutoPayCounts> {
  const now = options.now ?? new Date();
  const counts: AutoPayCounts = { paid: 0, declined: 0, nothingOwed: 0, failed: 0 };
  const due = await db
    .selectFrom('customers')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('autoPay', '=', 1), eb('autoPayMethodId', 'is not', null), eb('nextPaymentOn', '<=', today), eb('planAmount', '>', 0)]),
        eb.exists(eb.selectFrom('payments').select('payments.id').whereRef('payments.customerId', '=', 'customers.id').where('payments.status', '=', 'pending')),
      ]),
    )
    .orderBy('id')
    .execute();
  for (const { id } of due) {
    try {
      const outcome = await autoPayCustomer(db, gateway, id, today, now);
      if (outcome) counts[outcome] += 1;
    } catch (error) {
      counts.failed += 1;
      options.log?.(`Auto-pay: customer ${id} failed`, error);
    }
  }
  return counts;
}
