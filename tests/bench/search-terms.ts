import { sql } from 'kysely';
import type { Db } from '../../server/db/database.ts';

/**
 * What a user types in the customers' search box: three or four letters from the middle of real
 * last names (a substring, not a prefix, so an index on the start of the name cannot answer it),
 * from customers spread over the whole table.
 */
export async function customerSearchTerms(db: Db, count = 50): Promise<string[]> {
  const total = Number((await db.selectFrom('customers').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
  const step = Math.max(1, Math.floor(total / count));
  const rows = await db.selectFrom('customers').select('lastName').where(sql<boolean>`id % ${step} = 0`).orderBy('id').limit(count).execute();
  const terms = rows.map((r, i) => r.lastName.toLowerCase().slice(1, 1 + 3 + (i % 2))).filter((term) => term.length >= 3);
  if (terms.length === 0) throw new Error('no customers to search for');
  return terms;
}
