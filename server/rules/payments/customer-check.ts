import type { Transaction } from '../../db/database.ts';
import { today } from '../../dates.ts';
import { badRequest, conflict } from '../../rest/errors.ts';
import { cardExpired } from './cards.ts';
import { planAmountFor, type PaymentPlan } from './periods.ts';

type Values = Record<string, unknown>;

/** The customer's own saved card with this id, or null (another customer's card is as unknown as a missing one). */
async function ownCard(trx: Transaction, customerId: unknown, id: number) {
  if (typeof customerId !== 'number') return null;
  return (await trx.selectFrom('paymentMethods').select(['id', 'expMonth', 'expYear']).where('id', '=', id).where('customerId', '=', customerId).executeTakeFirst()) ?? null;
}

/**
 * The customers resource's payment rules, inside the write's transaction: the card auto-pay
 * charges is one of the customer's own; turning auto-pay on (or moving it to another card) needs
 * an unexpired card and the plan's amount and next date; a new plan frequency carries the plan's
 * amount over (the same amount a year) unless the amount is changed with it. A new customer may be
 * recorded with auto-pay on (an arrangement made at the office): it is charged once it has a card.
 */
export async function checkCustomerPayments(trx: Transaction, action: 'create' | 'update' | 'delete', before: Values | undefined, changes: Values): Promise<Values> {
  if (action === 'delete') return {};
  const after = { ...before, ...changes };
  const methodId = changes.autoPayMethodId;
  const card = typeof methodId === 'number' ? await ownCard(trx, before?.id, methodId) : null;
  if (typeof methodId === 'number' && !card) throw badRequest('Some references point to nothing', { autoPayMethodId: `No payment-methods record with id ${methodId}` });
  if (action === 'update' && after.autoPay === true && ('autoPay' in changes || 'autoPayMethodId' in changes)) {
    const charged = card ?? (typeof after.autoPayMethodId === 'number' ? await ownCard(trx, before?.id, after.autoPayMethodId) : null);
    if (!charged) throw conflict('Choose the saved card auto-pay charges', { autoPayMethodId: 'Choose a saved card' });
    if (cardExpired(charged.expMonth, charged.expYear, today())) throw conflict('This card has expired: choose another card or add a new one', { autoPayMethodId: 'This card has expired' });
    if (after.planAmount == null || after.nextPaymentOn == null) {
      throw conflict('Auto-pay starts once the plan’s amount and next payment date are set by our office', { autoPay: 'The plan’s amount and next payment date are not set yet' });
    }
  }
  const from = before?.paymentPlan as PaymentPlan | undefined;
  const to = changes.paymentPlan as PaymentPlan | undefined;
  if (from && to && from !== to && !('planAmount' in changes) && typeof before?.planAmount === 'number') {
    return { planAmount: planAmountFor(before.planAmount, from, to) };
  }
  return {};
}
