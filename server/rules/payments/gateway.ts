/**
 * The payment processor, behind an interface like the outbox's `Transport`: the built-in default
 * is the offline `SandboxGateway` (sandbox.ts); a real processor's adapter implements the same
 * interface and is passed to `buildApp` and to the auto-pay job in server/main.ts.
 *
 * With a real processor the card never reaches our server: the portal loads the processor's own
 * card form (its JavaScript), which hands the card to the processor and gives the page a token;
 * the page sends `POST /api/payment-methods { token }`, and the adapter's `describe` reads the
 * card's brand, last four digits and expiry from the processor. Only the sandbox implements
 * `tokenize`, which takes a card number on the server (its test cards only).
 */

/** What we keep of a card: never its number or its security code. */
export interface CardDetails {
  /** visa, mastercard, amex, discover. */
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

/** A card as typed into the sandbox's form (the sandbox only: a real processor's form never sends one to us). */
export interface CardInput {
  number: string;
  expMonth: number;
  expYear: number;
  cvc: string;
}

/** The field of the card form a refusal concerns. */
export type CardField = 'cardNumber' | 'expMonth' | 'expYear' | 'cvc' | 'token';

/** A card the processor refused to keep, with its reason (shown to the customer) and the field it concerns. */
export interface CardRefusal {
  ok: false;
  reason: string;
  field: CardField;
}

export type CardResult = ({ ok: true; token: string } & CardDetails) | CardRefusal;

export interface ChargeRequest {
  /** The processor's token of a saved card. */
  token: string;
  amountCents: number;
  /** Charges with the same key answer the first charge's result: a retried or rerun charge never charges twice. */
  idempotencyKey: string;
  /** What the customer's statement says. */
  description: string;
}

export type ChargeResult = { ok: true; reference: string } | { ok: false; reason: string };

export interface PaymentGateway {
  /** For logs and the portal: which processor, and whether it is a test one. */
  readonly description: string;
  readonly testMode: boolean;
  /** Turns a typed card into a token (sandbox only; absent on a real processor's adapter). */
  tokenize?(card: CardInput, today: string): Promise<CardResult>;
  /** The card behind a token made by the processor's own form in the browser. */
  describe(token: string): Promise<CardResult>;
  /** Charges a saved card; throws only when the processor could not be asked (then nothing is known, retry with the same key). */
  charge(request: ChargeRequest, today: string): Promise<ChargeResult>;
}
