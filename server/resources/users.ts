import { defineResource } from './define.ts';
import { bool, choice, email, ref, text, type RecordOf } from './fields.ts';
import { ROLES } from '../auth/roles.ts';
import { hashPassword, passwordProblem } from '../auth/passwords.ts';
import { revokeUserSessions } from '../auth/sessions.ts';
import { regions } from './regions.ts';
import { serviceCenters } from './service-centers.ts';

export const users = defineResource({
  name: 'users',
  table: 'users',
  fields: {
    name: text(100).required(),
    email: email().required(),
    role: choice(ROLES).required(),
    regionId: ref(() => regions),
    serviceCenterId: ref(() => serviceCenters),
    active: bool().required(),
  },
  search: ['name', 'email'],
  unique: ['email'],
  defaults: { active: true },
  secrets: {
    password: { column: 'passwordHash', problem: passwordProblem, encode: hashPassword, requiredOnCreate: true },
  },
  // A deactivated user, or one whose password an administrator reset, is signed out everywhere at once.
  afterUpdate: async ({ trx }, before, after, secretsChanged) => {
    if (secretsChanged || (before.active && !after.active)) await revokeUserSessions(trx, Number(after.id));
  },
});

export type User = RecordOf<typeof users.fields>;
