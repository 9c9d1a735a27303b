import type { Kysely } from 'kysely';
import { addColumns } from './builders.ts';

/** A corrective action's due date moves only with a reason, kept on the action (and in its audit-log diff). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'correctiveActions', { dueDateReason: ['text'] });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('correctiveActions').dropColumn('dueDateReason').execute();
}
