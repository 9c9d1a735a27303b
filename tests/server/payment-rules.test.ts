import { describe, expect, test } from 'vitest';
import { cardBrand, cardDigits, cardExpired, passesLuhn } from '../../server/rules/payments/cards.ts';
import { SandboxGateway, TEST_CARDS } from '../../server/rules/payments/sandbox.ts';
import { addPeriod, amountDue, dueOnOrAfter, planAmountFor } from '../../server/rules/payments/periods.ts';
import { nextDateAfter } from '../../server/rules/payments/auto-pay.ts';
import { nextPaymentOf } from '../../server/rules/payments/summary.ts';
import { amountProblem } from '../../server/rules/payments/pay.ts';

const TODAY = '2026-03-15';
const card = (number: string, extra: Partial<{ expMonth: number; expYear: number; cvc: string }> = {}) => ({ number, expMonth: 12, expYear: 2028, cvc: '123', ...extra });

describe('the sandbox gateway', () => {
  test.each([
    ['4242 4242 4242 4242', { ok: true, brand: 'visa', last4: '4242' }],
    ['5555-5555-5555-4444', { ok: true, brand: 'mastercard', last4: '4444' }],
    ['4000 0000 0000 0002', { ok: true, brand: 'visa', last4: '0002' }],
    ['4242 4242 4242 4241', { ok: false, field: 'cardNumber', reason: 'Your card number is not valid' }],
    ['4111 1111 1111 1111', { ok: false, field: 'cardNumber', reason: 'The sandbox takes only its test cards (listed in the README)' }],
    ['4242 abcd', { ok: false, field: 'cardNumber' }],
  ])('tokenizes %s → %o', async (number, expected) => {
    expect(await new SandboxGateway().tokenize(card(number), TODAY)).toMatchObject(expected);
  });

  test.each([
    [{ expMonth: 2, expYear: 2026 }, 'expYear', 'Your card has expired'],
    [{ cvc: '12' }, 'cvc', 'The security code is 3 digits'],
    [{ cvc: '12a' }, 'cvc', 'The security code is 3 digits'],
  ])('refuses %o under %s', async (change, field, reason) => {
    expect(await new SandboxGateway().tokenize(card('4242424242424242', change), TODAY)).toEqual({ ok: false, field, reason });
  });

  test('a card of this month still works; an American Express card has a 4-digit code', async () => {
    const gateway = new SandboxGateway();
    expect((await gateway.tokenize(card('4242424242424242', { expMonth: 3, expYear: 2026 }), TODAY)).ok).toBe(true);
    expect((await gateway.tokenize(card('378282246310005', { cvc: '123' }), TODAY)).ok).toBe(false);
    expect((await gateway.tokenize(card('378282246310005', { cvc: '1234' }), TODAY)).ok).toBe(true);
  });

  test.each(TEST_CARDS.map((c) => [c.number, c.declines] as const))('charging %s: declined with %s', async (number, declines) => {
    const gateway = new SandboxGateway();
    const saved = await gateway.tokenize(card(number, { cvc: number.startsWith('3') ? '1234' : '123' }), TODAY);
    if (!saved.ok) throw new Error(saved.reason);
    expect(saved.token).not.toContain(number);
    const result = await gateway.charge({ token: saved.token, amountCents: 2500, idempotencyKey: 'k', description: 'test' }, TODAY);
    expect(result).toEqual(declines ? { ok: false, reason: declines } : { ok: true, reference: expect.stringMatching(/^sandbox_ch_/) });
  });

  test('the same idempotency key answers the first result; another key charges again', async () => {
    const gateway = new SandboxGateway();
    const saved = await gateway.tokenize(card('4242424242424242'), TODAY);
    if (!saved.ok) throw new Error(saved.reason);
    const ask = (key: string) => gateway.charge({ token: saved.token, amountCents: 1000, idempotencyKey: key, description: 'test' }, TODAY);
    const first = await ask('a');
    expect(await ask('a')).toEqual(first);
    expect(await ask('b')).not.toEqual(first);
    expect(gateway.charges.size).toBe(2);
  });

  test('a saved card that has expired since is declined; an unknown token too', async () => {
    const gateway = new SandboxGateway();
    const saved = await gateway.tokenize(card('4242424242424242', { expMonth: 4, expYear: 2026 }), TODAY);
    if (!saved.ok) throw new Error(saved.reason);
    expect(await gateway.charge({ token: saved.token, amountCents: 100, idempotencyKey: 'x', description: '' }, '2026-05-01')).toEqual({ ok: false, reason: 'Your card has expired' });
    expect(await gateway.describe(saved.token)).toMatchObject({ ok: true, brand: 'visa', last4: '4242', expMonth: 4, expYear: 2026 });
    expect(await gateway.describe('sandbox_visa_1111_1_2030_x')).toMatchObject({ ok: false, field: 'token' });
    expect(await gateway.charge({ token: 'tok_nothing', amountCents: 100, idempotencyKey: 'y', description: '' }, TODAY)).toMatchObject({ ok: false });
  });
});

describe('cards', () => {
  test.each([
    ['4242424242424242', true],
    ['4242424242424241', false],
    ['378282246310005', true],
    ['79927398713', true],
  ])('Luhn %s → %s', (digits, ok) => expect(passesLuhn(digits)).toBe(ok));
  test.each([
    ['4242424242424242', 'visa'],
    ['5105105105105100', 'mastercard'],
    ['2223003122003222', 'mastercard'],
    ['371449635398431', 'amex'],
    ['6011111111111117', 'discover'],
    ['9999999999999995', null],
  ])('brand of %s → %s', (digits, brand) => expect(cardBrand(digits)).toBe(brand));
  test('digits of a typed number', () => {
    expect(cardDigits(' 4242-4242 4242 4242 ')).toBe('4242424242424242');
    expect(cardDigits('4242')).toBeNull();
  });
  test.each([
    [3, 2026, false],
    [2, 2026, true],
    [1, 2027, false],
    [12, 2025, true],
  ])('expiry %i/%i on 2026-03-15: expired %s', (month, year, expired) => expect(cardExpired(month, year, TODAY)).toBe(expired));
});

describe('plan periods', () => {
  test.each([
    ['2026-01-31', 'weekly', '2026-02-07'],
    ['2026-01-31', 'bi-weekly', '2026-02-14'],
    ['2026-01-31', 'monthly', '2026-02-28'],
    ['2026-01-31', 'bi-monthly', '2026-03-31'],
    ['2026-12-15', 'monthly', '2027-01-15'],
    ['2024-02-29', 'monthly', '2024-03-29'],
  ] as const)('%s + one %s period → %s', (day, plan, next) => expect(addPeriod(day, plan)).toBe(next));

  test.each([
    ['2025-01-31', 'monthly', '2026-03-15', '2026-03-31'],
    ['2025-01-31', 'monthly', '2026-03-31', '2026-03-31'],
    ['2026-03-01', 'weekly', '2026-03-15', '2026-03-15'],
    ['2026-03-02', 'weekly', '2026-03-15', '2026-03-16'],
    ['2023-06-10', 'bi-weekly', '2026-03-15', '2026-03-28'],
    ['2026-04-01', 'bi-monthly', '2026-03-15', '2026-04-01'],
  ] as const)('from %s every %s, the first date on or after %s is %s', (anchor, plan, day, due) => expect(dueOnOrAfter(anchor, plan, day)).toBe(due));

  test('the next date after a period: one period on, or past today when the job did not run for a while', () => {
    expect(nextDateAfter('2026-03-15', 'monthly', '2026-03-15')).toBe('2026-04-15');
    expect(nextDateAfter('2026-01-05', 'weekly', '2026-03-15')).toBe('2026-03-16');
  });

  test.each([
    [100, 'monthly', 'weekly', 23.08],
    [100, 'monthly', 'bi-weekly', 46.15],
    [100, 'monthly', 'bi-monthly', 200],
    [25, 'weekly', 'monthly', 108.33],
    [23.08, 'weekly', 'weekly', 23.08],
  ] as const)('%d %s is %d %s', (amount, from, to, converted) => expect(planAmountFor(amount, from, to)).toBe(converted));

  test.each([
    [100, 250, 100],
    [100, 30.1, 30.1],
    [100, 0, 0],
    [100, -5, 0],
    [null, 50, 0],
  ])('plan %s with balance %s asks %s', (plan, balance, due) => expect(amountDue(plan, balance)).toBe(due));

  test('the next payment for the dashboard', () => {
    expect(nextPaymentOf({ planAmount: 100, nextPaymentOn: '2026-04-01', balance: 60, autoPay: true })).toEqual({ dueOn: '2026-04-01', amount: 60, autoPay: true });
    expect(nextPaymentOf({ planAmount: 100, nextPaymentOn: '2026-04-01', balance: 0, autoPay: false })).toBeNull();
    expect(nextPaymentOf({ planAmount: null, nextPaymentOn: '2026-04-01', balance: 10, autoPay: false })).toBeNull();
    expect(nextPaymentOf({ planAmount: 100, nextPaymentOn: null, balance: 10, autoPay: false })).toBeNull();
  });

  test.each([
    [10, 100, null],
    [100, 100, null],
    [100.01, 100, 'At most the balance due, $100.00'],
    [0, 100, 'Must be more than 0'],
    [5, 0, 'Nothing is due'],
  ])('paying %d of %d: %s', (amount, balance, problem) => expect(amountProblem(amount, balance)).toBe(problem));
});
