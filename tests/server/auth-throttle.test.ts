import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addUser, signInFrom, startAuthServers, type AuthServers } from './auth-servers.ts';

// Issue 12, items 5–7: throttling that holds under parallel requests (on two servers over one
// database, as two processes), counts per email and address and per address, never locks an
// account out for everyone, and covers the current password of a password change.

const POLICY = { maxFailures: 5, maxAddressFailures: 12, windowMs: 60_000, lockMs: 60_000, delayPerFailureMs: 40, maxDelayMs: 200 };
const PASSWORD = 'right-pass-1';

let servers: AuthServers;
let a: string;
let b: string;
let serial = 0;

beforeAll(async () => {
  servers = await startAuthServers(2, { auth: { throttle: POLICY } });
  [a, b] = servers.urls;
});
afterAll(() => servers.close());

/** A new user (an administrator) and a new address of its own. */
async function fresh() {
  serial++;
  const email = `throttle-${serial}@test.local`;
  await addUser(servers.db, email, PASSWORD);
  return { email, address: `10.12.${serial}.1`, elsewhere: `10.13.${serial}.1` };
}

const statuses = (answers: { status: number }[]) => answers.map((r) => r.status);
const countOf = (list: number[], status: number) => list.filter((s) => s === status).length;

describe('parallel attempts', () => {
  test('40 parallel wrong sign-ins for one email on two servers: 5 are checked, the rest refused', async () => {
    const { email, address } = await fresh();
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signInFrom(i % 2 ? a : b, address, email, 'wrong-pass-1')));
    const all = statuses(answers);
    expect(countOf(all, 401)).toBe(POLICY.maxFailures);
    expect(countOf(all, 429)).toBe(40 - POLICY.maxFailures);
  });

  test('19 wrong and the right password in parallel: at most 5 checked, and the lock holds afterwards', async () => {
    const { email, address } = await fresh();
    const passwords = Array.from({ length: 20 }, (_, i) => (i === 10 ? PASSWORD : 'wrong-pass-1'));
    const all = statuses(await Promise.all(passwords.map((password, i) => signInFrom(i % 2 ? a : b, address, email, password))));
    expect(countOf(all, 401) + countOf(all, 200)).toBeLessThanOrEqual(POLICY.maxFailures);
    expect((await signInFrom(a, address, email, 'wrong-pass-1')).status).toBe(429);
    expect((await signInFrom(b, address, email, PASSWORD)).status).toBe(429);
  });
});

describe('what is counted where', () => {
  test('five wrong passwords from one address lock that address out of the account, not its owner elsewhere (after a delay)', async () => {
    const { email, address, elsewhere } = await fresh();
    for (let i = 0; i < POLICY.maxFailures; i++) expect((await signInFrom(a, address, email, 'wrong-pass-1')).status).toBe(401);
    const refused = await signInFrom(a, address, email, PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.body.message).toMatch(/Too many failed sign-ins\. Try again in \d+ minute/);
    const started = Date.now();
    expect((await signInFrom(b, elsewhere, email, PASSWORD)).status).toBe(200);
    // The account's five failures (from anywhere) slow its sign-ins down: 5 × 40 ms, capped at 200 ms.
    expect(Date.now() - started).toBeGreaterThanOrEqual(POLICY.maxDelayMs - 10);
  });

  test('one success from an address does not forget what others failed from there', async () => {
    const { email, address } = await fresh();
    for (let i = 0; i < POLICY.maxAddressFailures - 1; i++) expect((await signInFrom(a, address, `nobody-${serial}-${i}@test.local`, 'wrong-pass-1')).status).toBe(401);
    expect((await signInFrom(a, address, email, PASSWORD)).status).toBe(200);
    expect((await signInFrom(a, address, `nobody-${serial}-x@test.local`, 'wrong-pass-1')).status).toBe(401);
    const locked = await signInFrom(a, address, `nobody-${serial}-y@test.local`, 'wrong-pass-1');
    expect(locked.status).toBe(429);
    // The whole address is refused now, the right password included.
    expect((await signInFrom(b, address, email, PASSWORD)).status).toBe(429);
  });

  test('a success forgets the failures of that email from that address', async () => {
    const { email, address } = await fresh();
    for (let i = 0; i < POLICY.maxFailures - 1; i++) expect((await signInFrom(a, address, email, 'wrong-pass-1')).status).toBe(401);
    expect((await signInFrom(a, address, email, PASSWORD)).status).toBe(200);
    for (let i = 0; i < POLICY.maxFailures; i++) expect((await signInFrom(b, address, email, 'wrong-pass-1')).status).toBe(401);
    expect((await signInFrom(b, address, email, 'wrong-pass-1')).status).toBe(429);
  });
});

describe('changing one’s password', () => {
  const change = (base: string, cookie: string, currentPassword: string) =>
    fetch(`${base}/api/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'XMLHttpRequest', cookie },
      body: JSON.stringify({ currentPassword, newPassword: 'newer-pass-2' }),
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as { message: string } }));

  test('wrong current passwords are throttled like sign-ins, in parallel too', async () => {
    const { email, address } = await fresh();
    const signedIn = await signInFrom(a, address, email, PASSWORD);
    const cookie = signedIn.headers.getSetCookie()[0].split(';')[0];
    const all = statuses(await Promise.all(Array.from({ length: 12 }, (_, i) => change(i % 2 ? a : b, cookie, 'wrong-pass-1'))));
    expect(countOf(all, 400)).toBe(POLICY.maxFailures);
    expect(countOf(all, 429)).toBe(12 - POLICY.maxFailures);
    const right = await change(a, cookie, PASSWORD);
    expect(right.status).toBe(429);
    expect(right.body.message).toMatch(/Too many wrong current passwords/);
  });
});
