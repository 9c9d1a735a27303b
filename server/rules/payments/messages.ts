import type { Message } from '../outbox/queue.ts';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
export const dollars = (amount: number) => usd.format(amount);

/** "Visa ending in 4242" (or "your card" when the card's brand and last four are not known). */
export const cardName = (brand: unknown, last4: unknown) =>
  typeof brand === 'string' && typeof last4 === 'string' ? `${brand.charAt(0).toUpperCase()}${brand.slice(1)} ending in ${last4}` : 'your card';

interface MessageFacts {
  /** The customer's record (name, e-mail). */
  customer: Record<string, unknown>;
  /** The payment's record. */
  payment: Record<string, unknown>;
  /** The balance after the payment (or, declined, still owed). */
  balance: number;
  /** The next payment's day, when the plan has one. */
  nextPaymentOn: string | null;
}

const greeting = ({ customer }: MessageFacts) => `Dear ${String(customer.firstName)} ${String(customer.lastName)},`;
const recipient = ({ customer }: MessageFacts) => (typeof customer.email === 'string' ? customer.email : null);

/** The receipt of a successful payment, one per payment (its dedupe key). */
export function receiptMessage(facts: MessageFacts): Message {
  const { payment } = facts;
  const amount = dollars(Number(payment.amount));
  return {
    kind: 'payment-receipt',
    recipient: recipient(facts),
    subject: `Payment received: ${amount}`,
    body: [
      greeting(facts),
      '',
      `We received your ${payment.kind === 'auto-pay' ? 'automatic ' : ''}payment of ${amount}, charged to ${cardName(payment.cardBrand, payment.cardLast4)}.`,
      `Reference: ${String(payment.gatewayReference)}`,
      `Your balance is now ${dollars(facts.balance)}.`,
      ...(facts.nextPaymentOn ? [`Your next payment is due on ${facts.nextPaymentOn}.`] : []),
    ].join('\n'),
    dedupeKey: `payment-receipt:${String(payment.id)}`,
    resource: 'payments',
    recordId: Number(payment.id),
  };
}

/** The notice of a declined automatic payment: why, and what to do. */
export function declinedMessage(facts: MessageFacts): Message {
  const { payment } = facts;
  const amount = dollars(Number(payment.amount));
  return {
    kind: 'payment-declined',
    recipient: recipient(facts),
    subject: `Your automatic payment of ${amount} was declined`,
    body: [
      greeting(facts),
      '',
      `Your automatic payment of ${amount} to ${cardName(payment.cardBrand, payment.cardLast4)} was declined: ${String(payment.failureReason)}.`,
      `Your balance of ${dollars(facts.balance)} is still due. Please pay it in the client portal, or choose another card for auto-pay there.`,
      ...(facts.nextPaymentOn ? [`Auto-pay will try again on your next payment date, ${facts.nextPaymentOn}.`] : []),
    ].join('\n'),
    dedupeKey: `payment-declined:${String(payment.id)}`,
    resource: 'payments',
    recordId: Number(payment.id),
  };
}
