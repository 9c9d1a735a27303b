import { defineResource } from './define.ts';
import { bool, choice, email, ref, text, type RecordOf } from './fields.ts';
import { ROLES } from '../auth/roles.ts';
import { customerLoginProblem } from '../auth/policy.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { regions } from './regions.ts';
import { serviceCenters } from './service-centers.ts';
import { customers } from './customers.ts';
import { badRequest, conflict } from '../rest/errors.ts';

export const users = defineResource({
  name: 'users',
  table: 'users',
  fields: {
    name: text(100).required(),
    email: email().required(),
    role: choice(ROLES).required(),
    regionId: ref(() => regions),
    serviceCenterId: ref(() => serviceCenters),
    /** A customer's own login: the customer it is (one login per customer). */
    customerId: ref(() => customers),
    active: bool().required(),
  },
  search: ['name', 'email'],
  unique: ['email'],
  defaults: { active: true },
  secrets: {
    password: { column: 'passwordHash', problem: passwordProblem, encode: hashPassword, requiredOnCreate: true },
  },
  // A customer's login is tied to its customer, and a staff login to none.
  // One login per customer (a unique index too; null for staff, so not among the unique fields).
  check: async (trx, action, before, changes) => {
    if (action === 'delete') return;
    const { role, customerId } = { ...before, ...changes };
    const problem = customerLoginProblem(role, customerId);
    if (problem) throw badRequest('Some fields are invalid', problem);
    if (customerId == null || !('customerId' in changes)) return;
    let other = trx.selectFrom('users').select('id').where('customerId', '=', customerId as number);
    if (before) other = other.where('id', '!=', before.id as number);
    if (await other.executeTakeFirst()) throw conflict('This customer already has a login', { customerId: 'Already the login of another user' });
  },
  // A deactivated user, or one whose password an administrator reset, is signed out everywhere at once.
  afterUpdate: async ({ trx }, before, after, secretsChanged) => {
    if (secretsChanged || (before.active && !after.active)) await revokeUserSessions(trx, Number(after.id));
  },
});

export type User = RecordOf<typeof users.fields>;
