import type { Resource } from '../resources/define.ts';
import type { FieldMap } from '../resources/fields.ts';
import { looseDb, type Db, type Transaction } from '../db/database.ts';
import type { Actor } from '../auth/roles.ts';
import type { SignedInUser } from '../auth/sessions.ts';
import { scopeOf } from '../auth/policy.ts';
import { diffRecords, writeAudit, type AuditBatch, type Diff } from '../auth/audit.ts';
import { HttpError, conflict, notFound } from './errors.ts';
import { toRecord, toRow } from './records.ts';
import { scopeWhere } from './scope.ts';

type Values = Record<string, unknown>;

/** Who writes, inside which transaction. */
export interface WriteContext {
  trx: Transaction;
  user: SignedInUser;
  /** A server job writing on its own (auto-pay): named in the audit log instead of a user; `user` is then only the reach it writes within. */
  job?: string;
  /**
   * A bulk write (an import): its audit-log rows wait in `audit` (the writer flushes them before
   * the transaction ends), a reference found once (`table:id`) is not looked up again, and a new
   * row is not read back when its author sees every row of the table (the insert returns it).
   */
  bulk?: { audit: AuditBatch; found: Set<string> };
}

/** What the audit-log row says beyond the diff: the action (default create/update/delete) and a summary. */
export interface LogNote {
  action?: string;
  summary?: string;
}

/** One row as its API record, if it exists and lies within what the actor may see; otherwise 404. */
export async function findRecord<F extends FieldMap>(db: Db | Transaction, resource: Resource<F>, id: number, user: Actor): Promise<Values> {
  const row = await looseDb(db)
    .selectFrom(resource.table)
    .selectAll()
    .where('id', '=', id)
    .where(scopeWhere(scopeOf(user, resource.name)))
    .executeTakeFirst();
  if (!row) throw notFound(`No ${resource.name} record with id ${id}`);
  return toRecord(resource, row);
}

/** A write may not move a record out of its author's scope (e.g. to another region). */
async function readBack<F extends FieldMap>({ trx, user }: WriteContext, resource: Resource<F>, id: number) {
  try {
    return await findRecord(trx, resource, id, user);
  } catch {
    throw new HttpError(403, 'This change would put the record outside what you may see');
  }
}

async function stamp(ctx: WriteContext, resource: { name: string }, id: number, note: LogNote, diff: Diff, now: Date) {
  const entry = { userId: ctx.job ? null : ctx.user.id, userName: ctx.job ?? ctx.user.name, action: note.action ?? 'update', resource: resource.name, recordId: id, summary: note.summary, diff };
  if (ctx.bulk) ctx.bulk.audit.add(entry, now);
  else await writeAudit(ctx.trx, entry, now);
}

export interface InsertOptions extends LogNote {
  /** Server columns stored as given (encoded secrets), beside the record's values. */
  columns?: Values;
  /** Values that need the new id (a number made from it), stored in the same transaction. */
  assign?: (id: number, row: Values) => Values;
  /** A unique column: when a row with the same value exists, nothing is inserted and null is answered. */
  unlessExists?: string;
}

/**
 * Inserts one record (API values) with its bookkeeping (createdAt, updatedAt, version 1), reads it
 * back within the writer's scope and writes its audit-log row with the whole record as the diff.
 */
export async function insertLogged<F extends FieldMap>(ctx: WriteContext, resource: Resource<F>, values: Values, options: InsertOptions = {}, now = new Date()): Promise<Values | null> {
  const at = now.toISOString();
  const row = { ...toRow(resource, values), ...options.columns, createdAt: at, updatedAt: at, ...(resource.versioned ? { version: 1 } : {}) };
  let insert = looseDb(ctx.trx).insertInto(resource.table).values(row);
  if (options.unlessExists) insert = insert.onConflict((oc) => oc.column(options.unlessExists!).doNothing());
  const inserted = (await insert.returningAll().executeTakeFirst()) as (Values & { id: number }) | undefined;
  if (!inserted) return null;
  const assigned = options.assign?.(inserted.id, row);
  if (assigned && Object.keys(assigned).length) await looseDb(ctx.trx).updateTable(resource.table).set(assigned).where('id', '=', inserted.id).execute();
  // a bulk write by someone who sees every row of the table has the stored row already (RETURNING *)
  const seesAll = ctx.bulk && scopeOf(ctx.user, resource.name).kind === 'all';
  const record = seesAll ? toRecord(resource, { ...inserted, ...assigned }) : await readBack(ctx, resource, inserted.id);
  await stamp(ctx, resource, inserted.id, { action: 'create', ...options }, diffRecords(null, record), now);
  return record;
}

/** Like insertLogged, for an insert that always happens. */
export async function createLogged<F extends FieldMap>(ctx: WriteContext, resource: Resource<F>, values: Values, options: Omit<InsertOptions, 'unlessExists'> = {}, now = new Date()): Promise<Values> {
  return (await insertLogged(ctx, resource, values, options, now))!;
}

export interface UpdateOptions extends LogNote {
  /** Server columns stored as given (encoded secrets, values derived by the server), beside the changes. */
  columns?: Values;
  /**
   * Only values the server derives change (a rating, a lockout date): logged, but the version
   * stays, so that nobody's open form goes stale over a value they cannot edit.
   */
  derived?: boolean;
}

/**
 * Changes one record (`before` is its API record as read in this transaction, `changes` API
 * values): the version of `before` in the WHERE (someone else's change in between is a 409),
 * updatedAt set, version bumped, read back within the writer's scope, one audit-log row with the
 * field diff.
 */
export async function updateLogged<F extends FieldMap>(ctx: WriteContext, resource: Resource<F>, before: Values, changes: Values, options: UpdateOptions = {}, now = new Date()): Promise<Values> {
  const id = Number(before.id);
  const versioned = resource.versioned && !options.derived;
  let query = looseDb(ctx.trx)
    .updateTable(resource.table)
    .set({ ...toRow(resource, changes), ...options.columns, updatedAt: now.toISOString(), ...(versioned ? { version: Number(before.version) + 1 } : {}) })
    .where('id', '=', id);
  if (versioned) query = query.where('version', '=', Number(before.version));
  const updated = await query.executeTakeFirst();
  if (Number(updated.numUpdatedRows) !== 1) throw conflict('Someone else changed this record meanwhile. Reload it.', { version: 'Stale version' });
  const after = await readBack(ctx, resource, id);
  await stamp(ctx, resource, id, options, diffRecords(before, after), now);
  return after;
}

/** Deletes one record (its API record as read in this transaction), version-checked, with its audit-log row. */
export async function deleteLogged<F extends FieldMap>(ctx: WriteContext, resource: Resource<F>, before: Values, options: LogNote = {}, now = new Date()): Promise<Values> {
  const id = Number(before.id);
  let query = looseDb(ctx.trx).deleteFrom(resource.table).where('id', '=', id);
  if (resource.versioned) query = query.where('version', '=', Number(before.version));
  const deleted = await query.executeTakeFirst();
  if (Number(deleted.numDeletedRows) !== 1) throw conflict('Someone else changed this record meanwhile. Reload it.', { version: 'Stale version' });
  await stamp(ctx, resource, id, { action: 'delete', ...options }, diffRecords(before, null), now);
  return before;
}
