import type { Language } from '../../auth/accounts/account-emails.ts';
import { inLanguage } from '../../i18n/translate.ts';
import type { CustomerEmail } from '../outbox/customer-words.ts';

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
/** An amount as both languages write it: "$1,234.50" (US Spanish writes it the same). */
export const dollars = (amount: number) => usd.format(amount);

/** A card named by its brand and last four ("Visa ending in 4242"), or `unknown` when they are not known. */
const namedCard = (ending: string, unknown: string) => (brand: unknown, last4: unknown) =>
  typeof brand === 'string' && typeof last4 === 'string' ? `${brand.charAt(0).toUpperCase()}${brand.slice(1)} ${ending} ${last4}` : unknown;

/** "Visa ending in 4242" (or "your card"), as receipts and the staff's history say it. */
export const cardName = namedCard('ending in', 'your card');
/** "Visa terminada en 4242" (or "su tarjeta"), as the portal in Spanish says it. */
const tarjeta = namedCard('terminada en', 'su tarjeta');

/** What a payment e-mail tells, already in words where no language changes them. */
export interface PaymentFacts {
  /** The payment's amount. */
  amount: string;
  cardBrand: unknown;
  cardLast4: unknown;
  /** Whether auto-pay made the payment (a receipt says "automatic payment"). */
  automatic: boolean;
  gatewayReference: string;
  /** Why the gateway declined it, in English as the gateway said it. */
  failureReason: string;
  /** The balance after the payment (or, declined, still owed). */
  balance: string;
  /** The next payment's day (YYYY-MM-DD), when the plan has one. */
  nextPaymentOn: string | null;
}

/** The payment e-mails in each language of the portal (after the greeting: `greetedBody`). */
interface Templates {
  receipt(facts: PaymentFacts): CustomerEmail;
  declined(facts: PaymentFacts): CustomerEmail;
}

const en: Templates = {
  receipt: (f) => ({
    subject: `Payment received: ${f.amount}`,
    lines: [
      `We received your ${f.automatic ? 'automatic ' : ''}payment of ${f.amount}, charged to ${cardName(f.cardBrand, f.cardLast4)}.`,
      `Reference: ${f.gatewayReference}`,
      `Your balance is now ${f.balance}.`,
      ...(f.nextPaymentOn ? [`Your next payment is due on ${f.nextPaymentOn}.`] : []),
    ],
  }),
  declined: (f) => ({
    subject: `Your automatic payment of ${f.amount} was declined`,
    lines: [
      `Your automatic payment of ${f.amount} to ${cardName(f.cardBrand, f.cardLast4)} was declined: ${f.failureReason}.`,
      `Your balance of ${f.balance} is still due. Please pay it in the client portal, or choose another card for auto-pay there.`,
      ...(f.nextPaymentOn ? [`Auto-pay will try again on your next payment date, ${f.nextPaymentOn}.`] : []),
    ],
  }),
};

const es: Templates = {
  receipt: (f) => ({
    subject: `Pago recibido: ${f.amount}`,
    lines: [
      `Recibimos su pago ${f.automatic ? 'automático ' : ''}de ${f.amount}, con cargo a ${tarjeta(f.cardBrand, f.cardLast4)}.`,
      `Referencia: ${f.gatewayReference}`,
      `Su saldo ahora es de ${f.balance}.`,
      ...(f.nextPaymentOn ? [`Su próximo pago vence el ${f.nextPaymentOn}.`] : []),
    ],
  }),
  declined: (f) => ({
    subject: `Se rechazó su pago automático de ${f.amount}`,
    lines: [
      `Se rechazó su pago automático de ${f.amount} con cargo a ${tarjeta(f.cardBrand, f.cardLast4)}: ${inLanguage(f.failureReason, 'es')}.`,
      `Su saldo de ${f.balance} sigue pendiente. Páguelo en el portal de clientes o elija allí otra tarjeta para el pago automático.`,
      ...(f.nextPaymentOn ? [`El pago automático se intentará de nuevo en su próxima fecha de pago, el ${f.nextPaymentOn}.`] : []),
    ],
  }),
};

export const PAYMENT_EMAILS: Record<Language, Templates> = { en, es };
