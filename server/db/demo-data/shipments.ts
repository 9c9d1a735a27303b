import type { Clock } from './clock.ts';
import { trackingNumber } from './identifiers.ts';
import type { CenterPlan, WorkOrderPlan } from './plan.ts';
import type { Random } from './random.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';

/** Statuses of appointments whose equipment was (or will be) sent. */
const SHIPPED_FOR = new Set(['completed', 'no-show', 'in-progress', 'scheduled', 'authorized']);

/** Equipment on its way to a center today, for the devices table. */
export interface InTransit {
  center: CenterPlan;
  plan: WorkOrderPlan;
}

export interface ShipmentData {
  rows: Row[];
  packageRows: Row[];
  inTransit: InTransit[];
}

interface Group {
  center: CenterPlan;
  shipDay: number;
  appointmentDay: number;
  orders: WorkOrderPlan[];
}

/** Ships the working day before (Saturday for a Monday appointment). */
const shipDayFor = (clock: Clock, appointmentDay: number) => (clock.weekday(appointmentDay - 1) === 0 ? appointmentDay - 2 : appointmentDay - 1);

/**
 * One consolidated shipment per center and ship day for the appointments needing equipment,
 * with one labelled package per customer and work order.
 */
export function generateShipments(random: Random, clock: Clock, workOrders: WorkOrderPlan[]): ShipmentData {
  const groups = new Map<string, Group>();
  for (const plan of workOrders) {
    if (!plan.ships || !SHIPPED_FOR.has(plan.status)) continue;
    const appointmentDay = clock.dayOf(plan.scheduledMs, plan.center.jurisdiction.geo);
    const shipDay = shipDayFor(clock, appointmentDay);
    const key = `${plan.center.id}:${shipDay}`;
    const group = groups.get(key);
    if (group) group.orders.push(plan);
    else groups.set(key, { center: plan.center, shipDay, appointmentDay, orders: [plan] });
  }
  const ordered = [...groups.values()].sort((a, b) => a.shipDay - b.shipDay || a.center.id - b.center.id);

  const resource = resourceNamed('shipments');
  const packageResource = resourceNamed('shipment-packages');
  const rows: Row[] = [];
  const packageRows: Row[] = [];
  const inTransit: InTransit[] = [];
  let packageId = 0;
  ordered.forEach((group, i) => {
    const id = i + 1;
    const { center, shipDay, appointmentDay, orders } = group;
    const geo = center.jurisdiction.geo;
    const deliveryDay = clock.weekday(shipDay) === 6 ? shipDay + 2 : shipDay + 1;
    let status: 'preparing' | 'shipped' | 'delivered' | 'returned';
    if (shipDay > clock.today || (shipDay === clock.today && random.chance(0.5))) status = 'preparing';
    else if (deliveryDay > clock.today) status = 'shipped';
    else if (orders.every((o) => o.status === 'no-show') && appointmentDay + 3 <= clock.today && random.chance(0.6)) status = 'returned';
    else status = 'delivered';

    const carrier = random.chance(0.8) ? center.carrier : random.weighted({ UPS: 50, FedEx: 30, USPS: 15, DHL: 5 });
    const createdMs = Math.max(...orders.map((o) => o.createdMs));
    const at = (day: number, minutes: number) => Math.min(clock.nowMs, clock.instant(day, minutes, geo));
    const updatedMs =
      status === 'preparing' ? createdMs
      : status === 'shipped' ? at(shipDay, 16 * 60)
      : status === 'delivered' ? at(deliveryDay, 10 * 60 + random.int(0, 300))
      : at(appointmentDay + 3, 12 * 60);
    const labelled = status !== 'preparing' || random.chance(0.3);
    rows.push(
      storedRow(resource, id, createdMs, updatedMs, {
        serviceCenterId: center.id,
        shipDate: clock.iso(shipDay),
        carrier,
        trackingNumber: labelled ? trackingNumber(random, carrier) : null,
        status,
        notes:
          orders.length > 1
            ? `Consolidated: ${orders.length} packages for the appointments of ${clock.iso(appointmentDay)}.`
            : `1 package for an appointment on ${clock.iso(appointmentDay)}.`,
      }),
    );
    orders.sort((a, b) => a.id - b.id);
    orders.forEach((order, n) => {
      const camera = order.customer.jurisdiction.rules.cameraRequired;
      packageRows.push(
        storedRow(packageResource, ++packageId, createdMs, createdMs, {
          shipmentId: id,
          customerId: order.customer.id,
          workOrderId: order.id,
          label: `PKG ${id}-${n + 1} · ${order.customer.lastName}`,
          contents:
            order.type === 'installation'
              ? camera ? 'Handset, relay, camera and wiring harness' : 'Handset, relay and wiring harness'
              : 'Relay and wiring harness for the new vehicle',
        }),
      );
      if (status === 'shipped') inTransit.push({ center, plan: order });
    });
  });
  return { rows, packageRows, inTransit };
}
