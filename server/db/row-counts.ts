import { sql, type RawBuilder } from 'kysely';
import type { Db, Transaction } from './database.ts';
import { isPostgres } from './dialect.ts';
import { buildIfChanged } from './maintained.ts';

/** The table of maintained counts: one row per table (`scopeColumn` '') and per value of its center column. */
export const ROW_COUNTS = 'rowCounts';

/** What a resource's count is kept by: the whole table, and by the column tying its rows to a center (if any). */
export interface CountedResource {
  table: string;
  /** The column whose values the rows are also counted by (a center's id). */
  byColumn?: string;
}

/**
 * Keeps `rowCounts` exact in the writing transaction itself (triggers on SQLite, trigger functions
 * on PostgreSQL), so that the total of an unfiltered list, or of one center's rows, is one lookup
 * instead of a count over the table. Built from the rows when the definition changes.
 */
export async function ensureRowCounts(db: Db, counted: readonly CountedResource[]): Promise<void> {
  await sql`create table if not exists ${sql.table(ROW_COUNTS)} (
    "tableName" text not null, "scopeColumn" text not null, "scopeValue" integer not null, "count" integer not null,
    primary key ("tableName", "scopeColumn", "scopeValue"))`.execute(db);
  for (const resource of counted) {
    await buildIfChanged(db, `${resource.table}Counts`, resource.byColumn ?? '', (trx) => buildCounts(trx, resource));
  }
}

type Event = 'insert' | 'delete' | 'update';
/** One change to a count when a row is written: add `delta` for the value `value` (a row's column) of `column`, if `when`. */
interface Step {
  column: string;
  value: RawBuilder<unknown>;
  delta: 1 | -1;
  when?: RawBuilder<unknown>;
}

/** The steps that keep a table's counts, by the event that runs them. */
function stepsOf({ byColumn }: CountedResource): Record<Event, Step[]> {
  const total = (delta: 1 | -1): Step => ({ column: '', value: sql`0`, delta });
  if (!byColumn) return { insert: [total(1)], delete: [total(-1)], update: [] };
  const col = (row: 'new' | 'old') => sql`${sql.raw(row)}.${sql.ref(byColumn)}`;
  const moved = sql`${col('old')} is distinct from ${col('new')}`;
  return {
    insert: [total(1), { column: byColumn, value: col('new'), delta: 1, when: sql`${col('new')} is not null` }],
    delete: [total(-1), { column: byColumn, value: col('old'), delta: -1, when: sql`${col('old')} is not null` }],
    update: [
      { column: byColumn, value: col('old'), delta: -1, when: sql`${col('old')} is not null and ${moved}` },
      { column: byColumn, value: col('new'), delta: 1, when: sql`${col('new')} is not null and ${moved}` },
    ],
  };
}

async function buildCounts(trx: Transaction, resource: CountedResource): Promise<void> {
  const { table, byColumn } = resource;
  await sql`delete from ${sql.table(ROW_COUNTS)} where "tableName" = ${table}`.execute(trx);
  await sql`insert into ${sql.table(ROW_COUNTS)} select ${table}, '', 0, count(*) from ${sql.table(table)}`.execute(trx);
  if (byColumn) {
    await sql`insert into ${sql.table(ROW_COUNTS)} select ${table}, ${byColumn}, ${sql.ref(byColumn)}, count(*) from ${sql.table(table)}
      where ${sql.ref(byColumn)} is not null group by ${sql.ref(byColumn)}`.execute(trx);
  }
  const add = ({ column, value, delta }: Step) =>
    sql`insert into ${sql.table(ROW_COUNTS)} values (${sql.lit(table)}, ${sql.lit(column)}, ${value}, ${sql.lit(delta)})
      on conflict ("tableName", "scopeColumn", "scopeValue") do update set "count" = ${sql.table(ROW_COUNTS)}."count" + ${sql.lit(delta)}`;
  const timing = (event: Event) => (event === 'update' ? sql`after update of ${sql.ref(byColumn ?? 'id')}` : sql.raw(`after ${event}`));
  for (const [event, steps] of Object.entries(stepsOf(resource)) as [Event, Step[]][]) {
    if (isPostgres(trx)) {
      const name = sql.id(`${table}_counts_${event}`);
      await sql`drop trigger if exists ${name} on ${sql.table(table)}`.execute(trx);
      if (steps.length === 0) continue;
      const body = sql.join(steps.map((step) => (step.when ? sql`if ${step.when} then ${add(step)}; end if;` : sql`${add(step)};`)), sql` `);
      await sql`create or replace function ${name}() returns trigger language plpgsql as $$ begin ${body} return null; end $$`.execute(trx);
      await sql`create trigger ${name} ${timing(event)} on ${sql.table(table)} for each row execute function ${name}()`.execute(trx);
      continue;
    }
    // SQLite: one trigger per step, its condition as the trigger's WHEN.
    for (const index of [0, 1]) await sql`drop trigger if exists ${sql.id(`${table}_counts_${event}_${index}`)}`.execute(trx);
    for (const [index, step] of steps.entries()) {
      const when = step.when ? sql`when ${step.when}` : sql``;
      await sql`create trigger ${sql.id(`${table}_counts_${event}_${index}`)} ${timing(event)} on ${sql.table(table)} for each row ${when} begin ${add(step)}; end`.execute(trx);
    }
  }
}

/**
 * The maintained total of a counted table's rows, all of them or those of one value of its counted
 * column (0 when it has none).
 */
export async function maintainedCount(db: Db, table: string, by?: { column: string; value: number }): Promise<number> {
  const row = await sql<{ count: number }>`select "count" from ${sql.table(ROW_COUNTS)}
    where "tableName" = ${table} and "scopeColumn" = ${by?.column ?? ''} and "scopeValue" = ${by?.value ?? 0}`.execute(db);
  return row.rows[0] === undefined ? 0 : Number(row.rows[0].count);
}

/** The maintained total of a counted table's rows at the centers of one region. */
export async function maintainedRegionCount(db: Db, table: string, column: string, regionId: number): Promise<number> {
  const row = await sql<{ count: number | null }>`select sum("count") as "count" from ${sql.table(ROW_COUNTS)}
    where "tableName" = ${table} and "scopeColumn" = ${column}
    and "scopeValue" in (select "id" from "serviceCenters" where "regionId" = ${regionId})`.execute(db);
  return Number(row.rows[0]?.count ?? 0);
}
