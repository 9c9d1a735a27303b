import { sql, type RawBuilder } from 'kysely';
import type { Transaction } from '../database.ts';
import { isPostgres } from '../dialect.ts';

type Sql = RawBuilder<unknown>;

/**
 * A row trigger keeping a summary, the same on both databases: on SQLite a trigger whose WHEN is
 * `when` and whose body is `body`; on PostgreSQL a plpgsql function running `body` if `when`,
 * after taking the transaction's advisory locks on `lock` (the summary's rows of those centers:
 * concurrent writers of one center's rows are serialised, so that every trigger reads the rows
 * committed before it). `body`'s statements refer to the row as `new` / `old`.
 */
export interface SummaryTrigger {
  name: string;
  table: string;
  timing: 'before' | 'after';
  event: 'insert' | 'update' | 'delete';
  /** The columns whose update fires it. */
  of?: readonly string[];
  when?: Sql;
  /** PostgreSQL: the advisory lock class (one per summary) and the ids locked, smallest first. */
  lock: { key: number; ids: readonly Sql[] };
  body: readonly Sql[];
}

export async function dropSummaryTrigger(trx: Transaction, trigger: Pick<SummaryTrigger, 'name' | 'table'>): Promise<void> {
  if (isPostgres(trx)) {
    await sql`drop trigger if exists ${sql.id(trigger.name)} on ${sql.table(trigger.table)}`.execute(trx);
    await sql`drop function if exists ${sql.id(trigger.name)}()`.execute(trx);
    return;
  }
  await sql`drop trigger if exists ${sql.id(trigger.name)}`.execute(trx);
}

export async function createSummaryTrigger(trx: Transaction, trigger: SummaryTrigger): Promise<void> {
  await dropSummaryTrigger(trx, trigger);
  const { name, table, timing, event, of, when, lock, body } = trigger;
  const fires = sql`${sql.raw(`${timing} ${event}`)}${of ? sql` of ${sql.join(of.map((column) => sql.ref(column)))}` : sql``} on ${sql.table(table)} for each row`;
  if (!isPostgres(trx)) {
    await sql`create trigger ${sql.id(name)} ${fires} ${when ? sql`when ${when}` : sql``} begin ${sql.join(body.map((statement) => sql`${statement};`), sql` `)} end`.execute(trx);
    return;
  }
  const ids = lock.ids.length === 2 ? [sql`least(${lock.ids[0]}, ${lock.ids[1]})`, sql`greatest(${lock.ids[0]}, ${lock.ids[1]})`] : lock.ids;
  const locks = ids.map((id) => sql`perform pg_advisory_xact_lock(${sql.lit(lock.key)}, ${id});`);
  const statements = sql.join([...locks, ...body.map((statement) => sql`${statement};`)], sql` `);
  const guarded = when ? sql`if ${when} then ${statements} end if;` : statements;
  // A BEFORE trigger hands the row on (NULL would cancel the write); an AFTER trigger's result is ignored.
  const result = sql.raw(timing === 'after' ? 'null' : event === 'delete' ? 'old' : 'new');
  await sql`create function ${sql.id(name)}() returns trigger language plpgsql as $$ begin ${guarded} return ${result}; end $$`.execute(trx);
  await sql`create trigger ${sql.id(name)} ${fires} execute function ${sql.id(name)}()`.execute(trx);
}

/** Creates a summary table: its key clustered on SQLite (WITHOUT ROWID: a lookup by key reads no other page). */
export async function createSummaryTable(trx: Transaction, name: string, columns: Sql, key: readonly string[]): Promise<void> {
  await sql`drop table if exists ${sql.table(name)}`.execute(trx);
  const clustered = isPostgres(trx) ? sql`` : sql`without rowid`;
  await sql`create table ${sql.table(name)} (${columns}, primary key (${sql.join(key.map((column) => sql.ref(column)))})) ${clustered}`.execute(trx);
}
