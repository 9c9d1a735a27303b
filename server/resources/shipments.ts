import { defineResource } from './define.ts';
import { choice, date, ref, text, type RecordOf } from './fields.ts';
import { CARRIERS, SHIPMENT_STATUSES } from './choices.ts';
import type { Transaction } from '../db/database.ts';
import { conflict } from '../rest/errors.ts';
import { consolidationKey, statusAfter, statusChangeRefusal, trackingEmail, trackingNumberRefusal, type ShipmentState } from '../rules/shipments/rules.ts';
import { queueTrackingEmail } from '../rules/shipments/tracking-email.ts';
import { serviceCenters } from './service-centers.ts';

const stateOf = (record: Record<string, unknown>): ShipmentState => ({
  status: String(record.status),
  trackingNumber: (record.trackingNumber as string | null | undefined) ?? null,
});

/**
 * A consolidated shipment moved to another center or day while being prepared is found under its
 * new center and day; refused (409) when that center already has one being prepared for that day.
 * A shipment made by hand (no key) stays out of consolidation.
 */
async function movedKey(trx: Transaction, before: Record<string, unknown>, changes: Record<string, unknown>) {
  const row = await trx.selectFrom('shipments').select('consolidationKey').where('id', '=', Number(before.id)).executeTakeFirstOrThrow();
  if (row.consolidationKey === null) return null;
  const key = consolidationKey(Number(changes.serviceCenterId ?? before.serviceCenterId), String(changes.shipDate ?? before.shipDate));
  const other = await trx.selectFrom('shipments').select('id').where('consolidationKey', '=', key).where('id', '!=', Number(before.id)).executeTakeFirst();
  if (other) {
    const reason = `This center already has a shipment being prepared for that day (#${other.id}): add the packages to it instead`;
    throw conflict(reason, { shipDate: reason });
  }
  return key;
}

export const shipments = defineResource({
  name: 'shipments',
  table: 'shipments',
  fields: {
    serviceCenterId: ref(() => serviceCenters).required(),
    shipDate: date().required(),
    carrier: choice(CARRIERS).required(),
    trackingNumber: text(40),
    status: choice(SHIPMENT_STATUSES).required(),
    notes: text(2000),
  },
  search: ['trackingNumber', 'notes'],
  defaults: { status: 'preparing', carrier: 'UPS' },
  // Entering the tracking number ships a shipment being prepared; once it left, the day's next
  // appointment starts a new shipment (the consolidation key is cleared) and it never goes back,
  // nor loses its tracking number.
  check: async (trx, action, before, changes) => {
    if (action === 'delete') return;
    const after = stateOf({ ...before, ...changes });
    if (before && 'status' in changes) {
      const refusal = statusChangeRefusal(stateOf(before), after.status);
      if (refusal) throw conflict(refusal, { status: refusal });
    }
    const status = statusAfter(before && stateOf(before), after);
    const missingNumber = trackingNumberRefusal({ ...after, status });
    if (missingNumber) throw conflict(missingNumber, { trackingNumber: missingNumber });
    if (status !== 'preparing') return { status, consolidationKey: null };
    if (!before || !('shipDate' in changes || 'serviceCenterId' in changes)) return { status };
    return { status, consolidationKey: await movedKey(trx, before, changes) };
  },
  afterWrite: async (ctx, _action, before, after) => {
    const email = trackingEmail(before && stateOf(before), stateOf(after));
    if (email === 'none') return;
    await queueTrackingEmail(
      ctx,
      {
        id: Number(after.id),
        serviceCenterId: Number(after.serviceCenterId),
        shipDate: String(after.shipDate),
        carrier: String(after.carrier),
        trackingNumber: String(after.trackingNumber),
        version: Number(after.version),
      },
      email === 'corrected',
    );
  },
});

export type Shipment = RecordOf<typeof shipments.fields>;
