import type { Db, Transaction } from '../../db/database.ts';
import { writeAudit } from '../audit.ts';
import { queueMessage, type Message } from '../../rules/outbox/queue.ts';
import { ACCOUNT_EMAILS, type AccountEmail, type Language } from './account-emails.ts';
import { insertPendingLogin, loginRecord, updateLogin } from './login-writes.ts';
import { isPendingLogin, issueLink, verifyPath } from './verification-links.ts';

/** What a customer holds and gives to open an account: the facts that find them, and the login they want. */
export interface Enrolment {
  caseNumber: string;
  lastName: string;
  /** The serial of a device of theirs (printed on the handset). */
  deviceSerial: string;
  email: string;
  /** Hashed before the facts are looked up, so that a match takes no longer to answer than a miss. */
  passwordHash: string;
}

/** The same answer whatever happened: nothing tells whether the facts matched or an account exists. */
export const ENROL_ANSWER =
  'If these details match a program without an account, we have sent a link to the e-mail address you gave. Open it within 24 hours to finish; until then you cannot sign in.';

/** The customer the facts describe: case number, last name and the serial of one of their devices, each compared without regard to case. */
function customerOf(trx: Transaction, facts: Enrolment) {
  return trx
    .selectFrom('customers as c')
    .select(['c.id', 'c.firstName', 'c.lastName', 'c.language'])
    .where((eb) => eb(eb.fn('lower', ['c.caseNumber']), '=', facts.caseNumber.toLowerCase()))
    .where((eb) => eb(eb.fn('lower', ['c.lastName']), '=', facts.lastName.toLowerCase()))
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('devices as d')
          .select('d.id')
          .whereRef('d.customerId', '=', 'c.id')
          .where((inner) => inner(inner.fn('lower', ['d.serial']), '=', facts.deviceSerial.toLowerCase())),
      ),
    )
    .orderBy('c.id')
    .executeTakeFirst();
}

/** A notice sent at most once an hour per key, so that repeated enrolments cannot flood a mailbox. */
const hourly = (key: string, now: Date) => `${key}:${now.toISOString().slice(0, 13)}`;

/**
 * Enrols a customer from facts they hold. When the facts match a customer without an account, a
 * login waiting for its e-mail is made (or a waiting one takes the new address and password) and
 * the link is queued; a customer with an account gets a notice at its address instead; an address
 * that is another account's gets a notice. Answers whether the facts matched (for the throttle only).
 */
export async function enrol(db: Db, facts: Enrolment, publicUrl: string, now = new Date()): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const customer = await customerOf(trx, facts);
    if (!customer) {
      await writeAudit(trx, { userId: null, userName: null, action: 'enrol-refused', resource: 'users', summary: `Case ${facts.caseNumber}` }, now);
      return false;
    }
    const name = `${customer.firstName} ${customer.lastName}`;
    const emails = ACCOUNT_EMAILS[customer.language as Language];
    const send = (kind: Message['kind'], recipient: string, email: AccountEmail, dedupeKey: string, recordId?: number) =>
      queueMessage({ trx, user: null }, { kind, recipient, ...email, dedupeKey, resource: 'users', recordId }, now);

    const login = await trx.selectFrom('users').selectAll().where('customerId', '=', customer.id).executeTakeFirst();
    if (login && !(await isPendingLogin(trx, login))) {
      await send('account-notice', login.email, emails.alreadyEnrolled(name, login.email, `${publicUrl}/portal/`), hourly(`already-enrolled:${login.id}`, now), login.id);
      return true;
    }
    const holder = await trx.selectFrom('users').select('id').where('email', '=', facts.email).executeTakeFirst();
    if (holder && holder.id !== login?.id) {
      await send('account-notice', facts.email, emails.addressInUse(`${publicUrl}/portal/`), hourly(`address-in-use:${facts.email}`, now));
      return true;
    }
    const values = { name, email: facts.email, passwordHash: facts.passwordHash };
    const pending = login
      ? await updateLogin(trx, loginRecord(login), values, { by: login, action: 'enrol', summary: 'Enrolled again before confirming' }, now)
      : await insertPendingLogin(trx, { ...values, customerId: customer.id }, now);
    const userId = Number(pending.id);
    const link = await issueLink(trx, userId, 'enrol', facts.email, now);
    await send('verify-email', facts.email, emails.confirmAccount(name, `${publicUrl}${verifyPath(link.token)}`), `verify-email:${link.id}`, userId);
    return true;
  });
}
