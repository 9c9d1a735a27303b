import type { Kysely } from 'kysely';
import { addColumns } from './builders.ts';

/** A state's fee for an unlock code (charged to the customer's balance) and the number to call where codes are by phone or not given. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'jurisdictions', { unlockCodeFee: ['double precision'], unlockCodeCallNumber: ['text'] });
  await addColumns(db, 'unlockCodes', { fee: ['double precision'] });
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('unlockCodes').dropColumn('fee').execute();
  await db.schema.alterTable('jurisdictions').dropColumn('unlockCodeCallNumber').execute();
  await db.schema.alterTable('jurisdictions').dropColumn('unlockCodeFee').execute();
}
