import type { Transaction } from '../../db/database.ts';
import { badRequest, conflict } from '../../rest/errors.ts';
import { queueMessage } from '../../rules/outbox/queue.ts';
import { writeAudit } from '../audit.ts';
import type { SignedInUser } from '../sessions.ts';
import { ACCOUNT_EMAILS, type Language } from './account-emails.ts';
import { issueLink, verifyPath } from './verification-links.ts';

export const EMAIL_TAKEN = 'Already the e-mail of another account';

/** Refuses an address that another login signs in with (409 under `newEmail`). */
export async function assertEmailFree(trx: Transaction, email: string, userId: number) {
  const holder = await trx.selectFrom('users').select('id').where('email', '=', email).where('id', '!=', userId).executeTakeFirst();
  if (holder) throw conflict('This e-mail address belongs to another account', { newEmail: EMAIL_TAKEN });
}

/** The language of a login's messages: its customer's, English for staff. */
export async function languageOf(trx: Transaction, customerId: number | null | undefined): Promise<Language> {
  if (customerId == null) return 'en';
  const customer = await trx.selectFrom('customers').select('language').where('id', '=', customerId).executeTakeFirstOrThrow();
  return customer.language as Language;
}

/**
 * A signed-in user asks to sign in with another address (their password already checked): a link
 * goes to the new address and a notice to the current one. Nothing changes until the link is
 * opened: the current address still signs in, the new one does not.
 */
export async function requestEmailChange(trx: Transaction, user: SignedInUser, newEmail: string, publicUrl: string, now = new Date()): Promise<void> {
  if (newEmail === user.email) throw badRequest('This is already your e-mail address', { newEmail: 'Already your e-mail address' });
  await assertEmailFree(trx, newEmail, user.id);
  const emails = ACCOUNT_EMAILS[await languageOf(trx, user.customerId)];
  const link = await issueLink(trx, user.id, 'email-change', newEmail, now);
  const about = { resource: 'users', recordId: user.id };
  await queueMessage({ trx, user: null }, { kind: 'verify-email', recipient: newEmail, ...emails.confirmNewEmail(user.name, `${publicUrl}${verifyPath(link.token)}`, user.email), dedupeKey: `verify-email:${link.id}`, ...about }, now);
  await queueMessage({ trx, user: null }, { kind: 'account-notice', recipient: user.email, ...emails.emailChanging(user.name, newEmail), dedupeKey: `email-changing:${link.id}`, ...about }, now);
  await writeAudit(trx, { userId: user.id, userName: user.name, action: 'email-change-request', resource: 'users', recordId: user.id, summary: `Asked to sign in with ${newEmail}` }, now);
}
