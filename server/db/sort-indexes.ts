import { sql } from 'kysely';
import type { Resource } from '../resources/define.ts';
import type { Db } from './database.ts';
import { isPostgres } from './dialect.ts';
import { buildIfChanged } from './maintained.ts';

/**
 * The orders the large lists open in (the SPA's default sorts), by table: kept as indexes in both
 * directions, in the order a list sorts (json-server's: nulls after values ascending, before them
 * descending, ties by id ascending — rest/sql-list.ts), so that a page is read from the index
 * instead of sorting the table.
 */
export const SORTED_LISTS: Record<string, readonly string[]> = {
  workOrders: ['scheduledAt'],
  customers: ['lastName'],
  devices: ['serial'],
  vehicles: ['make'],
  unlockCodes: ['issuedAt'],
  auditLog: ['at'],
};

/** Creates the sort indexes of SORTED_LISTS (dropping those of a field no longer listed). */
export async function ensureSortIndexes(db: Db, resources: readonly Resource[]): Promise<void> {
  for (const resource of resources) {
    const fields = SORTED_LISTS[resource.table] ?? [];
    await buildIfChanged(db, `${resource.table}Sorts`, fields.join(','), async (trx) => {
      const existing = isPostgres(trx)
        ? await sql<{ name: string }>`select indexname as "name" from pg_indexes where tablename = ${resource.table}`.execute(trx)
        : await sql<{ name: string }>`select name from sqlite_master where type = 'index' and tbl_name = ${resource.table}`.execute(trx);
      for (const { name } of existing.rows) if (name.startsWith(`${resource.table}_sort_`)) await sql`drop index if exists ${sql.id(name)}`.execute(trx);
      for (const field of fields) {
        const column = sql.ref(field);
        const nullable = !resource.notNull.has(field);
        const asc = nullable ? sql`(${column} is null), ${column}, "id"` : sql`${column}, "id"`;
        const desc = nullable ? sql`(${column} is null) desc, ${column} desc, "id"` : sql`${column} desc, "id"`;
        await sql`create index ${sql.id(`${resource.table}_sort_${field}_asc`)} on ${sql.table(resource.table)} (${asc})`.execute(trx);
        await sql`create index ${sql.id(`${resource.table}_sort_${field}_desc`)} on ${sql.table(resource.table)} (${desc})`.execute(trx);
      }
    });
  }
}
