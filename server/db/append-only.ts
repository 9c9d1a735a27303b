import { sql } from 'kysely';
import type { Db, Transaction } from './database.ts';
import { isPostgres } from './dialect.ts';

// The audit log is append-only in the database itself, not only in the API: triggers refuse
// UPDATE and DELETE of its rows on SQLite and PostgreSQL (and TRUNCATE there). The one way to
// clear it is `clearAuditLog`, which the demo reset (`npm run seed -- --reset`) uses.

/** The error both databases raise when a statement would change or delete audit-log rows. */
export const APPEND_ONLY_MESSAGE = 'The audit log is append-only';

/** PostgreSQL: the transaction-local setting under which the trigger lets a deliberate reset delete rows. */
const RESET_SETTING = 'interlock.audit_log_reset';

const SQLITE_NO_UPDATE = sql.raw(`create trigger "auditLog_no_update" before update on "auditLog" begin select raise(abort, '${APPEND_ONLY_MESSAGE}'); end`);
const SQLITE_NO_DELETE = sql.raw(`create trigger "auditLog_no_delete" before delete on "auditLog" begin select raise(abort, '${APPEND_ONLY_MESSAGE}'); end`);

const POSTGRES_FUNCTION = sql.raw(`create function "auditLog_append_only"() returns trigger language plpgsql as $$
begin
  if tg_op <> 'UPDATE' and current_setting('${RESET_SETTING}', true) = 'on' then
    return null;
  end if;
  raise exception '${APPEND_ONLY_MESSAGE}' using errcode = 'insufficient_privilege';
end $$`);
const POSTGRES_TRIGGER = sql.raw(`create trigger "auditLog_append_only" before update or delete or truncate on "auditLog" for each statement execute function "auditLog_append_only"()`);

/** Creates the triggers refusing to change or delete audit-log rows (the migration's job). */
export async function createAuditLogGuards(db: Db): Promise<void> {
  const statements = isPostgres(db) ? [POSTGRES_FUNCTION, POSTGRES_TRIGGER] : [SQLITE_NO_UPDATE, SQLITE_NO_DELETE];
  for (const statement of statements) await statement.execute(db);
}

/** Drops those triggers (the migration's `down`). */
export async function dropAuditLogGuards(db: Db): Promise<void> {
  if (isPostgres(db)) {
    await sql`drop trigger "auditLog_append_only" on "auditLog"`.execute(db);
    await sql`drop function "auditLog_append_only"()`.execute(db);
    return;
  }
  await sql`drop trigger "auditLog_no_update"`.execute(db);
  await sql`drop trigger "auditLog_no_delete"`.execute(db);
}

/**
 * Deletes every audit-log row: the one deliberate way past the triggers, for resetting demo data.
 * Runs inside the caller's transaction: on SQLite the DELETE trigger is dropped and re-created
 * within it, on PostgreSQL a transaction-local setting lets the trigger through. Returns the count.
 */
export async function clearAuditLog(trx: Transaction): Promise<number> {
  if (isPostgres(trx)) {
    await sql`select set_config(${RESET_SETTING}, 'on', true)`.execute(trx);
    const result = await trx.deleteFrom('auditLog').executeTakeFirst();
    await sql`select set_config(${RESET_SETTING}, '', true)`.execute(trx);
    return Number(result.numDeletedRows);
  }
  await sql`drop trigger "auditLog_no_delete"`.execute(trx);
  const result = await trx.deleteFrom('auditLog').executeTakeFirst();
  await SQLITE_NO_DELETE.execute(trx);
  return Number(result.numDeletedRows);
}
