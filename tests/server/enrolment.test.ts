import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { expectErrorBody, post, unique, useDatabase } from './fixtures.ts';
import { anonymous, enrollableCustomer, messagesTo, tokenIn } from './account-fixtures.ts';

type Body = Record<string, unknown>;

let server: TestServer;
let base: string;

// Three failures per case number before it is refused; no delays, so the tests run fast.
beforeAll(async () => {
  server = await startTestServer(undefined, { auth: { throttle: { maxFailures: 3, maxAddressFailures: 1000, delayPerFailureMs: 0 } } });
  base = server.url;
  useDatabase(server);
});
afterAll(() => server.close());

const PASSWORD = 'enrol-pass-1';
const NEUTRAL = /If these details match a program without an account/;
const enrol = (facts: Body, email: string, password = PASSWORD) => anonymous(base, '/api/auth/enrol', { ...facts, email, password });
const verify = (token: string) => anonymous(base, '/api/auth/verify-email', { token });
const newAddress = () => `enrollee-${unique()}@enrol.test`;
const loginOf = (customerId: unknown) => server.db.selectFrom('users').selectAll().where('customerId', '=', customerId as number).executeTakeFirst();
const signInStatus = async (email: string, password = PASSWORD) => (await anonymous(base, '/api/auth/login', { email, password })).status;

/** What enrolment may create: logins, links, messages (the audit log aside). */
async function accountRows() {
  const [users, links, outbox] = await Promise.all([
    server.db.selectFrom('users').selectAll().orderBy('id').execute(),
    server.db.selectFrom('emailVerifications').selectAll().orderBy('id').execute(),
    server.db.selectFrom('outbox').selectAll().orderBy('id').execute(),
  ]);
  return { users, links, outbox };
}

describe('enrolment from facts the customer holds', () => {
  test('matching facts: an inactive login and a link in the outbox; the link activates it, once', async () => {
    const { customer, facts } = await enrollableCustomer(base);
    const email = newAddress();
    // Facts in another case and with spaces still match: people type them as they read them.
    const answer = await enrol({ caseNumber: facts.caseNumber.toLowerCase(), lastName: ` ${facts.lastName.toUpperCase()} `, deviceSerial: facts.deviceSerial.toLowerCase() }, email);
    expect(answer.status, JSON.stringify(answer.body)).toBe(202);
    expect(answer.body.message).toMatch(NEUTRAL);

    const login = await loginOf(customer.id);
    expect(login).toMatchObject({ email, role: 'customer', active: 0, name: `${String(customer.firstName)} ${String(customer.lastName)}` });
    const [message] = await messagesTo(server.db, email);
    expect(message).toMatchObject({ kind: 'verify-email', status: 'queued', resource: 'users', recordId: login!.id });
    expect(message.body).toContain('http://localhost:3000/portal/verify-email?token=');
    const token = tokenIn(message.body);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // Only the token's digest is stored, with the purpose and a 24-hour expiry.
    const [link] = await server.db.selectFrom('emailVerifications').selectAll().where('userId', '=', login!.id).execute();
    expect(link).toMatchObject({ purpose: 'enrol', newEmail: email, usedAt: null });
    expect(JSON.stringify(link)).not.toContain(token);
    expect(Date.parse(link.expiresAt) - Date.parse(link.createdAt)).toBe(24 * 3600_000);

    // Not confirmed yet: the right password does not sign in, and says why.
    const early = await anonymous(base, '/api/auth/login', { email, password: PASSWORD });
    expectErrorBody(early, 401);
    expect(early.body.message).toMatch(/Confirm your e-mail address first/);

    const opened = await verify(token);
    expect(opened.status, JSON.stringify(opened.body)).toBe(200);
    expect(opened.body).toEqual({ purpose: 'enrol', email });
    const cookie = await signIn(base, email, PASSWORD);
    expect((await api(base, 'GET', '/api/auth/me', undefined, { cookie })).body).toMatchObject({ role: 'customer', customerId: customer.id, email });
    // The confirmed address is the customer's e-mail on file too.
    expect((await api(base, 'GET', `/api/customers/${String(customer.id)}`)).body.email).toBe(email);

    const again = await verify(token);
    expectErrorBody(again, 400);
    expect(again.body.errors).toEqual({ token: 'This link was already used' });
  });

  test('facts that do not match: the same answer, and nothing is created or sent', async () => {
    const { facts } = await enrollableCustomer(base);
    const other = await enrollableCustomer(base);
    const before = await accountRows();
    for (const wrong of [
      { ...facts, deviceSerial: 'HS-NOPE' },
      { ...facts, lastName: 'Someone' },
      { ...facts, caseNumber: 'CR-0000-0' },
      // Another customer's device does not open this customer's account.
      { ...facts, deviceSerial: other.facts.deviceSerial },
    ]) {
      const answer = await enrol(wrong, newAddress());
      expect(answer.status).toBe(202);
      expect(answer.body.message).toMatch(NEUTRAL);
    }
    expect(await accountRows()).toEqual(before);
  });

  test('a customer who has an account: the same answer; a notice goes to their account’s address, nothing to the one typed', async () => {
    const { customer, facts } = await enrollableCustomer(base);
    const existing = `has-login-${unique()}@enrol.test`;
    const login = await post(base, 'users', { name: 'Has Login', email: existing, role: 'customer', customerId: customer.id, password: PASSWORD });
    const typed = newAddress();
    const answer = await enrol(facts, typed);
    expect(answer.status).toBe(202);
    expect(answer.body.message).toMatch(NEUTRAL);
    expect(await messagesTo(server.db, typed)).toEqual([]);
    const [notice] = await messagesTo(server.db, existing);
    expect(notice).toMatchObject({ kind: 'account-notice', subject: 'You already have a client portal account' });
    expect(notice.body).toContain(`Sign in at http://localhost:3000/portal/ with ${existing}`);
    // The account is as it was: same address, same password.
    expect(await loginOf(customer.id)).toMatchObject({ id: login.id, email: existing, active: 1 });
    expect(await signInStatus(existing)).toBe(200);
    // A second try within the hour sends no second notice.
    await enrol(facts, typed);
    expect(await messagesTo(server.db, existing)).toHaveLength(1);
  });

  test('an address that is another account’s: the same answer, a notice to that address, no login', async () => {
    const { customer, facts } = await enrollableCustomer(base);
    const answer = await enrol(facts, 'admin@test.local');
    expect(answer.status).toBe(202);
    expect(await loginOf(customer.id)).toBeUndefined();
    const notices = await messagesTo(server.db, 'admin@test.local');
    expect(notices.map((m) => m.subject)).toEqual(['This e-mail address already has an account']);
  });

  test('enrolling again before confirming: the newest address and password count, the older link stops working', async () => {
    const { customer, facts } = await enrollableCustomer(base);
    const [first, second] = [newAddress(), newAddress()];
    await enrol(facts, first);
    const oldToken = tokenIn((await messagesTo(server.db, first))[0].body);
    await enrol(facts, second, 'other-pass-2');
    const newToken = tokenIn((await messagesTo(server.db, second))[0].body);
    expect((await loginOf(customer.id))?.email).toBe(second);
    const stale = await verify(oldToken);
    expectErrorBody(stale, 400);
    expect(stale.body.errors.token).toMatch(/not valid/);
    expect((await verify(newToken)).status).toBe(200);
    expect(await signInStatus(second, 'other-pass-2')).toBe(200);
    expect(await signInStatus(second)).toBe(401);
  });

  test('a link expires after 24 hours; an unknown or malformed token is refused', async () => {
    const { customer, facts } = await enrollableCustomer(base);
    const email = newAddress();
    await enrol(facts, email);
    const token = tokenIn((await messagesTo(server.db, email))[0].body);
    const login = (await loginOf(customer.id))!;
    await server.db.updateTable('emailVerifications').set({ expiresAt: new Date(Date.now() - 1000).toISOString() }).where('userId', '=', login.id).execute();
    const expired = await verify(token);
    expectErrorBody(expired, 400);
    expect(expired.body.errors.token).toMatch(/expired/);
    expect((await loginOf(customer.id))?.active).toBe(0);
    expect((await verify('A'.repeat(43))).body.errors.token).toMatch(/not valid/);
    const malformed = await verify('not a token!');
    expectErrorBody(malformed, 400);
    expect(malformed.body.errors).toEqual({ token: 'This link is not valid' });
  });

  test('the password rule and the fields are checked first, each under its field', async () => {
    const { facts } = await enrollableCustomer(base);
    const weak = await enrol(facts, newAddress(), 'short1');
    expectErrorBody(weak, 400);
    expect(weak.body.errors).toEqual({ password: 'At least 8 characters' });
    expect((await enrol(facts, newAddress(), 'no-numbers-here')).body.errors).toEqual({ password: 'At least one number' });
    const bad = await anonymous(base, '/api/auth/enrol', { caseNumber: ' ', lastName: facts.lastName, deviceSerial: facts.deviceSerial, email: 'nope', password: PASSWORD, role: 'admin' });
    expectErrorBody(bad, 400);
    expect(bad.body.errors).toMatchObject({ caseNumber: 'Required', email: 'Not a valid email address', role: 'Unknown field' });
  });

  test('throttled like sign-in: after three misses on a case number even the right facts are refused for a while', async () => {
    const { customer, facts } = await enrollableCustomer(base);
    for (let i = 0; i < 3; i++) expect((await enrol({ ...facts, deviceSerial: `WRONG-${i}` }, newAddress())).status).toBe(202);
    const refused = await enrol(facts, newAddress());
    expectErrorBody(refused, 429);
    expect(refused.body.message).toMatch(/Too many enrolment attempts/);
    expect(await loginOf(customer.id)).toBeUndefined();
  });
});

describe('enrolment throttled per address', () => {
  test('one address trying many case numbers is refused', async () => {
    const strict = await startTestServer(undefined, { auth: { throttle: { maxFailures: 100, maxAddressFailures: 2, delayPerFailureMs: 0 } } });
    try {
      const attempt = (n: number) => anonymous(strict.url, '/api/auth/enrol', { caseNumber: `CR-X-${n}`, lastName: 'Nobody', deviceSerial: 'HS-0', email: `x${n}@enrol.test`, password: PASSWORD });
      expect((await attempt(1)).status).toBe(202);
      expect((await attempt(2)).status).toBe(202);
      expectErrorBody(await attempt(3), 429);
    } finally {
      await strict.close();
    }
  });
});
