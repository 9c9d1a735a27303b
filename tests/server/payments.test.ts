import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { looseDb } from '../../server/db/database.ts';
import { addDaysToIsoDay, today } from '../../server/dates.ts';
import { runAutoPay } from '../../server/rules/payments/auto-pay.ts';
import { addPeriod } from '../../server/rules/payments/periods.ts';
import type { ChargeRequest, PaymentGateway } from '../../server/rules/payments/gateway.ts';
import { SandboxGateway } from '../../server/rules/payments/sandbox.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, post, snapshot, unique, useDatabase } from './fixtures.ts';

type Body = Record<string, unknown>;

const CARD_NUMBERS = ['4242424242424242', '4000000000000002', '4000000000009995'];
const VISA = { cardNumber: '4242 4242 4242 4242', expMonth: 12, expYear: new Date().getUTCFullYear() + 3, cvc: '123' };
const DECLINING = { ...VISA, cardNumber: '4000 0000 0000 0002' };

let server: TestServer;
let base: string;
/** Every answer the server gave in this file, to look for card numbers in. */
const answers: string[] = [];

interface Customer {
  record: Body;
  cookie: string;
}

async function customerWithLogin(overrides: Body = {}): Promise<Customer> {
  const record = await createRecord(base, 'customers', { email: `payer-${unique()}@payments.test`, balance: 300, planAmount: 100, paymentPlan: 'monthly', nextPaymentOn: today(), status: 'active', ...overrides });
  const email = `login-${unique()}@payments.test`;
  await post(base, 'users', { name: 'A Payer', email, role: 'customer', customerId: record.id, password: 'pay-pass-1' });
  return { record, cookie: await signIn(base, email, 'pay-pass-1') };
}

/** A request as this customer (or, with no customer, as the test administrator); every answer is kept. */
async function as(who: Customer | null, method: string, url: string, body?: unknown) {
  const res = await api(base, method, url, body, who ? { cookie: who.cookie } : {});
  answers.push(JSON.stringify(res.body));
  return res;
}

const balanceOf = async (id: unknown) => Number((await server.db.selectFrom('customers').select('balance').where('id', '=', Number(id)).executeTakeFirstOrThrow()).balance);
const customerRow = (id: unknown) => server.db.selectFrom('customers').selectAll().where('id', '=', Number(id)).executeTakeFirstOrThrow();
const paymentsOf = (id: unknown) => server.db.selectFrom('payments').selectAll().where('customerId', '=', Number(id)).orderBy('id').execute();

async function saveCard(who: Customer, card: Body = VISA): Promise<Body> {
  const res = await as(who, 'POST', '/api/payment-methods', card);
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as Body;
}

let mine: Customer;
let theirs: Customer;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  mine = await customerWithLogin();
  theirs = await customerWithLogin();
});
afterAll(() => server.close());

describe('saved cards', () => {
  test('a customer saves a sandbox card: brand, last four and expiry come back, never the token or the number', async () => {
    const card = await saveCard(mine, { ...VISA, label: 'Everyday card' });
    expect(card).toMatchObject({ customerId: mine.record.id, brand: 'visa', last4: '4242', expMonth: 12, expYear: VISA.expYear, label: 'Everyday card' });
    expect(card).not.toHaveProperty('gatewayToken');
    const listed = await as(mine, 'GET', '/api/payment-methods');
    expect(listed.body.map((c: Body) => c.id)).toEqual([card.id]);
    expect(listed.body[0]).not.toHaveProperty('gatewayToken');
    const stored = await server.db.selectFrom('paymentMethods').select('gatewayToken').where('id', '=', Number(card.id)).executeTakeFirstOrThrow();
    expect(stored.gatewayToken).toMatch(/^sandbox_visa_4242_/);
  });

  test.each([
    ['a number failing the Luhn check', { cardNumber: '4242 4242 4242 4241' }, 'cardNumber', /not valid/],
    ['a real-looking card that is no test card', { cardNumber: '4111 1111 1111 1111' }, 'cardNumber', /test cards/],
    ['an expired card', { expMonth: 1, expYear: 2020 }, 'expYear', /expired/],
    ['a two-digit security code', { cvc: '12' }, 'cvc', /3 digits/],
  ])('%s is refused by the processor (402 under its field), nothing saved', async (_name, change, field, reason) => {
    const before = await snapshot(server.db);
    const res = await as(mine, 'POST', '/api/payment-methods', { ...VISA, ...change });
    expectErrorBody(res, 402);
    expect(res.body.errors[field]).toMatch(reason);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('a card is given whole, or as a token: anything else is a 400', async () => {
    expectErrorBody(await as(mine, 'POST', '/api/payment-methods', { cardNumber: VISA.cardNumber }), 400);
    expectErrorBody(await as(mine, 'POST', '/api/payment-methods', { ...VISA, token: 'tok' }), 400);
    const unknown = await as(mine, 'POST', '/api/payment-methods', { token: 'tok_from_elsewhere' });
    expectErrorBody(unknown, 402);
    expect(unknown.body.errors.token).toMatch(/does not know/);
  });

  test("another customer's card is not there (404); staff neither save nor remove cards (403)", async () => {
    const card = await saveCard(theirs);
    expectErrorBody(await as(mine, 'GET', `/api/payment-methods/${String(card.id)}`), 404);
    expectErrorBody(await as(mine, 'DELETE', `/api/payment-methods/${String(card.id)}`), 404);
    expectErrorBody(await as(mine, 'POST', '/api/payments', { amount: 10, paymentMethodId: card.id }), 404);
    expectErrorBody(await as(null, 'POST', '/api/payment-methods', VISA), 403);
    expectErrorBody(await as(null, 'DELETE', `/api/payment-methods/${String(card.id)}`), 403);
    expect((await as(null, 'GET', `/api/payment-methods/${String(card.id)}`)).status).toBe(200);
  });
});

describe('paying now', () => {
  test('the test card pays: 201, the payment, the balance lowered, a receipt queued — in one logged transaction', async () => {
    const who = await customerWithLogin({ balance: 120.5 });
    const card = await saveCard(who);
    const res = await as(who, 'POST', '/api/payments', { amount: 20.25, paymentMethodId: card.id });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ customerId: who.record.id, paymentMethodId: card.id, amount: 20.25, status: 'succeeded', kind: 'one-time', cardBrand: 'visa', cardLast4: '4242' });
    expect(res.body.gatewayReference).toMatch(/^sandbox_ch_/);
    expect(await balanceOf(who.record.id)).toBe(100.25);
    const receipt = await server.db.selectFrom('outbox').selectAll().where('dedupeKey', '=', `payment-receipt:${String(res.body.id)}`).executeTakeFirstOrThrow();
    expect(receipt).toMatchObject({ kind: 'payment-receipt', recipient: who.record.email, status: 'queued' });
    expect(receipt.subject).toBe('Payment received: $20.25');
    expect(receipt.body).toContain('charged to Visa ending in 4242.');
    expect(receipt.body).toContain('$100.25');
    const logged = await server.db.selectFrom('auditLog').select(['resource', 'recordId']).where('resource', 'in', ['payments', 'customers']).where('recordId', 'in', [Number(res.body.id), Number(who.record.id)]).execute();
    expect(logged.filter((l) => l.resource === 'payments')).toHaveLength(1);
    const history = await as(who, 'GET', '/api/payments?_sort=createdAt&_order=desc');
    expect(history.body.map((p: Body) => p.id)).toEqual([res.body.id]);
  });

  test('a customer whose language is Spanish gets the receipt in Spanish', async () => {
    const who = await customerWithLogin({ balance: 50, language: 'es', firstName: 'Ana', lastName: 'Ruiz' });
    const card = await saveCard(who);
    const res = await as(who, 'POST', '/api/payments', { amount: 20, paymentMethodId: card.id });
    const receipt = await server.db.selectFrom('outbox').selectAll().where('dedupeKey', '=', `payment-receipt:${String(res.body.id)}`).executeTakeFirstOrThrow();
    expect(receipt.subject).toBe('Pago recibido: $20.00');
    expect(receipt.body).toMatch(/^Hola, Ana Ruiz:\n\nRecibimos su pago de \$20\.00, con cargo a Visa terminada en 4242\.\n/);
    expect(receipt.body).toContain('Su saldo ahora es de $30.00.');
  });

  test('the declining test card: 402 with the processor’s reason under paymentMethodId, and nothing changed', async () => {
    const who = await customerWithLogin({ balance: 80 });
    const card = await saveCard(who, DECLINING);
    const before = await snapshot(server.db);
    const res = await as(who, 'POST', '/api/payments', { amount: 80, paymentMethodId: card.id });
    expectErrorBody(res, 402);
    expect(res.body).toEqual({ message: 'Your card was declined', errors: { paymentMethodId: 'Your card was declined' } });
    expect(await snapshot(server.db)).toEqual(before);
    expect(await balanceOf(who.record.id)).toBe(80);
  });

  test.each([
    ['more than the balance', 300.01, /At most the balance due, \$300\.00/],
    ['nothing', 0, /more than 0/],
  ])('paying %s is a 400 under amount', async (_name, amount, message) => {
    const card = await saveCard(mine);
    const before = await snapshot(server.db);
    const res = await as(mine, 'POST', '/api/payments', { amount, paymentMethodId: card.id });
    expectErrorBody(res, 400);
    expect(res.body.errors.amount).toMatch(message);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test("staff do not pay for a customer (403); they read everyone's payments, a customer only their own", async () => {
    const card = await saveCard(theirs);
    expectErrorBody(await as(null, 'POST', '/api/payments', { amount: 5, paymentMethodId: card.id }), 403);
    const paid = await as(theirs, 'POST', '/api/payments', { amount: 5, paymentMethodId: card.id });
    expect(paid.status).toBe(201);
    expect((await as(null, 'GET', `/api/payments/${String(paid.body.id)}`)).status).toBe(200);
    expectErrorBody(await as(mine, 'GET', `/api/payments/${String(paid.body.id)}`), 404);
    const listed = await as(mine, 'GET', '/api/payments');
    expect(listed.body.every((p: Body) => p.customerId === mine.record.id)).toBe(true);
  });
});

describe('the plan and auto-pay settings', () => {
  test('a customer does not set their plan’s amount or next date (403)', async () => {
    expectErrorBody(await as(mine, 'PATCH', `/api/customers/${String(mine.record.id)}`, { planAmount: 1 }), 403);
    expectErrorBody(await as(mine, 'PATCH', `/api/customers/${String(mine.record.id)}`, { nextPaymentOn: '2099-01-01' }), 403);
  });

  test('a new frequency carries the amount over: the same a year', async () => {
    const who = await customerWithLogin({ planAmount: 100, paymentPlan: 'monthly' });
    const res = await as(who, 'PATCH', `/api/customers/${String(who.record.id)}`, { paymentPlan: 'weekly' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ paymentPlan: 'weekly', planAmount: 23.08 });
  });

  test('auto-pay turns on only with an own, unexpired card', async () => {
    const who = await customerWithLogin();
    const url = `/api/customers/${String(who.record.id)}`;
    expectErrorBody(await as(who, 'PATCH', url, { autoPay: true }), 409);
    const other = await saveCard(theirs);
    const refused = await as(who, 'PATCH', url, { autoPay: true, autoPayMethodId: other.id });
    expectErrorBody(refused, 400);
    expect(refused.body.errors).toEqual({ autoPayMethodId: `No payment-methods record with id ${String(other.id)}` });
    const card = await saveCard(who);
    await server.db.updateTable('paymentMethods').set({ expYear: 2020 }).where('id', '=', Number(card.id)).execute();
    expect((await as(who, 'PATCH', url, { autoPay: true, autoPayMethodId: card.id })).body.errors).toEqual({ autoPayMethodId: 'This card has expired' });
    const good = await saveCard(who);
    const res = await as(who, 'PATCH', url, { autoPay: true, autoPayMethodId: good.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ autoPay: true, autoPayMethodId: good.id });
  });

  test('the auto-pay card is not removed while auto-pay is on; once off, removing it clears it and its payments keep brand and last four', async () => {
    const who = await customerWithLogin({ balance: 50 });
    const card = await saveCard(who);
    const url = `/api/customers/${String(who.record.id)}`;
    expect((await as(who, 'PATCH', url, { autoPay: true, autoPayMethodId: card.id })).status).toBe(200);
    expect((await as(who, 'POST', '/api/payments', { amount: 10, paymentMethodId: card.id })).status).toBe(201);
    const refused = await as(who, 'DELETE', `/api/payment-methods/${String(card.id)}`);
    expectErrorBody(refused, 409);
    expect(refused.body.errors.autoPayMethodId).toMatch(/pays your plan automatically/);
    expect((await as(who, 'PATCH', url, { autoPay: false })).status).toBe(200);
    const removed = await as(who, 'DELETE', `/api/payment-methods/${String(card.id)}`);
    expect(removed.status, JSON.stringify(removed.body)).toBe(200);
    expect((await customerRow(who.record.id)).autoPayMethodId).toBeNull();
    expect(await paymentsOf(who.record.id)).toEqual([expect.objectContaining({ paymentMethodId: null, cardBrand: 'visa', cardLast4: '4242' })]);
  });
});

/** A processor that charges through the sandbox and then loses the connection, once: as if the server stopped between the charge and its record. */
class LostAnswer implements PaymentGateway {
  readonly description = 'flaky';
  readonly testMode = true;
  calls = 0;
  constructor(readonly inner: SandboxGateway) {}
  describe(token: string) {
    return this.inner.describe(token);
  }
  async charge(request: ChargeRequest, day: string) {
    this.calls += 1;
    const result = await this.inner.charge(request, day);
    if (this.calls === 1) throw new Error('connection lost');
    return result;
  }
}

describe('auto-pay', () => {
  async function autoPayer(overrides: Body, card: Body = VISA) {
    const who = await customerWithLogin(overrides);
    const saved = await saveCard(who, card);
    const res = await as(who, 'PATCH', `/api/customers/${String(who.record.id)}`, { autoPay: true, autoPayMethodId: saved.id });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return who;
  }

  test('run twice, charges once: the plan’s amount, the balance lowered, a receipt, the next date a period on', async () => {
    const who = await autoPayer({ balance: 250, planAmount: 100, paymentPlan: 'monthly', nextPaymentOn: today() });
    const gateway = new SandboxGateway();
    const first = await runAutoPay(server.db, gateway, today());
    expect(first.paid).toBeGreaterThanOrEqual(1);
    const second = await runAutoPay(server.db, gateway, today());
    expect(second).toEqual({ paid: 0, declined: 0, nothingOwed: 0, failed: 0 });
    const rows = await paymentsOf(who.record.id);
    expect(rows).toEqual([expect.objectContaining({ kind: 'auto-pay', status: 'succeeded', amount: 100, periodDue: today() })]);
    expect(await balanceOf(who.record.id)).toBe(150);
    expect((await customerRow(who.record.id)).nextPaymentOn).toBe(addPeriod(today(), 'monthly'));
    expect([...gateway.charges.keys()].filter((k) => k.startsWith(`auto-pay:${String(who.record.id)}:`))).toHaveLength(1);
    const log = await server.db.selectFrom('auditLog').select(['userId', 'userName']).where('resource', '=', 'payments').where('recordId', '=', rows[0].id).execute();
    expect(log.every((l) => l.userId === null && l.userName === 'Auto-pay')).toBe(true);
    expect(await server.db.selectFrom('outbox').select('kind').where('dedupeKey', '=', `payment-receipt:${rows[0].id}`).executeTakeFirst()).toEqual({ kind: 'payment-receipt' });
  });

  test('never more than the balance; nothing owed moves the date on without a charge', async () => {
    const small = await autoPayer({ balance: 30, planAmount: 100, nextPaymentOn: today() });
    const none = await autoPayer({ balance: 0, planAmount: 100, nextPaymentOn: today() });
    await runAutoPay(server.db, new SandboxGateway(), today());
    expect(await paymentsOf(small.record.id)).toEqual([expect.objectContaining({ amount: 30, status: 'succeeded' })]);
    expect(await balanceOf(small.record.id)).toBe(0);
    expect(await paymentsOf(none.record.id)).toEqual([]);
    expect((await customerRow(none.record.id)).nextPaymentOn! > today()).toBe(true);
  });

  test.each([
    { language: 'en', subject: 'Your automatic payment of $45.00 was declined', says: 'to Visa ending in 9995 was declined: Your card has insufficient funds.' },
    { language: 'es', subject: 'Se rechazó su pago automático de $45.00', says: 'con cargo a Visa terminada en 9995: Su tarjeta no tiene fondos suficientes.' },
  ])('a decline is recorded with the reason, the customer is told (in $language), the balance stays and the date moves on', async ({ language, subject, says }) => {
    const who = await autoPayer({ balance: 90, planAmount: 45, paymentPlan: 'bi-weekly', nextPaymentOn: today(), language }, { ...VISA, cardNumber: '4000 0000 0000 9995' });
    await runAutoPay(server.db, new SandboxGateway(), today());
    const [row] = await paymentsOf(who.record.id);
    expect(row).toMatchObject({ status: 'declined', failureReason: 'Your card has insufficient funds', amount: 45 });
    expect(await balanceOf(who.record.id)).toBe(90);
    expect((await customerRow(who.record.id)).nextPaymentOn).toBe(addDaysToIsoDay(today(), 14));
    const notice = await server.db.selectFrom('outbox').selectAll().where('dedupeKey', '=', `payment-declined:${row.id}`).executeTakeFirstOrThrow();
    expect(notice.subject).toBe(subject);
    expect(notice.body).toContain(says);
  });

  test('a run that stopped after the charge settles it on the next run, without charging again', async () => {
    const who = await autoPayer({ balance: 500, planAmount: 200, paymentPlan: 'bi-monthly', nextPaymentOn: today() });
    const sandbox = new SandboxGateway();
    const flaky = new LostAnswer(sandbox);
    const first = await runAutoPay(server.db, flaky, today());
    expect(first.failed).toBe(1);
    expect(await paymentsOf(who.record.id)).toEqual([expect.objectContaining({ status: 'pending', amount: 200 })]);
    expect(await balanceOf(who.record.id)).toBe(500);
    await runAutoPay(server.db, flaky, today());
    expect(await paymentsOf(who.record.id)).toEqual([expect.objectContaining({ status: 'succeeded', amount: 200 })]);
    expect(await balanceOf(who.record.id)).toBe(300);
    expect(sandbox.charges.size).toBe(1);
    expect(flaky.calls).toBe(2);
  });
});

test('no card number is in any table or any answer', async () => {
  const squeeze = (text: string) => text.replace(/[\s-]/g, '');
  // the scan reads every table's text: it must find the customer's e-mail (in customers), and no card number
  const email = squeeze(String(mine.record.email));
  const tables = await server.db.introspection.getTables();
  const found: string[] = [];
  for (const { name } of tables) {
    const text = squeeze(JSON.stringify(await looseDb(server.db).selectFrom(name).selectAll().execute()));
    for (const needle of [...CARD_NUMBERS, email]) if (text.includes(needle)) found.push(`${name}: ${needle}`);
  }
  expect(found).toContain(`customers: ${email}`);
  expect(found.filter((f) => !f.endsWith(email))).toEqual([]);
  const said = squeeze(answers.join('\n'));
  expect(answers.length).toBeGreaterThan(30);
  for (const number of CARD_NUMBERS) expect(said).not.toContain(number);
});
