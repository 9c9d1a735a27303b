import { defineResource } from './define.ts';
import { choice, date, ref, text, type RecordOf } from './fields.ts';
import { DEVICE_KINDS, DEVICE_STATUSES } from './choices.ts';
import { deviceLockoutOn } from '../rules/calibration/lockout.ts';
import { customers } from './customers.ts';
import { serviceCenters } from './service-centers.ts';
import { vehicles } from './vehicles.ts';
import { workOrders } from './work-orders.ts';

/** What the lockout date follows from: the due date and the jurisdiction (through the customer or center). */
const LOCKOUT_INPUTS = ['nextCalibrationDue', 'customerId', 'serviceCenterId'];

export const devices = defineResource({
  name: 'devices',
  table: 'devices',
  fields: {
    serial: text(40).required(),
    kind: choice(DEVICE_KINDS).required(),
    model: text(60).required(),
    status: choice(DEVICE_STATUSES).required(),
    serviceCenterId: ref(() => serviceCenters),
    customerId: ref(() => customers),
    vehicleId: ref(() => vehicles),
    lastCalibrationOn: date(),
    nextCalibrationDue: date(),
    /** When the device locks the vehicle if not calibrated: the due date plus the jurisdiction's grace days. */
    lockoutOn: date().serverOwned(),
    /** The work order the device is reserved for or was last moved by. */
    workOrderId: ref(() => workOrders).serverOwned(),
  },
  search: ['serial', 'model'],
  unique: ['serial'],
  defaults: { status: 'in-stock' },
  check: async (trx, action, before, changes) => {
    if (action === 'delete') return;
    if (action === 'update' && !LOCKOUT_INPUTS.some((field) => field in changes)) return;
    return { lockoutOn: await deviceLockoutOn(trx, { ...before, ...changes }) };
  },
});

export type Device = RecordOf<typeof devices.fields>;
