import { randomUUID } from 'node:crypto';
import { cardBrand, cardDigits, cardExpired, cvcProblem, passesLuhn } from './cards.ts';
import type { CardDetails, CardInput, CardResult, ChargeRequest, ChargeResult, PaymentGateway } from './gateway.ts';

/** The sandbox's test cards (any future expiry, any security code of the right length) and what charging them does. */
export const TEST_CARDS: readonly { number: string; brand: string; declines: string | null }[] = [
  { number: '4242424242424242', brand: 'visa', declines: null },
  { number: '5555555555554444', brand: 'mastercard', declines: null },
  { number: '378282246310005', brand: 'amex', declines: null },
  { number: '4000000000000002', brand: 'visa', declines: 'Your card was declined' },
  { number: '4000000000009995', brand: 'visa', declines: 'Your card has insufficient funds' },
];

const PREFIX = 'sandbox';

/** A token that names the test card by brand and last four, with its expiry: it survives restarts and holds no card number. */
const tokenOf = (card: CardDetails, nonce: string) => [PREFIX, card.brand, card.last4, card.expMonth, card.expYear, nonce].join('_');

function cardOf(token: string): CardDetails | null {
  const [prefix, brand, last4, month, year, nonce] = token.split('_');
  const card = TEST_CARDS.find((c) => c.brand === brand && c.number.endsWith(last4 ?? '-'));
  if (prefix !== PREFIX || !card || !/^\d{4}$/.test(last4) || !/^\d{1,2}$/.test(month ?? '') || !/^\d{4}$/.test(year ?? '') || !nonce) return null;
  return { brand, last4, expMonth: Number(month), expYear: Number(year) };
}

/**
 * The offline default processor: takes only its test cards (TEST_CARDS), checks them as a
 * processor would (Luhn, expiry, security code), declines the declining ones when charged, and
 * answers a repeated idempotency key with the first result. Moves no money.
 */
export class SandboxGateway implements PaymentGateway {
  readonly description = 'the sandbox gateway (test cards only, no money moves)';
  readonly testMode = true;
  /** Every charge made, by idempotency key: a key asked again answers what is here. */
  readonly charges = new Map<string, ChargeResult>();

  async tokenize(input: CardInput, today: string): Promise<CardResult> {
    const digits = cardDigits(input.number);
    if (!digits || !passesLuhn(digits)) return { ok: false, reason: 'Your card number is not valid', field: 'cardNumber' };
    const brand = cardBrand(digits);
    const test = TEST_CARDS.find((c) => c.number === digits);
    if (!brand || !test) return { ok: false, reason: 'The sandbox takes only its test cards (listed in the README)', field: 'cardNumber' };
    if (cardExpired(input.expMonth, input.expYear, today)) return { ok: false, reason: 'Your card has expired', field: 'expYear' };
    const cvc = cvcProblem(input.cvc, brand);
    if (cvc) return { ok: false, reason: cvc, field: 'cvc' };
    const card = { brand, last4: digits.slice(-4), expMonth: input.expMonth, expYear: input.expYear };
    return { ok: true, token: tokenOf(card, randomUUID().slice(0, 8)), ...card };
  }

  async describe(token: string): Promise<CardResult> {
    const card = cardOf(token);
    return card ? { ok: true, token, ...card } : { ok: false, reason: 'The payment processor does not know this card', field: 'token' };
  }

  async charge(request: ChargeRequest, today: string): Promise<ChargeResult> {
    const earlier = this.charges.get(request.idempotencyKey);
    if (earlier) return earlier;
    const result = this.decide(request, today);
    this.charges.set(request.idempotencyKey, result);
    return result;
  }

  private decide({ token, amountCents }: ChargeRequest, today: string): ChargeResult {
    const card = cardOf(token);
    if (!card) return { ok: false, reason: 'The payment processor does not know this card' };
    if (!Number.isInteger(amountCents) || amountCents <= 0) return { ok: false, reason: 'The amount must be positive' };
    if (cardExpired(card.expMonth, card.expYear, today)) return { ok: false, reason: 'Your card has expired' };
    const declines = TEST_CARDS.find((c) => c.brand === card.brand && c.number.endsWith(card.last4))!.declines;
    return declines ? { ok: false, reason: declines } : { ok: true, reference: `sandbox_ch_${randomUUID()}` };
  }
}
