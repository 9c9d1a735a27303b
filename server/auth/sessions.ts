import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/database.ts';
import type { Actor, Role } from './roles.ts';

export const SESSION_COOKIE = 'interlock_session';

export interface SessionLimits {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after sign-in, used or not. */
  absoluteMs: number;
}

export const DEFAULT_LIMITS: SessionLimits = { idleMs: 2 * 3600_000, absoluteMs: 12 * 3600_000 };

/** lastSeenAt is written at most this often, so reads stay reads. */
const TOUCH_EVERY_MS = 60_000;

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

export interface SignedInUser extends Actor {
  name: string;
  email: string;
}

/** Starts a session; returns the token for the cookie (only its digest is stored). */
export async function createSession(db: Db, userId: number, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  await db.insertInto('sessions').values({ id: digest(token), userId, createdAt: at, lastSeenAt: at, revokedAt: null }).execute();
  return token;
}

/** The signed-in user behind a token, or null if the session is unknown, revoked, expired or the user inactive. */
export async function findSession(db: Db, token: string, limits: SessionLimits, now = new Date()): Promise<SignedInUser | null> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.userId')
    .select([
      'sessions.id as sessionId',
      'sessions.createdAt',
      'sessions.lastSeenAt',
      'sessions.revokedAt',
      'users.id',
      'users.name',
      'users.email',
      'users.role',
      'users.regionId',
      'users.serviceCenterId',
      'users.customerId',
      'users.active',
    ])
    .where('sessions.id', '=', digest(token))
    .executeTakeFirst();
  if (!row || row.revokedAt || !row.active) return null;
  const t = now.getTime();
  if (t - Date.parse(row.lastSeenAt) > limits.idleMs || t - Date.parse(row.createdAt) > limits.absoluteMs) return null;
  if (t - Date.parse(row.lastSeenAt) > TOUCH_EVERY_MS) {
    await db.updateTable('sessions').set({ lastSeenAt: now.toISOString() }).where('id', '=', row.sessionId).execute();
  }
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Role,
    regionId: row.regionId,
    serviceCenterId: row.serviceCenterId,
    customerId: row.customerId,
  };
}

export async function revokeSession(db: Db, token: string, now = new Date()) {
  await db.updateTable('sessions').set({ revokedAt: now.toISOString() }).where('id', '=', digest(token)).where('revokedAt', 'is', null).execute();
}

/** Ends every session of a user at once (deactivation, password change). */
export async function revokeUserSessions(db: Db, userId: number, now = new Date(), except?: string) {
  let query = db.updateTable('sessions').set({ revokedAt: now.toISOString() }).where('userId', '=', userId).where('revokedAt', 'is', null);
  if (except) query = query.where('id', '!=', digest(except));
  await query.execute();
}
