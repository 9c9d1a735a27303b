import { defineResource } from './define.ts';
import { choice, date, ref, text, type RecordOf } from './fields.ts';
import { CARRIERS, SHIPMENT_STATUSES } from './choices.ts';

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
});

export type Shipment = RecordOf<typeof shipments.fields>;
