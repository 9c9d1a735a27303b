import type { Kysely } from 'kysely';
import { addColumns } from './builders.ts';

/** A package is received at its center: when, by whom, and what did not match the packing list. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'shipmentPackages', {
    receivedAt: ['text'],
    receivedById: ['integer', { references: 'users' }],
    receivedBy: ['text'],
    discrepancy: ['text'],
    hasDiscrepancy: ['integer'],
  });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of ['hasDiscrepancy', 'discrepancy', 'receivedBy', 'receivedById', 'receivedAt']) {
    await db.schema.alterTable('shipmentPackages').dropColumn(column).execute();
  }
}
