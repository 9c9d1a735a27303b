import type { Payment, PaymentMethod } from '../../../server/resources/types.ts';
import { clientFetch } from '../api.ts';

/** What the card form holds: digits as typed. */
export interface CardForm {
  cardNumber: string;
  expMonth: string;
  expYear: string;
  cvc: string;
}

/** The payment processor the server uses: whether it is the sandbox (test cards) and whether it takes card numbers. */
export interface GatewayInfo {
  description: string;
  testMode: boolean;
  takesCardNumbers: boolean;
}

/** Saves a card with the processor (the sandbox: the typed card) and answers the saved card (brand, last four, expiry). */
export const saveCard = (card: CardForm, label: string) =>
  clientFetch<PaymentMethod>('/api/payment-methods', {
    method: 'POST',
    body: { cardNumber: card.cardNumber, expMonth: Number(card.expMonth), expYear: Number(card.expYear), cvc: card.cvc, label: label.trim() || null },
  });

/** Pays now with a saved card: the payment (201), or a refusal (402 declined, 400 amount). */
export const payNow = (amount: number, paymentMethodId: number) => clientFetch<Payment>('/api/payments', { method: 'POST', body: { amount, paymentMethodId } });

export const gatewayInfo = () => clientFetch<GatewayInfo>('/api/payment-gateway');
