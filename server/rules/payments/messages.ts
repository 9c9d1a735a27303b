import type { Language } from '../../auth/accounts/account-emails.ts';
import type { Message } from '../outbox/queue.ts';
import { greetedBody, type CustomerEmail } from '../outbox/customer-words.ts';
import { dollars, PAYMENT_EMAILS, type PaymentFacts } from './payment-emails.ts';

interface MessageFacts {
  /** The customer's record (name, e-mail). */
  customer: Record<string, unknown>;
  /** The language of the customer's messages (their record's `language`). */
  language: Language;
  /** The payment's record. */
  payment: Record<string, unknown>;
  /** The balance after the payment (or, declined, still owed). */
  balance: number;
  /** The next payment's day, when the plan has one. */
  nextPaymentOn: string | null;
}

const paymentFacts = ({ payment, balance, nextPaymentOn }: MessageFacts): PaymentFacts => ({
  amount: dollars(Number(payment.amount)),
  cardBrand: payment.cardBrand,
  cardLast4: payment.cardLast4,
  automatic: payment.kind === 'auto-pay',
  gatewayReference: String(payment.gatewayReference),
  failureReason: String(payment.failureReason),
  balance: dollars(balance),
  nextPaymentOn,
});

/** A payment's e-mail to its customer; one per payment and kind (the dedupe key). */
const message = (kind: 'payment-receipt' | 'payment-declined', facts: MessageFacts, { subject, lines }: CustomerEmail): Message => ({
  kind,
  recipient: typeof facts.customer.email === 'string' ? facts.customer.email : null,
  subject,
  body: greetedBody(facts.language, { firstName: String(facts.customer.firstName), lastName: String(facts.customer.lastName) }, lines),
  dedupeKey: `${kind}:${String(facts.payment.id)}`,
  resource: 'payments',
  recordId: Number(facts.payment.id),
});

/** The receipt of a successful payment, in the customer's language. */
export const receiptMessage = (facts: MessageFacts): Message => message('payment-receipt', facts, PAYMENT_EMAILS[facts.language].receipt(paymentFacts(facts)));

/** The notice of a declined automatic payment, in the customer's language: why, and what to do. */
export const declinedMessage = (facts: MessageFacts): Message => message('payment-declined', facts, PAYMENT_EMAILS[facts.language].declined(paymentFacts(facts)));
