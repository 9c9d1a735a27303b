import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { createRecord, expectErrorBody, post, snapshot, unique, useDatabase } from './fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;
let mine: Body;
let theirs: Body;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer();
  base = server.url;
  useDatabase(server);
  [mine, theirs] = [await createRecord(base, 'customers'), await createRecord(base, 'customers')];
  const email = `prefs-${unique()}@prefs.test`;
  await post(base, 'users', { name: 'Pref Customer', email, role: 'customer', customerId: mine.id, password: 'pref-pass-1' });
  cookie = await signIn(base, email, 'pref-pass-1');
});
afterAll(() => server.close());

const PREFERENCES = { appointments: 'sms', payments: 'email', calibration: 'phone', programNotices: 'none' };
const asCustomer = (method: string, url: string, body?: unknown) => api(base, method, url, body, { cookie });

describe('contact preferences per topic and the language', () => {
  test('a new customer speaks English and has not said how to hear about each topic', () => {
    expect(mine).toMatchObject({ language: 'en', contactPreferences: null });
  });

  test('the customer sets their own; another customer’s record is not found', async () => {
    const changed = await asCustomer('PATCH', `/api/customers/${String(mine.id)}`, { contactPreferences: PREFERENCES, language: 'es', remindersOptIn: false });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({ contactPreferences: PREFERENCES, language: 'es', remindersOptIn: false });
    expect((await asCustomer('GET', `/api/customers/${String(mine.id)}`)).body.contactPreferences).toEqual(PREFERENCES);
    expectErrorBody(await asCustomer('PATCH', `/api/customers/${String(theirs.id)}`, { language: 'es' }), 404);
  });

  test('compliance edits them too', async () => {
    const changed = await api(base, 'PATCH', `/api/customers/${String(theirs.id)}`, { contactPreferences: { ...PREFERENCES, payments: 'sms' }, language: 'es' });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ contactPreferences: { payments: 'sms' }, language: 'es' });
  });

  test.each([
    ['a topic missing', { appointments: 'sms', payments: 'email', calibration: 'phone' }, { 'contactPreferences.programNotices': 'One of: email, sms, phone, none' }],
    ['an unknown topic', { ...PREFERENCES, marketing: 'email' }, { marketing: 'Unknown field' }],
    ['an unknown channel', { ...PREFERENCES, payments: 'pigeon' }, { 'contactPreferences.payments': 'One of: email, sms, phone, none' }],
    ['a list', ['email'], { contactPreferences: 'Invalid input: expected record, received array' }],
    ['a string', 'email', { contactPreferences: 'Invalid input: expected record, received string' }],
  ])('%s is a 400 under the field, nothing changed', async (_, contactPreferences, errors) => {
    const before = await snapshot(server.db);
    const refused = await asCustomer('PATCH', `/api/customers/${String(mine.id)}`, { contactPreferences });
    expectErrorBody(refused, 400);
    expect(refused.body.errors).toEqual(errors);
    expect(await snapshot(server.db)).toEqual(before);
  });

  test('a language other than English or Spanish is a 400', async () => {
    const refused = await asCustomer('PATCH', `/api/customers/${String(mine.id)}`, { language: 'fr' });
    expectErrorBody(refused, 400);
    expect(refused.body.errors).toEqual({ language: 'One of: en, es' });
  });
});
