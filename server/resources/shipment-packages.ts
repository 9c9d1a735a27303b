import { defineResource } from './define.ts';
import { bool, datetime, ref, text, type RecordOf } from './fields.ts';
import type { Transaction } from '../db/database.ts';
import { conflict } from '../rest/errors.ts';
import { packagesLockedReason } from '../rules/shipments/rules.ts';
import { customers } from './customers.ts';
import { shipments } from './shipments.ts';
import { users } from './users.ts';
import { workOrders } from './work-orders.ts';

/** Refuses (409) when the shipment has left: its packages are what the carrier has. */
async function requirePreparing(trx: Transaction, shipmentId: unknown, field: string) {
  if (shipmentId === undefined || shipmentId === null) return;
  const shipment = await trx.selectFrom('shipments').select(['status', 'trackingNumber']).where('id', '=', Number(shipmentId)).executeTakeFirst();
  if (!shipment) return; // the reference check answers for a shipment that does not exist
  const reason = packagesLockedReason(shipment);
  if (reason) throw conflict(reason, { [field]: reason });
}

/** One labelled package of a consolidated shipment: one customer, one work order. */
export const shipmentPackages = defineResource({
  name: 'shipment-packages',
  table: 'shipmentPackages',
  fields: {
    shipmentId: ref(() => shipments).required(),
    customerId: ref(() => customers).required(),
    workOrderId: ref(() => workOrders),
    label: text(80).required(),
    contents: text(500),
    /** Set by the receive command (server/rules/shipments/receive.ts), never by an edit. */
    receivedAt: datetime().serverOwned(),
    receivedById: ref(() => users).serverOwned(),
    receivedBy: text(100).serverOwned(),
    /** What did not match the packing list when it was received, as a sentence; null when all was right. */
    discrepancy: text(2000).serverOwned(),
    /** Whether it was received with a discrepancy (the list's filter `hasDiscrepancy=true`); null until received. */
    hasDiscrepancy: bool().serverOwned(),
  },
  search: ['label', 'contents'],
  check: async (trx, action, before, changes) => {
    if (action === 'create') return requirePreparing(trx, changes.shipmentId, 'shipmentId');
    if (action === 'update' && Object.keys(changes).length === 0) return;
    await requirePreparing(trx, before?.shipmentId, 'shipmentId');
    if (action === 'update' && 'shipmentId' in changes) await requirePreparing(trx, changes.shipmentId, 'shipmentId');
  },
});

export type ShipmentPackage = RecordOf<typeof shipmentPackages.fields>;
