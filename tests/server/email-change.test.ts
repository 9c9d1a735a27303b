import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, TEST_ADMIN, type TestServer } from './test-server.ts';
import { expectErrorBody, post, unique, useDatabase } from './fixtures.ts';
import { anonymous, enrollableCustomer, messagesTo, tokenIn } from './account-fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer(undefined, { auth: { throttle: { delayPerFailureMs: 0 } } });
  base = server.url;
  useDatabase(server);
});
afterAll(() => server.close());

const PASSWORD = 'change-pass-1';
const address = (what: string) => `${what}-${unique()}@change.test`;
const signInStatus = async (email: string) => (await anonymous(base, '/api/auth/login', { email, password: PASSWORD })).status;

/** A customer (Spanish-speaking when asked) with a login, signed in. */
async function signedInCustomer(overrides: Body = {}) {
  const { customer } = await enrollableCustomer(base, overrides);
  const email = address('customer');
  await post(base, 'users', { name: 'Cliente Uno', email, role: 'customer', customerId: customer.id, password: PASSWORD });
  return { customer, email, cookie: await signIn(base, email, PASSWORD) };
}

const askChange = (cookie: string, newEmail: string, currentPassword = PASSWORD) => api(base, 'POST', '/api/auth/email', { newEmail, currentPassword }, { cookie });
const verify = (token: string) => anonymous(base, '/api/auth/verify-email', { token });

describe('a signed-in user changes their e-mail by confirming the new one', () => {
  test('until the link is opened the old address signs in and the new one does not; afterwards the other way round', async () => {
    const { customer, email, cookie } = await signedInCustomer();
    const newEmail = address('new');
    const asked = await askChange(cookie, newEmail.toUpperCase());
    expect(asked.status, JSON.stringify(asked.body)).toBe(202);
    expect(asked.body).toEqual({ message: `Check your inbox at ${newEmail} and open the link within 24 hours. Until then, sign in with ${email}.`, pendingEmail: newEmail });

    const [link] = await messagesTo(server.db, newEmail);
    expect(link).toMatchObject({ kind: 'verify-email', subject: 'Confirm your new e-mail address' });
    const [notice] = await messagesTo(server.db, email);
    expect(notice).toMatchObject({ kind: 'account-notice', subject: 'Your sign-in e-mail is about to change' });
    expect(notice.body).toContain(newEmail);
    expect(notice.body).not.toContain('token=');

    expect(await signInStatus(email)).toBe(200);
    expect(await signInStatus(newEmail)).toBe(401);
    expect((await api(base, 'GET', '/api/auth/me', undefined, { cookie })).body.email).toBe(email);

    const opened = await verify(tokenIn(link.body));
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body).toEqual({ purpose: 'email-change', email: newEmail });
    expect(await signInStatus(newEmail)).toBe(200);
    expect(await signInStatus(email)).toBe(401);
    // The customer's e-mail on file follows, written as the customer (the audit log names them).
    const record = (await api(base, 'GET', `/api/customers/${String(customer.id)}`)).body as Body;
    expect(record.email).toBe(newEmail);
    const logged = await server.db.selectFrom('auditLog').selectAll().where('resource', '=', 'customers').where('recordId', '=', customer.id as number).where('action', '=', 'verify-email').execute();
    expect(logged).toHaveLength(1);
    expect(JSON.parse(logged[0].diff!)).toEqual({ email: [null, newEmail] });
    expect((await verify(tokenIn(link.body))).status).toBe(400);
  });

  test('an address another account signs in with: 409 under newEmail when asked, and again when the link is opened', async () => {
    const first = await signedInCustomer();
    const taken = await askChange(first.cookie, TEST_ADMIN.email);
    expectErrorBody(taken, 409);
    expect(taken.body.errors).toEqual({ newEmail: 'Already the e-mail of another account' });

    const wanted = address('wanted');
    expect((await askChange(first.cookie, wanted)).status).toBe(202);
    // Someone else takes the address before the link is opened.
    await post(base, 'users', { name: 'Quicker', email: wanted, role: 'compliance', password: PASSWORD });
    const late = await verify(tokenIn((await messagesTo(server.db, wanted))[0].body));
    expectErrorBody(late, 409);
    expect(late.body.errors).toEqual({ newEmail: 'Already the e-mail of another account' });
    expect(await signInStatus(first.email)).toBe(200);
  });

  test('the current password is required and wrong ones are throttled; the same address is refused; a newer request replaces the older', async () => {
    const { email, cookie } = await signedInCustomer();
    const wrong = await askChange(cookie, address('x'), 'not-my-pass-1');
    expectErrorBody(wrong, 400);
    expect(wrong.body.errors).toEqual({ currentPassword: 'Wrong password' });
    const same = await askChange(cookie, email);
    expectErrorBody(same, 400);
    expect(same.body.errors).toEqual({ newEmail: 'Already your e-mail address' });
    expect((await askChange(cookie, 'not-an-address')).body.errors).toEqual({ newEmail: 'Not a valid email address' });

    const [older, newer] = [address('older'), address('newer')];
    await askChange(cookie, older);
    await askChange(cookie, newer);
    expectErrorBody(await verify(tokenIn((await messagesTo(server.db, older))[0].body)), 400);
    expect((await verify(tokenIn((await messagesTo(server.db, newer))[0].body))).body).toEqual({ purpose: 'email-change', email: newer });

    for (let i = 0; i < 5; i++) await askChange(cookie, address('y'), 'not-my-pass-1');
    expectErrorBody(await askChange(cookie, address('y')), 429);
  });

  test('messages go out in the customer’s language', async () => {
    const { cookie } = await signedInCustomer({ language: 'es' });
    const newEmail = address('nuevo');
    await askChange(cookie, newEmail);
    const [link] = await messagesTo(server.db, newEmail);
    expect(link.subject).toBe('Confirme su nueva dirección de correo');
  });

  test('signed out: 401; staff change their own e-mail the same way (no customer record to follow)', async () => {
    expectErrorBody(await api(base, 'POST', '/api/auth/email', { newEmail: address('z'), currentPassword: PASSWORD }, { cookie: '' }), 401);
    const staffEmail = address('staff');
    await post(base, 'users', { name: 'Staff', email: staffEmail, role: 'compliance', password: PASSWORD });
    const cookie = await signIn(base, staffEmail, PASSWORD);
    const newEmail = address('staff-new');
    expect((await askChange(cookie, newEmail)).status).toBe(202);
    expect((await verify(tokenIn((await messagesTo(server.db, newEmail))[0].body))).status).toBe(200);
    expect(await signInStatus(newEmail)).toBe(200);
  });
});
