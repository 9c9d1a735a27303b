import { looseDb, type Db } from '../database.ts';
import type { Row } from './row.ts';
import { syncIdSequence } from '../dialect.ts';

/** SQLite allows at most 32766 bound variables per statement. */
const MAX_VARIABLES = 32_766;
const MAX_ROWS_PER_STATEMENT = 500;
/** Statements per transaction: large enough to amortise commits, small enough to keep the WAL short. */
const STATEMENTS_PER_TRANSACTION = 100;

/**
 * Inserts rows in multi-row INSERT statements (all rows have the same columns), many statements
 * per transaction. Returns how many rows were written.
 */
export async function insertRows(db: Db, table: string, rows: Iterable<Row>, onRows?: (count: number) => void): Promise<number> {
  const iterator = rows[Symbol.iterator]();
  let next = iterator.next();
  if (next.done) return 0;
  const hasIds = 'id' in next.value;
  const columns = Object.keys(next.value).length;
  const size = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(MAX_VARIABLES / columns)));
  let written = 0;
  while (!next.done) {
    await db.transaction().execute(async (trx) => {
      for (let s = 0; s < STATEMENTS_PER_TRANSACTION && !next.done; s++) {
        const batch: Row[] = [];
        while (!next.done && batch.length < size) {
          batch.push(next.value);
          next = iterator.next();
        }
        await looseDb(trx).insertInto(table).values(batch).execute();
        written += batch.length;
        onRows?.(batch.length);
      }
    });
  }
  if (hasIds) await syncIdSequence(db, table);
  return written;
}
