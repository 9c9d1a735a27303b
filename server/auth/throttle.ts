import type { Db } from '../db/database.ts';
import type { Row } from '../db/schema.ts';

/** How repeated failed sign-ins are slowed, then refused. */
export interface ThrottlePolicy {
  /** Failures within the window before the key is locked. */
  maxFailures: number;
  windowMs: number;
  lockMs: number;
  /** Added delay per earlier failure before answering, capped. */
  delayPerFailureMs: number;
  maxDelayMs: number;
}

export const DEFAULT_THROTTLE: ThrottlePolicy = {
  maxFailures: 5,
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  delayPerFailureMs: 300,
  maxDelayMs: 2_000,
};

type FailureRow = Row<'signInFailures'>;

/** Pure: the state of one key now. */
export function throttleState(row: FailureRow | undefined, policy: ThrottlePolicy, now: Date) {
  if (!row) return { lockedForMs: 0, delayMs: 0 };
  const lockedForMs = row.lockedUntil ? Math.max(0, Date.parse(row.lockedUntil) - now.getTime()) : 0;
  const inWindow = now.getTime() - Date.parse(row.firstFailureAt) <= policy.windowMs;
  const failures = inWindow ? row.failures : 0;
  return { lockedForMs, delayMs: Math.min(failures * policy.delayPerFailureMs, policy.maxDelayMs) };
}

/** Pure: the row after one more failure. */
export function afterFailure(row: FailureRow | undefined, key: string, policy: ThrottlePolicy, now: Date): FailureRow {
  const fresh = !row || now.getTime() - Date.parse(row.firstFailureAt) > policy.windowMs;
  const failures = fresh ? 1 : row.failures + 1;
  const firstFailureAt = fresh ? now.toISOString() : row.firstFailureAt;
  const lockedUntil = failures >= policy.maxFailures ? new Date(now.getTime() + policy.lockMs).toISOString() : null;
  return { key, failures: lockedUntil ? 0 : failures, firstFailureAt: lockedUntil ? now.toISOString() : firstFailureAt, lockedUntil };
}

export async function readFailures(db: Db, keys: string[]) {
  if (!keys.length) return [];
  return db.selectFrom('signInFailures').selectAll().where('key', 'in', keys).execute();
}

export async function recordFailure(db: Db, key: string, policy: ThrottlePolicy, now: Date) {
  const [row] = await readFailures(db, [key]);
  const next = afterFailure(row, key, policy, now);
  if (row) await db.updateTable('signInFailures').set(next).where('key', '=', key).execute();
  else await db.insertInto('signInFailures').values(next).execute();
}

export async function clearFailures(db: Db, key: string) {
  await db.deleteFrom('signInFailures').where('key', '=', key).execute();
}
