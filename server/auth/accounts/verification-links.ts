import { createHash, randomBytes } from 'node:crypto';
import type { Db, Transaction } from '../../db/database.ts';
import type { Row } from '../../db/schema.ts';
import { badRequest } from '../../rest/errors.ts';

/** What a link confirms: a new customer account's address, or a login's new address. */
export const VERIFICATION_PURPOSES = ['enrol', 'email-change'] as const;
export type VerificationPurpose = (typeof VERIFICATION_PURPOSES)[number];

/** How long a link works. */
export const LINK_VALID_MS = 24 * 3600_000;

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/** The path of the portal page that posts a link's token back. */
export const verifyPath = (token: string) => `/portal/verify-email?token=${token}`;

/**
 * A new single-use link for a login (32 random bytes; only their SHA-256 is stored): the login's
 * earlier unused links for the same purpose stop working, so only the latest request counts.
 * Returns the token, which goes into the e-mail only.
 */
export async function issueLink(trx: Transaction, userId: number, purpose: VerificationPurpose, newEmail: string, now = new Date()): Promise<{ id: number; token: string }> {
  await trx.deleteFrom('emailVerifications').where('userId', '=', userId).where('purpose', '=', purpose).where('usedAt', 'is', null).execute();
  const token = randomBytes(32).toString('base64url');
  const at = now.toISOString();
  const { id } = await trx
    .insertInto('emailVerifications')
    .values({ userId, purpose, newEmail, tokenHash: digest(token), expiresAt: new Date(now.getTime() + LINK_VALID_MS).toISOString(), usedAt: null, createdAt: at, updatedAt: at, version: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id, token };
}

const refused = (why: string) => badRequest(why, { token: why });

/**
 * Uses up the link of a token, once: an unknown, used or expired link is a 400 saying which. Marked
 * used in the same statement that checks it is unused, so two clicks at once cannot both pass.
 */
export async function useLink(trx: Transaction, token: string, now = new Date()): Promise<Row<'emailVerifications'>> {
  const link = await trx.selectFrom('emailVerifications').selectAll().where('tokenHash', '=', digest(token)).executeTakeFirst();
  if (!link) throw refused('This link is not valid: open the latest link we sent you, or ask for a new one');
  if (link.usedAt) throw refused('This link was already used');
  if (Date.parse(link.expiresAt) <= now.getTime()) throw refused('This link has expired (links work for 24 hours): ask for a new one');
  const at = now.toISOString();
  const used = await trx
    .updateTable('emailVerifications')
    .set((eb) => ({ usedAt: at, updatedAt: at, version: eb('version', '+', 1) }))
    .where('id', '=', link.id)
    .where('usedAt', 'is', null)
    .executeTakeFirst();
  if (Number(used.numUpdatedRows) !== 1) throw refused('This link was already used');
  return { ...link, usedAt: at };
}

/**
 * A login waiting for its first link: inactive, with an enrolment link and none used yet. A login
 * an administrator deactivated (or created inactive) is not pending: enrolling again does not revive it.
 */
export async function isPendingLogin(db: Db, user: { id: number; active: number }): Promise<boolean> {
  if (user.active) return false;
  const links = await db.selectFrom('emailVerifications').select('usedAt').where('userId', '=', user.id).where('purpose', '=', 'enrol').execute();
  return links.length > 0 && links.every((link) => link.usedAt === null);
}
