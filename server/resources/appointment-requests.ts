import { defineResource } from './define.ts';
import { choice, date, datetime, Field, ref, text, type RecordOf } from './fields.ts';
import { APPOINTMENT_REQUEST_KINDS, APPOINTMENT_REQUEST_STATUSES } from './choices.ts';
import { wallTime } from '../rules/availability/hours.ts';
import { checkNewRequest } from '../rules/appointment-requests/check.ts';
import { customers } from './customers.ts';
import { serviceCenters } from './service-centers.ts';
import { users } from './users.ts';
import { vehicles } from './vehicles.ts';
import { workOrders } from './work-orders.ts';

/**
 * A customer's request for an appointment at a live center, at a preferred day and time of the
 * center's wall clock; compliance accepts it (a work order) or declines it with a reason, with the
 * accept and decline commands. Never edited or deleted.
 */
export const appointmentRequests = defineResource({
  name: 'appointment-requests',
  table: 'appointmentRequests',
  fields: {
    customerId: ref(() => customers).required(),
    serviceCenterId: ref(() => serviceCenters).required(),
    kind: choice(APPOINTMENT_REQUEST_KINDS).required(),
    preferredDate: date().required(),
    preferredTime: new Field('text', wallTime, false).required(),
    /** The preferred day and time as an instant (the center's time zone). */
    preferredAt: datetime().serverOwned(),
    vehicleId: ref(() => vehicles),
    notes: text(2000),
    status: choice(APPOINTMENT_REQUEST_STATUSES).required().serverOwned(),
    declineReason: text(500).serverOwned(),
    /** The work order booked when it was accepted. */
    workOrderId: ref(() => workOrders).serverOwned(),
    decidedAt: datetime().serverOwned(),
    decidedById: ref(() => users).serverOwned(),
    decidedBy: text(100).serverOwned(),
  },
  search: ['notes', 'declineReason'],
  initial: { status: 'requested' },
  check: async (trx, action, _before, changes) => (action === 'create' ? checkNewRequest(trx, changes) : undefined),
});

export type AppointmentRequest = RecordOf<typeof appointmentRequests.fields>;
