import { defineResource } from './define.ts';
import { choice, date, ref, text, type RecordOf } from './fields.ts';
import { DEVICE_KINDS, DEVICE_STATUSES } from './choices.ts';

export const devices = defineResource({
  name: 'devices',
  table: 'devices',
  fields: {
    serial: text(40).required(),
    kind: choice(DEVICE_KINDS).required(),
    model: text(60).required(),
    status: choice(DEVICE_STATUSES).required(),
    serviceCenterId: ref('service-centers'),
    customerId: ref('customers'),
    vehicleId: ref('vehicles'),
    lastCalibrationOn: date(),
    nextCalibrationDue: date(),
    /** When the device locks the vehicle if not calibrated: the due date plus the jurisdiction's grace days. */
    lockoutOn: date().serverOwned(),
    /** The work order the device is reserved for or was last moved by. */
    workOrderId: ref('work-orders').serverOwned(),
  },
  search: ['serial', 'model'],
  unique: ['serial'],
  defaults: { status: 'in-stock' },
});

export type Device = RecordOf<typeof devices.fields>;
