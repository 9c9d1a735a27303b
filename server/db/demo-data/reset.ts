import { looseDb, type Db } from '../database.ts';
import { RESOURCES } from '../../resources/index.ts';
import { clearAuditLog } from '../append-only.ts';
import { isMaintainedTable } from '../maintained-structures.ts';

/**
 * Deletes every row of every table (migrations' bookkeeping and what triggers keep aside: search indexes, row counts): first the tables no resource
 * owns (sessions, sign-in failures: they only reference others), then the resources in reverse
 * dependency order; the append-only audit log through `clearAuditLog`. Returns the number of rows deleted per table.
 */
export async function deleteAllRows(db: Db): Promise<Record<string, number>> {
  const resourceTables = RESOURCES.map((r) => r.table);
  const existing = (await db.introspection.getTables()).map((t) => t.name).filter((name) => !name.startsWith('kysely_'));
  const others = existing.filter((name) => !resourceTables.includes(name) && !isMaintainedTable(name, RESOURCES)).sort();
  const order = [...others, ...[...resourceTables].reverse().filter((name) => existing.includes(name))];
  const deleted: Record<string, number> = {};
  await db.transaction().execute(async (trx) => {
    for (const table of order) {
      // The audit log refuses DELETE but to its one deliberate reset.
      deleted[table] = table === 'auditLog' ? await clearAuditLog(trx) : Number((await looseDb(trx).deleteFrom(table).executeTakeFirst()).numDeletedRows);
    }
  });
  return deleted;
}
