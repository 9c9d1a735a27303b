import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { today } from '../../server/dates.ts';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, post, unique } from './fixtures.ts';

type Body = Record<string, unknown>;
interface Refusal {
  message: string;
  errors: Record<string, string>;
}

const VISA = { cardNumber: '4242 4242 4242 4242', expMonth: 12, expYear: new Date().getUTCFullYear() + 3, cvc: '123' };
const DECLINING = { ...VISA, cardNumber: '4000 0000 0000 0002' };

let server: TestServer;
let base: string;
let cookie: string;
let customer: Body;
let device: Body;
let state: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  const jurisdiction = await createRecord(base, 'jurisdictions', { name: 'Texas', unlockCodesAllowed: false, unlockCodeCallNumber: '1-800-555-0199' });
  state = `${String(jurisdiction.name)} (${String(jurisdiction.code)})`;
  customer = await createRecord(base, 'customers', { jurisdictionId: jurisdiction.id, balance: 300, planAmount: 100, paymentPlan: 'monthly', nextPaymentOn: today(), status: 'active' });
  const region = await createRecord(base, 'regions');
  const center = await createRecord(base, 'service-centers', { regionId: region.id, jurisdictionId: jurisdiction.id });
  device = await createRecord(base, 'devices', { status: 'installed', serviceCenterId: center.id, customerId: customer.id });
  const email = `habla-${unique()}@spanish.test`;
  await post(base, 'users', { name: 'Rosa Díaz', email, role: 'customer', customerId: customer.id, password: 'habla-pass-1' });
  cookie = await signIn(base, email, 'habla-pass-1');
});
afterAll(() => server.close());

/** The same request as the customer in English (no Accept-Language) and in Spanish. */
async function inBoth(method: string, url: string, body?: unknown, headers: Record<string, string> = { cookie: '' }) {
  const as = (language?: string) => api(base, method, url, body, { ...(headers.cookie === '' ? { cookie } : headers), ...(language ? { 'accept-language': language } : {}) });
  const english = await as();
  const spanish = await as('es');
  expect(spanish.status, JSON.stringify(spanish.body)).toBe(english.status);
  return { status: english.status, english: english.body as Refusal, spanish: spanish.body as Refusal };
}

/** Every text of the Spanish refusal differs from the English one: nothing was left untranslated. */
function expectAllTranslated({ english, spanish }: { english: Refusal; spanish: Refusal }) {
  expect(Object.keys(spanish.errors)).toEqual(Object.keys(english.errors));
  expect(spanish.message).not.toBe(english.message);
  for (const field of Object.keys(english.errors)) expect(spanish.errors[field], field).not.toBe(english.errors[field]);
}

describe('refusals in the language the portal shows (Accept-Language)', () => {
  test('a declined card: 402 with the gateway’s reason in Spanish, under the field too', async () => {
    const card = (await api(base, 'POST', '/api/payment-methods', DECLINING, { cookie })).body as Body;
    const res = await inBoth('POST', '/api/payments', { amount: 50, paymentMethodId: card.id });
    expect(res.status).toBe(402);
    expect(res.english.message).toBe('Your card was declined');
    expect(res.spanish).toEqual({ message: 'Su tarjeta fue rechazada', errors: { paymentMethodId: 'Su tarjeta fue rechazada' } });
  });

  test('paying more than the balance names the amount in Spanish', async () => {
    const card = (await api(base, 'POST', '/api/payment-methods', VISA, { cookie })).body as Body;
    const res = await inBoth('POST', '/api/payments', { amount: 999, paymentMethodId: card.id });
    expect(res.status).toBe(400);
    expect(res.spanish).toEqual({ message: 'Como máximo el saldo pendiente, $300.00', errors: { amount: 'Como máximo el saldo pendiente, $300.00' } });
  });

  test('a card form left blank, and a schema’s refusal', async () => {
    const blank = await inBoth('POST', '/api/payment-methods', {});
    expect(blank.status).toBe(400);
    expect(blank.spanish.errors.cardNumber).toBe('Obligatorio');
    expectAllTranslated(blank);
    const month = await inBoth('POST', '/api/payment-methods', { ...VISA, expMonth: 13 });
    expect(month.spanish.errors.expMonth).toBe('Debe ser un mes (1–12)');
    expectAllTranslated(month);
  });

  test('a state without unlock codes says so with the number to call, on the command and on the dashboard', async () => {
    const res = await inBoth('POST', `/api/devices/${String(device.id)}/unlock-codes`, {});
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.spanish.message).toBe(`${state} no permite códigos de desbloqueo; llame al 1-800-555-0199`);
    const dashboard = (language: string) => api(base, 'GET', `/api/customers/${String(customer.id)}/dashboard`, undefined, { cookie, 'accept-language': language });
    const [english, spanish] = [(await dashboard('en')).body as Body, (await dashboard('es-MX,es;q=0.9,en;q=0.5')).body as Body];
    expect((english.devices as Body[])[0].unlockCode).toEqual({ allowed: false, reason: `${state} does not allow unlock codes; call 1-800-555-0199` });
    expect((spanish.devices as Body[])[0].unlockCode).toEqual({ allowed: false, reason: `${state} no permite códigos de desbloqueo; llame al 1-800-555-0199` });
  });

  test('another customer’s record, a wrong sign-in and an unknown ZIP code', async () => {
    const other = await createRecord(base, 'customers');
    const notMine = await inBoth('GET', `/api/customers/${String(other.id)}`);
    expect(notMine.status).toBe(404);
    expectAllTranslated(notMine);
    const signIn = await inBoth('POST', '/api/auth/login', { email: 'nobody@spanish.test', password: 'wrong-pass-1' }, { cookie: 'none=1' });
    expect(signIn.status).toBe(401);
    expect(signIn.spanish.message).toBe('Correo electrónico o contraseña incorrectos');
    const zip = await inBoth('GET', '/api/locator?zip=00000', undefined, { cookie: 'none=1' });
    expect(zip.status).toBe(400);
    expectAllTranslated(zip);
  });

  test('a language we do not write, or none, answers in English', async () => {
    const card = (await api(base, 'POST', '/api/payment-methods', DECLINING, { cookie })).body as Body;
    for (const language of ['fr', 'en-GB', '*', 'es;q=0.1, en;q=0.9']) {
      const res = await api(base, 'POST', '/api/payments', { amount: 50, paymentMethodId: card.id }, { cookie, 'accept-language': language });
      expect((res.body as Refusal).message, language).toBe('Your card was declined');
    }
  });
});
