import { defineResource } from './define.ts';
import { choice, date, ref, text, type RecordOf } from './fields.ts';
import { CARRIERS, SHIPMENT_STATUSES } from './choices.ts';
import { conflict } from '../rest/errors.ts';
import { statusAfter, statusChangeRefusal, trackingEmail, type ShipmentState } from '../rules/shipments/rules.ts';
import { queueTrackingEmail } from '../rules/shipments/tracking-email.ts';

const stateOf = (record: Record<string, unknown>): ShipmentState => ({
  status: String(record.status),
  trackingNumber: (record.trackingNumber as string | null | undefined) ?? null,
});

export const shipments = defineResource({
  name: 'shipments',
  table: 'shipments',
  fields: {
    serviceCenterId: ref('service-centers').required(),
    shipDate: date().required(),
    carrier: choice(CARRIERS).required(),
    trackingNumber: text(40),
    status: choice(SHIPMENT_STATUSES).required(),
    notes: text(2000),
  },
  search: ['trackingNumber', 'notes'],
  defaults: { status: 'preparing', carrier: 'UPS' },
  // Entering the tracking number ships a shipment being prepared; once it left, the day's next
  // appointment starts a new shipment (the consolidation key is cleared) and it never goes back.
  check: async (_trx, action, before, changes) => {
    if (action === 'delete') return;
    const after = stateOf({ ...before, ...changes });
    if (before && 'status' in changes) {
      const refusal = statusChangeRefusal(stateOf(before), after.status);
      if (refusal) throw conflict(refusal, { status: refusal });
    }
    const status = statusAfter(before && stateOf(before), after);
    return status === 'preparing' ? { status } : { status, consolidationKey: null };
  },
  afterWrite: async ({ trx }, _action, before, after) => {
    const email = trackingEmail(before && stateOf(before), stateOf(after));
    if (email === 'none') return;
    await queueTrackingEmail(
      trx,
      {
        id: Number(after.id),
        serviceCenterId: Number(after.serviceCenterId),
        shipDate: String(after.shipDate),
        carrier: String(after.carrier),
        trackingNumber: String(after.trackingNumber),
      },
      email === 'corrected',
    );
  },
});

export type Shipment = RecordOf<typeof shipments.fields>;
