import type { Clock } from './clock.ts';
import { deviceSerial } from './identifiers.ts';
import type { CenterPlan, EquipmentOutcome } from './plan.ts';
import type { Random } from './random.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';
import type { InTransit } from './shipments.ts';

type Kind = 'handset' | 'relay' | 'camera';
const PREFIX: Record<Kind, string> = { handset: 'HS', relay: 'RL', camera: 'CM' };
const MODELS: Record<Kind, Record<string, number>> = {
  handset: { 'IL-500 Handset': 30, 'IL-700 Handset': 50, 'IL-700C Handset': 20 },
  relay: { 'RL-2 Relay Module': 60, 'RL-3 Relay Module': 40 },
  camera: { 'CM-1 Camera': 45, 'CM-2 Camera': 55 },
};

interface Device {
  kind: Kind;
  status: 'in-stock' | 'shipped' | 'installed' | 'returned' | 'retired';
  center: CenterPlan;
  customerId: number | null;
  vehicleId: number | null;
  lastCalibration: number | null;
  /** Whether the next due date follows from the last calibration (devices in service). */
  due: boolean;
  receivedDay: number;
  updatedDay: number;
}

const kindsFor = (camera: boolean): Kind[] => (camera ? ['handset', 'relay', 'camera'] : ['handset', 'relay']);

/**
 * Devices: installed on customers' vehicles (calibration dates from their last calibration, some
 * overdue), back from removals and handset exchanges, on their way in shipments, and in stock.
 */
export function* generateDevices(random: Random, clock: Clock, outcomes: EquipmentOutcome[], inTransit: InTransit[], centers: CenterPlan[]): Generator<Row> {
  const resource = resourceNamed('devices');
  const counters: Record<Kind, number> = { handset: 0, relay: 0, camera: 0 };
  let id = 0;
  const row = (d: Device): Row => {
    const geo = d.center.jurisdiction.geo;
    const createdMs = Math.min(clock.nowMs, clock.instant(d.receivedDay, random.int(540, 1020), geo));
    const updatedMs = Math.min(clock.nowMs, clock.instant(d.updatedDay, random.int(540, 1020), geo));
    return storedRow(resource, ++id, createdMs, updatedMs, {
      serial: deviceSerial(PREFIX[d.kind], ++counters[d.kind]),
      kind: d.kind,
      model: random.weighted(MODELS[d.kind]),
      status: d.status,
      serviceCenterId: d.center.id,
      customerId: d.customerId,
      vehicleId: d.vehicleId,
      lastCalibrationOn: d.lastCalibration === null ? null : clock.iso(d.lastCalibration),
      nextCalibrationDue: d.lastCalibration === null || !d.due ? null : clock.iso(d.lastCalibration + d.center.jurisdiction.interval),
    });
  };

  for (const o of outcomes) {
    const { customer } = o;
    const kinds = kindsFor(customer.jurisdiction.rules.cameraRequired);
    const received = (o.installDay ?? clock.today) - random.int(5, 60);
    const last = o.lastCalibrationDay ?? o.installDay;
    for (const vehicle of o.installedOn) {
      for (const kind of kinds) {
        yield row({ kind, status: 'installed', center: customer.center, customerId: customer.id, vehicleId: vehicle.id, lastCalibration: last, due: true, receivedDay: received, updatedDay: last ?? received });
      }
    }
    if (o.removedDay !== null && o.removedAt) {
      for (const kind of kinds) {
        yield row({ kind, status: 'returned', center: o.removedAt, customerId: customer.id, vehicleId: null, lastCalibration: last, due: false, receivedDay: received, updatedDay: o.removedDay });
      }
    }
    for (const [day, center] of o.exchanges) {
      yield row({ kind: 'handset', status: random.chance(0.6) ? 'returned' : 'retired', center, customerId: null, vehicleId: null, lastCalibration: null, due: false, receivedDay: received, updatedDay: day });
    }
  }

  for (const { center, plan } of inTransit) {
    const kinds: Kind[] = plan.type === 'installation' ? kindsFor(plan.customer.jurisdiction.rules.cameraRequired) : ['relay'];
    const benchCalibrated = clock.today - random.int(3, 20);
    for (const kind of kinds) {
      yield row({ kind, status: 'shipped', center, customerId: plan.customer.id, vehicleId: plan.vehicleId, lastCalibration: benchCalibrated, due: true, receivedDay: benchCalibrated, updatedDay: clock.today });
    }
  }

  for (const center of centers) {
    if (center.status !== 'live') continue;
    const stock: [Kind, number][] = [['handset', random.int(1, 4)], ['relay', random.int(1, 4)]];
    if (center.jurisdiction.rules.cameraRequired) stock.push(['camera', random.int(0, 2)]);
    for (const [kind, count] of stock) {
      for (let n = 0; n < count; n++) {
        const calibrated = clock.today - random.int(5, 60);
        yield row({ kind, status: 'in-stock', center, customerId: null, vehicleId: null, lastCalibration: calibrated, due: true, receivedDay: calibrated - random.int(0, 150), updatedDay: calibrated });
      }
    }
  }
}
