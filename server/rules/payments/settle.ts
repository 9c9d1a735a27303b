import type { Language } from '../../auth/accounts/account-emails.ts';
import { findRecord, updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { customers } from '../../resources/customers.ts';
import { queueMessage } from '../outbox/queue.ts';
import { declinedMessage, receiptMessage } from './messages.ts';
import { cardName, dollars } from './payment-emails.ts';
import { fromCents, toCents } from './periods.ts';

type Values = Record<string, unknown>;

/** The paying customer as the payment's writer may see them (their own record, for a customer). */
const payerOf = (ctx: WriteContext, payment: Values) => findRecord(ctx.trx, customers, Number(payment.customerId), ctx.user);

/**
 * What a succeeded payment does, in the caller's transaction: the customer's balance lowered by
 * its amount (in cents, exact) together with `changes` (auto-pay's next date) in one logged write,
 * and the receipt queued to the customer's e-mail (stored as failed, for staff, when they have none).
 */
export async function settlePaid(ctx: WriteContext, payment: Values, changes: Values, now: Date): Promise<void> {
  const before = await payerOf(ctx, payment);
  const balance = fromCents(toCents(Number(before.balance ?? 0)) - toCents(Number(payment.amount)));
  const summary = `Paid ${dollars(Number(payment.amount))} with ${cardName(payment.cardBrand, payment.cardLast4)} (${String(payment.gatewayReference)})`;
  const after = await updateLogged(ctx, customers, before, { balance, ...changes }, { summary }, now);
  await queueMessage({ trx: ctx.trx, user: null }, receiptMessage({ customer: after, language: after.language as Language, payment, balance, nextPaymentOn: after.nextPaymentOn as string | null }), now);
}

/** What a declined automatic payment does: `changes` to the customer (the next date), and the notice queued. */
export async function settleDeclined(ctx: WriteContext, payment: Values, changes: Values, now: Date): Promise<void> {
  const before = await payerOf(ctx, payment);
  const after = Object.keys(changes).length ? await updateLogged(ctx, customers, before, changes, { summary: `Automatic payment declined: ${String(payment.failureReason)}` }, now) : before;
  const balance = Number(after.balance ?? 0);
  await queueMessage({ trx: ctx.trx, user: null }, declinedMessage({ customer: after, language: after.language as Language, payment, balance, nextPaymentOn: after.nextPaymentOn as string | null }), now);
}
