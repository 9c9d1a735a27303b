import type { Kysely } from 'kysely';
import { addColumns, fk, index } from './builders.ts';

/** A customer's own login: a user tied to one customer record (one login per customer). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'users', { customerId: ['integer', fk('customers')] });
  await index(db, 'users', ['customerId'], true);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('users_customerId_unique').execute();
  await db.schema.alterTable('users').dropColumn('customerId').execute();
}
