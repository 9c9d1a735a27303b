import { defineResource } from './define.ts';
import { ref, text, type RecordOf } from './fields.ts';

/** One labelled package of a consolidated shipment: one customer, one work order. */
export const shipmentPackages = defineResource({
  name: 'shipment-packages',
  table: 'shipmentPackages',
  fields: {
    shipmentId: ref('shipments').required(),
    customerId: ref('customers').required(),
    workOrderId: ref('work-orders'),
    label: text(80).required(),
    contents: text(500),
  },
  search: ['label', 'contents'],
});

export type ShipmentPackage = RecordOf<typeof shipmentPackages.fields>;
