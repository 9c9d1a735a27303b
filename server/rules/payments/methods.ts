import type { Db } from '../../db/database.ts';
import type { SignedInUser } from '../../auth/sessions.ts';
import { decide } from '../../auth/policy.ts';
import { forUpdate } from '../../db/dialect.ts';
import { today } from '../../dates.ts';
import { assertAllowed, authorize, findAuthorized } from '../../rest/authorize.ts';
import { HttpError, badRequest, conflict } from '../../rest/errors.ts';
import { createLogged, deleteLogged, findRecord, updateLogged } from '../../rest/logged-write.ts';
import { toRecord } from '../../rest/records.ts';
import { customers } from '../../resources/customers.ts';
import { paymentMethods } from '../../resources/payment-methods.ts';
import { payments } from '../../resources/payments.ts';
import { cardExpired } from './cards.ts';
import type { CardInput, CardResult, PaymentGateway } from './gateway.ts';
import { cardName } from './payment-emails.ts';

type Values = Record<string, unknown>;

/** A card to save: the token of the processor's own form, or (the sandbox only) the typed card. */
export type NewCard = { token: string; label: string | null } | { card: CardInput; label: string | null };

/** The processor's answer for a new card: its token described, or the typed card tokenized (refused where the processor takes no card numbers). */
async function cardFrom(gateway: PaymentGateway, card: NewCard, day: string): Promise<CardResult> {
  if ('token' in card) {
    const described = await gateway.describe(card.token);
    if (described.ok && cardExpired(described.expMonth, described.expYear, day)) return { ok: false, reason: 'Your card has expired', field: 'token' };
    return described;
  }
  if (!gateway.tokenize) throw badRequest('Cards are added through the payment processor’s own form: send its token', { cardNumber: 'Not accepted by this payment processor' });
  return gateway.tokenize(card.card, day);
}

/**
 * Saves a card for the signed-in customer: the processor keeps the card and gives a token, we keep
 * its brand, last four and expiry (and the token, in a column no answer shows). A card the
 * processor refuses is a 402 with its reason under the field concerned; nothing is written.
 */
export async function addPaymentMethod(db: Db, gateway: PaymentGateway, user: SignedInUser, card: NewCard, now = new Date()): Promise<Values> {
  assertAllowed(decide(user, 'create', paymentMethods.name));
  const customerId = user.customerId;
  if (customerId == null) throw new HttpError(403, 'Cards are saved by the customer’s own login');
  await authorize(db, user, 'create', paymentMethods.name, undefined, { customerId });
  const result = await cardFrom(gateway, card, today(now));
  if (!result.ok) throw new HttpError(402, result.reason, { [result.field]: result.reason });
  return db.transaction().execute((trx) =>
    createLogged(
      { trx, user },
      paymentMethods,
      { customerId, brand: result.brand, last4: result.last4, expMonth: result.expMonth, expYear: result.expYear, label: card.label },
      { columns: { gatewayToken: result.token }, summary: `Card saved: ${cardName(result.brand, result.last4)}` },
      now,
    ),
  );
}

export const AUTO_PAY_CARD = 'This card pays your plan automatically: choose another card for auto-pay or turn auto-pay off first';

/**
 * Removes a saved card of the customer's: refused (409) while auto-pay charges it or an automatic
 * payment with it is being made; where auto-pay is off but still names it, the name is cleared;
 * its past payments keep its brand and last four and lose the link to it.
 */
export async function removePaymentMethod(db: Db, user: SignedInUser, id: number, version?: number, now = new Date()): Promise<Values> {
  return db.transaction().execute(async (trx) => {
    const ctx = { trx, user };
    const card = await findAuthorized(trx, user, 'delete', paymentMethods, id, version);
    const customerId = Number(card.customerId);
    await forUpdate(trx, trx.selectFrom('customers').select('id').where('id', '=', customerId)).execute();
    const customer = await findRecord(trx, customers, customerId, user);
    if (customer.autoPayMethodId === id) {
      if (customer.autoPay) throw conflict(AUTO_PAY_CARD, { autoPayMethodId: AUTO_PAY_CARD });
      await updateLogged(ctx, customers, customer, { autoPayMethodId: null }, { summary: `Auto-pay card removed: ${cardName(card.brand, card.last4)}` }, now);
    }
    const used = await trx.selectFrom('payments').selectAll().where('paymentMethodId', '=', id).orderBy('id').execute();
    if (used.some((p) => p.status === 'pending')) throw conflict('A payment with this card is being made: try again in a minute', { id: 'A payment is in progress' });
    for (const row of used) {
      await updateLogged(ctx, payments, toRecord(payments, row), { paymentMethodId: null }, { summary: 'Its card was removed; the payment keeps its brand and last four', derived: true }, now);
    }
    return deleteLogged(ctx, paymentMethods, card, { summary: `Card removed: ${cardName(card.brand, card.last4)}` }, now);
  });
}
