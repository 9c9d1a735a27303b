import { randomUUID } from 'node:crypto';
import type { Db } from '../../db/database.ts';
import type { SignedInUser } from '../../auth/sessions.ts';
import { decide } from '../../auth/policy.ts';
import { forUpdate } from '../../db/dialect.ts';
import { today } from '../../dates.ts';
import { assertAllowed, authorize } from '../../rest/authorize.ts';
import { HttpError, badRequest } from '../../rest/errors.ts';
import { createLogged, findRecord } from '../../rest/logged-write.ts';
import { customers } from '../../resources/customers.ts';
import { paymentMethods } from '../../resources/payment-methods.ts';
import { payments } from '../../resources/payments.ts';
import type { PaymentGateway } from './gateway.ts';
import { cardName, dollars } from './payment-emails.ts';
import { toCents } from './periods.ts';
import { settlePaid } from './settle.ts';

type Values = Record<string, unknown>;

export interface PayRequest {
  amount: number;
  paymentMethodId: number;
}

/** Why an amount cannot be paid now, or null: more than nothing, at most the balance (no overpaying). */
export function amountProblem(amount: number, balance: number): string | null {
  if (toCents(amount) <= 0) return 'Must be more than 0';
  if (toCents(balance) <= 0) return 'Nothing is due';
  if (toCents(amount) > toCents(balance)) return `At most the balance due, ${dollars(balance)}`;
  return null;
}

/** A charge made: the card, the customer and the processor's reference, to be recorded. */
export interface Charged {
  card: Values;
  customerId: number;
  amount: number;
  reference: string;
}

/**
 * Charges a one-time payment to one of the customer's saved cards, before anything is written (the
 * database is not held while the processor answers): the policy (403), the card in the user's
 * scope (404), the amount against the balance (400), then the processor — its decline is a 402
 * with its reason under `paymentMethodId`, and nothing changes.
 */
export async function chargeOnce(db: Db, gateway: PaymentGateway, user: SignedInUser, request: PayRequest, now = new Date()): Promise<Charged> {
  assertAllowed(decide(user, 'create', payments.name));
  const card = await findRecord(db, paymentMethods, request.paymentMethodId, user);
  const customerId = Number(card.customerId);
  const customer = await findRecord(db, customers, customerId, user);
  await authorize(db, user, 'create', payments.name, undefined, { customerId, paymentMethodId: card.id, amount: request.amount });
  const problem = amountProblem(request.amount, Number(customer.balance ?? 0));
  if (problem) throw badRequest(problem, { amount: problem });
  const { gatewayToken } = await db.selectFrom('paymentMethods').select('gatewayToken').where('id', '=', request.paymentMethodId).executeTakeFirstOrThrow();
  const result = await gateway.charge(
    { token: gatewayToken, amountCents: toCents(request.amount), idempotencyKey: `payment:${randomUUID()}`, description: `Interlock program payment, customer ${customerId}` },
    today(now),
  );
  if (!result.ok) throw new HttpError(402, result.reason, { paymentMethodId: result.reason });
  return { card, customerId, amount: request.amount, reference: result.reference };
}

/** Records a charge made: the payment, the balance lowered and the receipt queued, in one transaction (a charge is recorded even if the balance moved meanwhile). */
export async function recordCharge(db: Db, user: SignedInUser, { card, customerId, amount, reference }: Charged, now = new Date()): Promise<Values> {
  return db.transaction().execute(async (trx) => {
    const ctx = { trx, user };
    await forUpdate(trx, trx.selectFrom('customers').select('id').where('id', '=', customerId)).execute();
    const payment = await createLogged(
      ctx,
      payments,
      { customerId, paymentMethodId: card.id, amount, status: 'succeeded', kind: 'one-time', periodDue: null, cardBrand: card.brand, cardLast4: card.last4, gatewayReference: reference, failureReason: null },
      { summary: `Paid ${dollars(amount)} with ${cardName(card.brand, card.last4)}` },
      now,
    );
    await settlePaid(ctx, payment, {}, now);
    return payment;
  });
}
