import type { Kysely } from 'kysely';
import { addColumns, fk, index, req, table } from './builders.ts';

/**
 * Reporting to the state as data: each jurisdiction's reporting rules (event, deadline, to whom)
 * and holidays as JSON lists; each event owed to a state an obligation with its due instant, the
 * report's time and the state's reference.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await addColumns(db, 'jurisdictions', { reportingRules: ['text'], holidays: ['text'] });
  await table(db, 'reportingObligations', {
    customerId: ['integer', fk('customers', true)],
    serviceCenterId: ['integer', fk('serviceCenters', true)],
    jurisdictionId: ['integer', fk('jurisdictions', true)],
    event: ['text', req],
    eventAt: ['text', req],
    dueAt: ['text', req],
    recipient: ['text'],
    notes: ['text'],
    sourceResource: ['text'],
    sourceId: ['integer'],
    eventKey: ['text', req],
    status: ['text', req],
    reportedAt: ['text'],
    reference: ['text'],
    reportedById: ['integer', fk('users')],
    reportedBy: ['text'],
  });
  await index(db, 'reportingObligations', ['eventKey'], true);
  await index(db, 'reportingObligations', ['status', 'dueAt']);
  await index(db, 'reportingObligations', ['dueAt']);
  await index(db, 'reportingObligations', ['serviceCenterId', 'dueAt']);
  await index(db, 'reportingObligations', ['jurisdictionId', 'dueAt']);
  await index(db, 'reportingObligations', ['customerId']);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('reportingObligations').execute();
  await db.schema.alterTable('jurisdictions').dropColumn('holidays').execute();
  await db.schema.alterTable('jurisdictions').dropColumn('reportingRules').execute();
}
