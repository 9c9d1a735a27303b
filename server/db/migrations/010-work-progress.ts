import type { Kysely } from 'kysely';
import { addColumns } from './builders.ts';

/**
 * A work order's arrival (kept apart from the start: the customer may wait) and a calibration's
 * readings, as the audit checklist knows them: the reference standard's value, the device's
 * reading before (as found) and after (as left) the calibration, and whether the reference in use
 * is within its certificate of analysis.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'workOrders', {
    arrivedAt: ['text'],
    referenceStandard: ['double precision'],
    asFoundReading: ['double precision'],
    asLeftReading: ['double precision'],
    referenceWithinCertificate: ['integer'],
  });
}

const COLUMNS = ['arrivedAt', 'referenceStandard', 'asFoundReading', 'asLeftReading', 'referenceWithinCertificate'];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const column of COLUMNS) await db.schema.alterTable('workOrders').dropColumn(column).execute();
}
