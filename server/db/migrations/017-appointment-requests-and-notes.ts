import type { Kysely } from 'kysely';
import { fk, index, req, table } from './builders.ts';

/** The client portal's appointment requests (booked by compliance as work orders) and customers' notes to the monitoring authority. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await table(db, 'appointmentRequests', {
    customerId: ['integer', fk('customers', true)],
    serviceCenterId: ['integer', fk('serviceCenters', true)],
    kind: ['text', req],
    preferredDate: ['text', req],
    preferredTime: ['text', req],
    preferredAt: ['text'],
    vehicleId: ['integer', fk('vehicles')],
    notes: ['text'],
    status: ['text', req],
    declineReason: ['text'],
    workOrderId: ['integer', fk('workOrders')],
    decidedAt: ['text'],
    decidedById: ['integer', fk('users')],
    decidedBy: ['text'],
  });
  // the queue: those awaiting an answer, oldest first; a customer's own, by status
  await index(db, 'appointmentRequests', ['status', 'createdAt']);
  await index(db, 'appointmentRequests', ['customerId', 'status']);
  await index(db, 'appointmentRequests', ['serviceCenterId']);
  await index(db, 'appointmentRequests', ['workOrderId']);
  await table(db, 'customerNotes', {
    customerId: ['integer', fk('customers', true)],
    body: ['text', req],
    category: ['text'],
    startsOn: ['text'],
    endsOn: ['text'],
    acknowledgedAt: ['text'],
    acknowledgedById: ['integer', fk('users')],
    acknowledgedBy: ['text'],
  });
  // the queue: unacknowledged first, oldest first; a customer's own
  await index(db, 'customerNotes', ['acknowledgedAt', 'createdAt']);
  await index(db, 'customerNotes', ['customerId', 'createdAt']);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('customerNotes').execute();
  await db.schema.dropTable('appointmentRequests').execute();
}
