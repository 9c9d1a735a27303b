import type { Kysely } from 'kysely';
import { addColumns } from './builders.ts';

/** A document may be the evidence of a corrective action (major and critical ones close only with one). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'documents', { correctiveActionId: ['integer', { references: 'correctiveActions' }] });
  await db.schema.createIndex('documents_corrective_action').on('documents').column('correctiveActionId').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('documents_corrective_action').execute();
  await db.schema.alterTable('documents').dropColumn('correctiveActionId').execute();
}
