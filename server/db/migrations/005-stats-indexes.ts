import type { Kysely } from 'kysely';
import { index } from './builders.ts';

/**
 * Indexes for the dashboards' aggregates (/api/stats/*), chosen from their query plans on the
 * large data set (3,000 centers, 500,000 work orders).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  // Work-order volume: the per-center counts of a period read one index range, no table rows.
  await index(db, 'workOrders', ['scheduledAt', 'serviceCenterId', 'type', 'status']);
  // The authorisation queue: a few types, not authorised yet.
  await index(db, 'workOrders', ['type', 'authorizedAt', 'status']);
  // Installed devices past their lockout date, with the customer whose jurisdiction groups them.
  await index(db, 'devices', ['status', 'lockoutOn', 'customerId']);
  // Open corrective actions past their due date.
  await index(db, 'correctiveActions', ['status', 'dueDate']);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  for (const name of [
    'workOrders_scheduledAt_serviceCenterId_type_status',
    'workOrders_type_authorizedAt_status',
    'devices_status_lockoutOn_customerId',
    'correctiveActions_status_dueDate',
  ]) {
    await db.schema.dropIndex(name).execute();
  }
}
