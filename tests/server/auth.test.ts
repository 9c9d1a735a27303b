import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { TEST_ADMIN, api, signIn, startTestServer, type TestServer } from './test-server.ts';
import { expectErrorBody, snapshot, sleep } from './fixtures.ts';

let server: TestServer;
let base: string;

beforeAll(async () => {
  server = await startTestServer(undefined, {
    auth: { throttle: { maxFailures: 3, maxAddressFailures: 10, windowMs: 60_000, lockMs: 60_000, delayPerFailureMs: 5, maxDelayMs: 20 } },
  });
  base = server.url;
});
afterAll(() => server.close());

const anonymous = { cookie: '' };
const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  api(base, 'POST', '/api/auth/login', { email, password }, { cookie: '', ...headers });

async function newUser(role = 'compliance', password = 'secret-pass-1') {
  const email = `${role}-${Math.random().toString(36).slice(2)}@test.local`;
  const res = await api(base, 'POST', '/api/users', { name: `A ${role}`, email, role, password });
  expect(res.status).toBe(201);
  return { id: res.body.id as number, email, password };
}

describe('signed out', () => {
  test.each(['/api/work-orders', '/api/work-orders/1', '/api/auth/me', '/api/health', '/api/audit-log', '/api/nothing-here'])(
    'GET %s answers 401',
    async (url) => {
      const res = await api(base, 'GET', url, undefined, anonymous);
      expectErrorBody(res, 401);
    },
  );
  test('a write answers 401 and changes nothing', async () => {
    const before = await snapshot(server.db);
    expectErrorBody(await api(base, 'POST', '/api/regions', { code: 'X', name: 'X' }, anonymous), 401);
    expect(await snapshot(server.db)).toEqual(before);
  });
  test('a forged or stale cookie is 401', async () => {
    expectErrorBody(await api(base, 'GET', '/api/regions', undefined, { cookie: 'interlock_session=forged' }), 401);
  });
});

describe('sign-in', () => {
  test('sets an httpOnly SameSite=Strict session cookie and answers the user with permissions, no secrets', async () => {
    const res = await login(TEST_ADMIN.email, TEST_ADMIN.password);
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^interlock_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\//);
    expect(res.body).toMatchObject({ email: TEST_ADMIN.email, role: 'admin' });
    expect(res.body.permissions.users).toEqual(['read', 'create', 'update']);
    expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|scrypt/);
  });
  test('a wrong password and an unknown email get the same generic message', async () => {
    const user = await newUser();
    const wrong = await login(user.email, 'wrong-pass-1');
    const unknown = await login('nobody@test.local', 'wrong-pass-1');
    expectErrorBody(wrong, 401);
    expectErrorBody(unknown, 401);
    expect(wrong.body.message).toBe('Wrong email or password');
    expect(unknown.body.message).toBe(wrong.body.message);
  });
  test('a malformed sign-in body is a 400 with field errors', async () => {
    const res = await api(base, 'POST', '/api/auth/login', { email: '' }, anonymous);
    expectErrorBody(res, 400);
    expect(res.body.errors).toMatchObject({ email: 'Required', password: expect.any(String) });
  });
  test('me answers who is signed in; sign-out ends the session on the server', async () => {
    const user = await newUser('onboarding');
    const cookie = await signIn(base, user.email, user.password);
    const me = await api(base, 'GET', '/api/auth/me', undefined, { cookie });
    expect(me.body).toMatchObject({ id: user.id, role: 'onboarding', permissions: { 'service-centers': ['read', 'create', 'update', 'go-live', 'upload-document', 'import'] } });
    expect((await api(base, 'POST', '/api/auth/logout', undefined, { cookie })).status).toBe(200);
    expectErrorBody(await api(base, 'GET', '/api/auth/me', undefined, { cookie }), 401);
  });
});

describe('throttling of failed sign-ins', () => {
  test('an account is slowed, then refused from that address for a while with a clear message, even with the right password', async () => {
    const user = await newUser();
    for (let i = 0; i < 3; i++) expect((await login(user.email, 'wrong-pass-1')).status).toBe(401);
    const locked = await login(user.email, user.password);
    expectErrorBody(locked, 429);
    expect(locked.body.message).toMatch(/Too many failed sign-ins\. Try again in \d+ minute/);
    const rows = await server.db.selectFrom('signInFailures').selectAll().where('key', '=', `pair:127.0.0.1:${user.email}`).execute();
    expect(rows[0].lockedUntil).not.toBeNull();
  });
  test('failures from one address across accounts lock that address, past its own limit', async () => {
    await server.db.deleteFrom('signInFailures').execute();
    for (let i = 0; i < 10; i++) expect((await login(`someone${i}@test.local`, 'wrong-pass-1')).status).toBe(401);
    expectErrorBody(await login(TEST_ADMIN.email, TEST_ADMIN.password), 429);
    await server.db.deleteFrom('signInFailures').execute();
    expect((await login(TEST_ADMIN.email, TEST_ADMIN.password)).status).toBe(200);
  });
});

describe('passwords', () => {
  test.each([
    ['short1', 'At least 8 characters'],
    ['longpassword', 'At least one number'],
  ])('the policy refuses %s on user creation (%s)', async (password, why) => {
    const res = await api(base, 'POST', '/api/users', { name: 'P', email: `p-${password}@test.local`, role: 'compliance', password });
    expectErrorBody(res, 400);
    expect(res.body.errors.password).toBe(why);
  });
  test('a change needs the current password and meets the policy; other sessions end', async () => {
    const user = await newUser();
    const first = await signIn(base, user.email, user.password);
    const second = await signIn(base, user.email, user.password);
    const wrong = await api(base, 'POST', '/api/auth/password', { currentPassword: 'nope-nope-1', newPassword: 'better-pass-2' }, { cookie: first });
    expectErrorBody(wrong, 400);
    expect(wrong.body.errors.currentPassword).toBe('Wrong password');
    const weak = await api(base, 'POST', '/api/auth/password', { currentPassword: user.password, newPassword: 'weak' }, { cookie: first });
    expect(weak.body.errors.newPassword).toBe('At least 8 characters');
    const ok = await api(base, 'POST', '/api/auth/password', { currentPassword: user.password, newPassword: 'better-pass-2' }, { cookie: first });
    expect(ok.status).toBe(200);
    expect((await api(base, 'GET', '/api/auth/me', undefined, { cookie: first })).status).toBe(200);
    expectErrorBody(await api(base, 'GET', '/api/auth/me', undefined, { cookie: second }), 401);
    expect((await login(user.email, user.password)).status).toBe(401);
    expect((await login(user.email, 'better-pass-2')).status).toBe(200);
  });
  test('no response ever carries a password hash', async () => {
    const user = await newUser();
    for (const url of ['/api/users', `/api/users/${user.id}`, '/api/audit-log?_start=0&_end=1000']) {
      const res = await api(base, 'GET', url);
      expect(JSON.stringify(res.body)).not.toMatch(/passwordHash|scrypt\$/);
    }
  });
});

describe('deactivation', () => {
  test('an admin deactivates a user: their sessions end at once and they cannot sign in', async () => {
    const user = await newUser();
    const cookie = await signIn(base, user.email, user.password);
    expect((await api(base, 'GET', '/api/regions', undefined, { cookie })).status).toBe(200);
    expect((await api(base, 'PATCH', `/api/users/${user.id}`, { active: false })).status).toBe(200);
    expectErrorBody(await api(base, 'GET', '/api/regions', undefined, { cookie }), 401);
    expectErrorBody(await login(user.email, user.password), 401);
  });
});

describe('session expiry', () => {
  test('idle and absolute limits end a session', async () => {
    const idle = await startTestServer(undefined, { auth: { limits: { idleMs: 300, absoluteMs: 60_000 } } });
    try {
      expect((await api(idle.url, 'GET', '/api/regions')).status).toBe(200);
      await sleep(400);
      expectErrorBody(await api(idle.url, 'GET', '/api/regions'), 401);
    } finally {
      await idle.close();
    }
  });
});

describe('request forgery and headers', () => {
  test('a signed-in write without X-Requested-With is refused and changes nothing', async () => {
    const before = await snapshot(server.db);
    const res = await api(base, 'POST', '/api/regions', { code: 'CSRF', name: 'Forged' }, { 'x-requested-with': '' });
    expectErrorBody(res, 403);
    expect(res.body.message).toMatch(/X-Requested-With/);
    expect(await snapshot(server.db)).toEqual(before);
  });
  test('responses carry a content security policy, no-sniff and frame-deny', async () => {
    const res = await api(base, 'GET', '/api/regions');
    expect(res.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});
