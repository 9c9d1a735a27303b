import { lockoutDate } from '../../rules/calibration/due-dates.ts';
import type { Clock } from './clock.ts';
import { GEOGRAPHY } from './geography.ts';
import { deviceSerial } from './identifiers.ts';
import { DEFAULT_CALIBRATION_INTERVAL_DAYS } from './jurisdiction-rules.ts';
import type { CenterPlan, EquipmentOutcome, JurisdictionPlan } from './plan.ts';
import type { Random } from './random.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';
import type { Reserved } from './shipments.ts';

type Kind = 'handset' | 'relay' | 'camera';
const PREFIX: Record<Kind, string> = { handset: 'HS', relay: 'RL', camera: 'CM' };
const MODELS: Record<Kind, Record<string, number>> = {
  handset: { 'IL-500 Handset': 30, 'IL-700 Handset': 50, 'IL-700C Handset': 20 },
  relay: { 'RL-2 Relay Module': 60, 'RL-3 Relay Module': 40 },
  camera: { 'CM-1 Camera': 45, 'CM-2 Camera': 55 },
};

/** The provider's warehouse (stock not yet at any center) keeps Texas time. */
const WAREHOUSE_GEO = GEOGRAPHY.TX;
/** No calibration rules: the defaults apply (warehouse stock governed by no jurisdiction). */
const NO_RULES = { calibrationIntervalDays: null, graceDaysBeforeLockout: null };

interface Device {
  kind: Kind;
  status: 'in-stock' | 'shipped' | 'installed' | 'returned' | 'retired';
  /** Null: the provider's warehouse stock. */
  center: CenterPlan | null;
  /** The jurisdiction whose grace sets the lockout date: the customer's, else the center's (as the API derives it). */
  governedBy: JurisdictionPlan | null;
  customerId: number | null;
  vehicleId: number | null;
  lastCalibration: number | null;
  /** Whether the next due date follows from the last calibration (devices in service). */
  due: boolean;
  receivedDay: number;
  updatedDay: number;
  /** The work order the device is reserved for (packed or on its way), else null. */
  workOrderId?: number;
}

const kindsFor = (camera: boolean): Kind[] => (camera ? ['handset', 'relay', 'camera'] : ['handset', 'relay']);

/** Warehouse stock per kind: at least 40, one per 6 centers (50 at demo scale, 500 at large). */
export const warehouseStockPerKind = (centers: number) => Math.max(40, Math.ceil(centers / 6));

/**
 * Devices: installed on customers' vehicles (calibration dates from their last calibration, some
 * overdue; lockout dates after the jurisdiction's grace), back from removals and handset
 * exchanges, on their way in shipments, in stock at live centers, and the provider's warehouse
 * stock (no center) that installations and handheld exchanges reserve from.
 */
export function* generateDevices(random: Random, clock: Clock, outcomes: EquipmentOutcome[], reserved: Reserved[], centers: CenterPlan[]): Generator<Row> {
  const resource = resourceNamed('devices');
  const counters: Record<Kind, number> = { handset: 0, relay: 0, camera: 0 };
  let id = 0;
  const row = (d: Device): Row => {
    const geo = d.center?.jurisdiction.geo ?? WAREHOUSE_GEO;
    const interval = d.center?.jurisdiction.interval ?? DEFAULT_CALIBRATION_INTERVAL_DAYS;
    const nextCalibrationDue = d.lastCalibration === null || !d.due ? null : clock.iso(d.lastCalibration + interval);
    const createdMs = Math.min(clock.nowMs, clock.instant(d.receivedDay, random.int(540, 1020), geo));
    const updatedMs = Math.min(clock.nowMs, clock.instant(d.updatedDay, random.int(540, 1020), geo));
    return storedRow(resource, ++id, createdMs, updatedMs, {
      serial: deviceSerial(PREFIX[d.kind], ++counters[d.kind]),
      kind: d.kind,
      model: random.weighted(MODELS[d.kind]),
      status: d.status,
      serviceCenterId: d.center?.id ?? null,
      customerId: d.customerId,
      vehicleId: d.vehicleId,
      lastCalibrationOn: d.lastCalibration === null ? null : clock.iso(d.lastCalibration),
      nextCalibrationDue,
      lockoutOn: lockoutDate(nextCalibrationDue, d.governedBy?.rules ?? NO_RULES),
      workOrderId: d.workOrderId ?? null,
    });
  };

  for (const o of outcomes) {
    const { customer } = o;
    const kinds = kindsFor(customer.jurisdiction.rules.cameraRequired);
    const received = (o.installDay ?? clock.today) - random.int(5, 60);
    const last = o.lastCalibrationDay ?? o.installDay;
    for (const vehicle of o.installedOn) {
      for (const kind of kinds) {
        yield row({ kind, status: 'installed', center: customer.center, governedBy: customer.jurisdiction, customerId: customer.id, vehicleId: vehicle.id, lastCalibration: last, due: true, receivedDay: received, updatedDay: last ?? received });
      }
    }
    if (o.removedDay !== null && o.removedAt) {
      for (const kind of kinds) {
        yield row({ kind, status: 'returned', center: o.removedAt, governedBy: customer.jurisdiction, customerId: customer.id, vehicleId: null, lastCalibration: last, due: false, receivedDay: received, updatedDay: o.removedDay });
      }
    }
    for (const [day, center] of o.exchanges) {
      yield row({ kind: 'handset', status: random.chance(0.6) ? 'returned' : 'retired', center, governedBy: center.jurisdiction, customerId: null, vehicleId: null, lastCalibration: null, due: false, receivedDay: received, updatedDay: day });
    }
  }

  for (const { center, plan } of reserved) {
    const kinds: Kind[] = plan.type === 'installation' ? kindsFor(plan.customer.jurisdiction.rules.cameraRequired) : ['relay'];
    const benchCalibrated = clock.today - random.int(3, 20);
    for (const kind of kinds) {
      yield row({ kind, status: 'shipped', center, governedBy: plan.customer.jurisdiction, customerId: plan.customer.id, vehicleId: plan.vehicleId, lastCalibration: benchCalibrated, due: true, receivedDay: benchCalibrated, updatedDay: clock.today, workOrderId: plan.id });
    }
  }

  for (const center of centers) {
    if (center.status !== 'live') continue;
    const stock: [Kind, number][] = [['handset', random.int(1, 4)], ['relay', random.int(1, 4)]];
    if (center.jurisdiction.rules.cameraRequired) stock.push(['camera', random.int(0, 2)]);
    for (const [kind, count] of stock) {
      for (let n = 0; n < count; n++) {
        const calibrated = clock.today - random.int(5, 60);
        yield row({ kind, status: 'in-stock', center, governedBy: center.jurisdiction, customerId: null, vehicleId: null, lastCalibration: calibrated, due: true, receivedDay: calibrated - random.int(0, 150), updatedDay: calibrated });
      }
    }
  }

  const perKind = warehouseStockPerKind(centers.length);
  for (const kind of ['handset', 'relay', 'camera'] as const) {
    for (let n = 0; n < perKind; n++) {
      const calibrated = clock.today - random.int(2, 45);
      yield row({ kind, status: 'in-stock', center: null, governedBy: null, customerId: null, vehicleId: null, lastCalibration: calibrated, due: true, receivedDay: calibrated - random.int(0, 120), updatedDay: calibrated });
    }
  }
}
