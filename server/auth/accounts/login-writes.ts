import type { Transaction } from '../../db/database.ts';
import { diffRecords, writeAudit } from '../audit.ts';
import { users } from '../../resources/users.ts';
import { toRecord } from '../../rest/records.ts';
import { conflict } from '../../rest/errors.ts';

type Values = Record<string, unknown>;

/** Who the audit-log row names, and what it says beyond the diff. */
export interface LoginNote {
  by: { id: number; name: string };
  action: string;
  summary?: string;
}

/** A login as its API record (never its password hash). */
export const loginRecord = (row: Values) => toRecord(users, row);

/**
 * Writes to a login made by its own person rather than by an administrator through the users
 * resource (enrolment, a confirmed e-mail), which no customer may read back: stored like the
 * logged write (version checked and bumped, updatedAt) with one audit-log row holding the diff.
 */
export async function updateLogin(trx: Transaction, before: Values, changes: { email?: string; active?: boolean; name?: string; passwordHash?: string }, note: LoginNote, now = new Date()): Promise<Values> {
  const id = Number(before.id);
  const { active, ...rest } = changes;
  const updated = await trx
    .updateTable('users')
    .set({ ...rest, ...(active === undefined ? {} : { active: active ? 1 : 0 }), updatedAt: now.toISOString(), version: Number(before.version) + 1 })
    .where('id', '=', id)
    .where('version', '=', Number(before.version))
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('This account changed meanwhile: try again', { version: 'Stale version' });
  const after = loginRecord(await trx.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
  await writeAudit(trx, { userId: note.by.id, userName: note.by.name, action: note.action, resource: 'users', recordId: id, summary: note.summary, diff: diffRecords(before, after) }, now);
  return after;
}

/** A new customer login, inactive until its e-mail is confirmed, with its audit-log row (the person enrolling is its author). */
export async function insertPendingLogin(trx: Transaction, login: { name: string; email: string; customerId: number; passwordHash: string }, now = new Date()): Promise<Values> {
  const at = now.toISOString();
  const row = await trx
    .insertInto('users')
    .values({ ...login, role: 'customer', regionId: null, serviceCenterId: null, active: 0, createdAt: at, updatedAt: at, version: 1 })
    .returningAll()
    .executeTakeFirstOrThrow();
  const record = loginRecord(row);
  await writeAudit(trx, { userId: row.id, userName: row.name, action: 'enrol', resource: 'users', recordId: row.id, diff: diffRecords(null, record) }, now);
  return record;
}
