import type { Db } from '../db/database.ts';

/** How repeated failed attempts are slowed, then refused. */
export interface ThrottlePolicy {
  /** Failed sign-ins for one email from one address (or wrong current passwords of one user) before that pair is refused. */
  maxFailures: number;
  /** Failed sign-ins from one address, whatever the emails, before the address is refused. */
  maxAddressFailures: number;
  /** Failures older than this are forgotten. */
  windowMs: number;
  /** How long a key that went over its limit is refused. */
  lockMs: number;
  /** Added delay per earlier failure before answering, capped. */
  delayPerFailureMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  maxFailures: 5,
  maxAddressFailures: 30,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  delayPerFailureMs: 300,
  maxDelayMs: 2_000,
};

/** The keys an attempt is counted under: each with its limit, or null for "slow down, never refuse". */
export interface ThrottleKey {
  key: string;
  limit: number | null;
}

/** The keys of a sign-in: the email from this address, the address, and the account from anywhere (delay only). */
export const signInKeys = (email: string, address: string, policy: ThrottlePolicy): ThrottleKey[] => [
  { key: `pair:${address}:${email}`, limit: policy.maxFailures },
  { key: `address:${address}`, limit: policy.maxAddressFailures },
  { key: `account:${email}`, limit: null },
];

/**
 * The keys of an enrolment: the case number from anywhere (so its facts cannot be guessed one
 * after another) and the address (so one place cannot try many cases). Case numbers are compared
 * without regard to case.
 */
export const enrolKeys = (caseNumber: string, address: string, policy: ThrottlePolicy): ThrottleKey[] => [
  { key: `enrol-case:${caseNumber.toLowerCase()}`, limit: policy.maxFailures },
  { key: `enrol-address:${address}`, limit: policy.maxAddressFailures },
];

/** The key of a signed-in user's password change. */
export const passwordChangeKeys = (userId: number, policy: ThrottlePolicy): ThrottleKey[] => [{ key: `password:${userId}`, limit: policy.maxFailures }];

/** One attempt counted under a key: how many (this one included) the window holds, and any lock. */
interface Counted {
  key: string;
  failures: number;
  lockedUntil: string | null;
}

/** What an attempt may do: go on after a delay, or be refused for a while. Its counts are to be settled afterwards. */
export type Reservation = { refusedForMs: number; delayMs: number; counted: Counted[] };

/**
 * Counts one attempt under a key before its password is checked, in one statement (an upsert
 * returning the new count), so that parallel attempts, in this process or others, each see a
 * different count. A key over its limit is locked; attempts while it is locked are not counted.
 */
async function count(db: Db, { key, limit }: ThrottleKey, policy: ThrottlePolicy, now: Date): Promise<Counted> {
  const at = now.toISOString();
  const windowStart = new Date(now.getTime() - policy.windowMs).toISOString();
  const lockUntil = new Date(now.getTime() + policy.lockMs).toISOString();
  return db
    .insertInto('signInFailures')
    .values({ key, failures: 1, firstFailureAt: at, lockedUntil: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet((eb) => {
        // The stored row, named with its table: PostgreSQL also has the `excluded` row in scope.
        const failures = eb.ref('signInFailures.failures');
        const firstFailureAt = eb.ref('signInFailures.firstFailureAt');
        const lockedUntil = eb.ref('signInFailures.lockedUntil');
        const locked = eb.and([eb(lockedUntil, 'is not', null), eb(lockedUntil, '>', at)]);
        // A lock that ended, or a first failure out of the window: counting starts again.
        const stale = eb.or([eb(lockedUntil, 'is not', null), eb(firstFailureAt, '<', windowStart)]);
        const next = eb(failures, '+', 1);
        return {
          failures: eb.case().when(locked).then(failures).when(stale).then(1).else(next).end(),
          firstFailureAt: eb.case().when(locked).then(firstFailureAt).when(stale).then(at).else(firstFailureAt).end(),
          lockedUntil: limit === null ? null : eb.case().when(locked).then(lockedUntil).when(stale).then(null).when(next, '>', limit).then(lockUntil).else(null).end(),
        };
      }),
    )
    .returning(['key', 'failures', 'lockedUntil'])
    .executeTakeFirstOrThrow();
}

/** Counts an attempt under every key: refused while any key is locked, else slowed by the failures before it. */
export async function reserveAttempt(db: Db, keys: ThrottleKey[], policy: ThrottlePolicy, now = new Date()): Promise<Reservation> {
  const counted: Counted[] = [];
  for (const key of keys) {
    const row = await count(db, key, policy, now);
    counted.push(row);
    const refusedForMs = row.lockedUntil ? Date.parse(row.lockedUntil) - now.getTime() : 0;
    if (refusedForMs > 0) {
      // A refused attempt checks no password: the keys counted before this one give it back.
      await release(db, counted.slice(0, -1), 1);
      return { refusedForMs, delayMs: 0, counted: [] };
    }
  }
  const delayMs = Math.min(Math.max(0, ...counted.map((c) => c.failures - 1)) * policy.delayPerFailureMs, policy.maxDelayMs);
  return { refusedForMs: 0, delayMs, counted };
}

/** Takes `by` attempts off each key's count (never below zero). */
async function release(db: Db, counted: Counted[], n: number) {
  for (const c of counted) {
    await db
      .updateTable('signInFailures')
      .set((eb) => ({ failures: eb.case().when('failures', '>', n).then(eb('failures', '-', n)).else(0).end() }))
      .where('key', '=', c.key)
      .execute();
  }
}

/**
 * After the right password: the attempt gives back what it counted, and the first key (the email
 * from this address, or the user changing their password) also forgets the failures before it.
 * Other keys keep them: a success from an address does not excuse what others tried from there.
 */
export async function settleSuccess(db: Db, reservation: Reservation) {
  const [own, ...others] = reservation.counted;
  if (own) await release(db, [own], own.failures);
  await release(db, others, 1);
}
