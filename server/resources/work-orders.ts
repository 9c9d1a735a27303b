import { defineResource } from './define.ts';
import { choice, datetime, money, ref, text, type RecordOf } from './fields.ts';
import { BILLABLE_TO, WORK_ORDER_STATUSES, WORK_ORDER_TYPES } from './choices.ts';
import { workOrderNumber } from './work-order-number.ts';

export const workOrders = defineResource({
  name: 'work-orders',
  table: 'workOrders',
  fields: {
    number: text(20).serverOwned(),
    type: choice(WORK_ORDER_TYPES).required(),
    status: choice(WORK_ORDER_STATUSES).required(),
    serviceCenterId: ref('service-centers').required(),
    customerId: ref('customers'),
    vehicleId: ref('vehicles'),
    /** The appointment, or a walk-in's arrival. */
    scheduledAt: datetime().required(),
    startedAt: datetime(),
    completedAt: datetime(),
    cost: money(0, 100_000),
    /** Set by the authorize command (compliance) for removals and exchanges. */
    authorizedAt: datetime().serverOwned(),
    authorizedById: ref('users').serverOwned(),
    authorizedBy: text(100).serverOwned(),
    billableTo: choice(BILLABLE_TO).required(),
    notes: text(2000),
  },
  search: ['number', 'notes'],
  defaults: { status: 'requested', billableTo: 'customer' },
  afterInsert: (_trx, id, row) => ({ number: workOrderNumber(String(row.createdAt), id) }),
});

export type WorkOrder = RecordOf<typeof workOrders.fields>;
