import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cookieSecure, trustProxy } from '../../server/config.ts';
import { addUser, signInFrom, startAuthServers, type AuthServers } from './auth-servers.ts';

// Issue 12, items 9 and 17: the session cookie's Secure flag and HSTS follow HTTPS (as the
// trusted proxy tells it), every API answer is `no-store`, and the HTTP parser's 431 keeps the
// `{ message, errors }` shape.

let servers: AuthServers;
let base: string;
const USER = { email: 'transport@test.local', password: 'transport-pass-1' };

beforeAll(async () => {
  servers = await startAuthServers(1);
  [base] = servers.urls;
  await addUser(servers.db, USER.email, USER.password);
});
afterAll(() => servers.close());

describe('settings', () => {
  test('COOKIE_SECURE: on in production unless turned off, else whenever the request came over HTTPS', () => {
    expect(cookieSecure({ NODE_ENV: 'production' })).toBe(true);
    expect(cookieSecure({ NODE_ENV: 'production', COOKIE_SECURE: '0' })).toBe(false);
    expect(cookieSecure({ COOKIE_SECURE: 'true' })).toBe(true);
    expect(cookieSecure({})).toBe('auto');
    expect(() => cookieSecure({ COOKIE_SECURE: 'maybe' })).toThrow(/COOKIE_SECURE/);
  });
  test('TRUST_PROXY: off by default, true, or the proxies’ addresses', () => {
    expect(trustProxy({})).toBe(false);
    expect(trustProxy({ TRUST_PROXY: 'false' })).toBe(false);
    expect(trustProxy({ TRUST_PROXY: '1' })).toBe(true);
    expect(trustProxy({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' })).toBe('10.0.0.0/8, 127.0.0.1');
  });
});

describe('over HTTPS and over plain HTTP', () => {
  test('behind a proxy that says HTTPS: a Secure cookie and HSTS', async () => {
    const res = await signInFrom(base, '10.9.0.1', USER.email, USER.password, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
  test('over plain HTTP: neither', async () => {
    const res = await signInFrom(base, '10.9.0.2', USER.email, USER.password);
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).not.toMatch(/Secure/i);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});

describe('caching', () => {
  test.each([
    ['POST', '/api/auth/login', 200],
    ['GET', '/api/auth/me', 200],
    ['GET', '/api/users', 200],
    ['GET', '/api/nothing-here', 404],
    ['GET', '/api/regions/abc', 400],
  ] as const)('%s %s (%i) is no-store', async (method, url, status) => {
    const signedIn = await signInFrom(base, '10.9.0.3', USER.email, USER.password);
    const cookie = signedIn.headers.getSetCookie()[0].split(';')[0];
    const res = await fetch(base + url, {
      method,
      headers: { cookie, 'x-requested-with': 'XMLHttpRequest', 'content-type': 'application/json' },
      body: method === 'POST' ? JSON.stringify(USER) : undefined,
    });
    expect(res.status).toBe(status);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
  test('a signed-out 401 is no-store too', async () => {
    const res = await fetch(`${base}/api/users`);
    expect(res.status).toBe(401);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

describe('what the HTTP parser refuses', () => {
  test('an address over 16 kB is a 431 in the { message, errors } shape', async () => {
    const res = await fetch(`${base}/api/regions?q=${'x'.repeat(20_000)}`);
    expect(res.status).toBe(431);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = (await res.json()) as { message: unknown; errors: unknown };
    expect(body).toEqual({ message: expect.any(String), errors: {} });
  });
});
