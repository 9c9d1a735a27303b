import type { Db } from '../../db/database.ts';
import { customers } from '../../resources/customers.ts';
import { findRecord, updateLogged } from '../../rest/logged-write.ts';
import type { Role } from '../roles.ts';
import type { SignedInUser } from '../sessions.ts';
import { assertEmailFree } from './email-change.ts';
import { loginRecord, updateLogin } from './login-writes.ts';
import { useLink, type VerificationPurpose } from './verification-links.ts';

/** What an opened link did: which purpose, and the address that now signs in. */
export interface Verified {
  purpose: VerificationPurpose;
  email: string;
}

/**
 * Opens a link: an enrolment's activates its login; an e-mail change's makes the new address the
 * one that signs in (if no other login took it meanwhile: 409). Either way a customer's record
 * takes the confirmed address, written as that customer (the audit log names them).
 */
export async function verifyEmail(db: Db, token: string, now = new Date()): Promise<Verified> {
  return db.transaction().execute(async (trx) => {
    const link = await useLink(trx, token, now);
    const purpose = link.purpose as VerificationPurpose;
    const row = await trx.selectFrom('users').selectAll().where('id', '=', link.userId).executeTakeFirstOrThrow();
    await assertEmailFree(trx, link.newEmail, row.id);
    const change = purpose === 'enrol' ? { active: true } : { email: link.newEmail };
    const summary = purpose === 'enrol' ? 'Confirmed the e-mail of a new account' : `Confirmed a new sign-in e-mail: ${link.newEmail}`;
    await updateLogin(trx, loginRecord(row), change, { by: row, action: 'verify-email', summary }, now);
    if (row.customerId !== null) {
      const user: SignedInUser = { id: row.id, name: row.name, email: link.newEmail, role: row.role as Role, regionId: row.regionId, serviceCenterId: row.serviceCenterId, customerId: row.customerId };
      const customer = await findRecord(trx, customers, row.customerId, user);
      if (customer.email !== link.newEmail) await updateLogged({ trx, user }, customers, customer, { email: link.newEmail }, { action: 'verify-email', summary }, now);
    }
    return { purpose, email: link.newEmail };
  });
}
