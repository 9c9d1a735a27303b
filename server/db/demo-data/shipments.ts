import type { NotNull } from 'kysely';
import type { Db } from '../database.ts';
import { workOrderNumber } from '../../resources/work-order-number.ts';
import { consolidationKey, packageLabel, TRANSIT_BUSINESS_DAYS } from '../../rules/shipments/consolidate.ts';
import { queueTrackingEmail } from '../../rules/shipments/tracking-email.ts';
import { queueReminders } from '../../rules/outbox/reminders.ts';
import { isoTime, type Clock } from './clock.ts';
import { trackingNumber } from './identifiers.ts';
import type { CenterPlan, WorkOrderPlan } from './plan.ts';
import type { Random } from './random.ts';
import { resourceNamed, storedRow, type Row } from './row.ts';

/** Who received the packages of delivered shipments at the centers' counters. */
const DEMO_RECEIVER = 'Front desk';

/** Statuses of appointments whose equipment was (or will be) sent. */
const SHIPPED_FOR = new Set(['completed', 'no-show', 'in-progress', 'scheduled', 'authorized']);

/** Equipment reserved for a package not delivered yet (being packed or on its way), for the devices table. */
export interface Reserved {
  center: CenterPlan;
  plan: WorkOrderPlan;
}

export interface ShipmentData {
  rows: Row[];
  packageRows: Row[];
  reserved: Reserved[];
}

interface Group {
  center: CenterPlan;
  shipDay: number;
  appointmentDay: number;
  orders: WorkOrderPlan[];
}

export const isBusinessDay = (clock: Clock, day: number) => clock.weekday(day) !== 0 && clock.weekday(day) !== 6;

/** As scheduling does (server/rules/shipments/consolidate.ts): two business days before the appointment, not before the order existed. */
function shipDayFor(clock: Clock, appointmentDay: number, createdDay: number): number {
  let day = appointmentDay;
  for (let left = TRANSIT_BUSINESS_DAYS; left > 0; ) {
    day -= 1;
    if (isBusinessDay(clock, day)) left -= 1;
  }
  if (day >= createdDay) return day;
  let first = createdDay;
  while (!isBusinessDay(clock, first)) first += 1;
  return first;
}

/** The next business day: when the carrier delivers. */
export function nextBusinessDay(clock: Clock, day: number): number {
  let next = day + 1;
  while (!isBusinessDay(clock, next)) next += 1;
  return next;
}

/**
 * One consolidated shipment per center and ship day for the appointments needing equipment,
 * with one labelled package per customer and work order.
 */
export function generateShipments(random: Random, clock: Clock, workOrders: WorkOrderPlan[]): ShipmentData {
  const groups = new Map<string, Group>();
  for (const plan of workOrders) {
    if (!plan.ships || !SHIPPED_FOR.has(plan.status)) continue;
    const appointmentDay = clock.dayOf(plan.scheduledMs, plan.center.jurisdiction.geo);
    const shipDay = shipDayFor(clock, appointmentDay, clock.dayOf(plan.createdMs, plan.center.jurisdiction.geo));
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
  const reserved: Reserved[] = [];
  let packageId = 0;
  ordered.forEach((group, i) => {
    const id = i + 1;
    const { center, shipDay, appointmentDay, orders } = group;
    const geo = center.jurisdiction.geo;
    const deliveryDay = nextBusinessDay(clock, shipDay);
    let status: 'preparing' | 'shipped' | 'delivered' | 'returned';
    // a demo login's center sees today's shipment on its way (portal-week.ts)
    if (shipDay > clock.today || (shipDay === clock.today && !center.portal && random.chance(0.5))) status = 'preparing';
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
    // The tracking number is what ships a shipment; one being prepared can still take packages.
    const preparing = status === 'preparing';
    rows.push({
      ...storedRow(resource, id, createdMs, updatedMs, {
        serviceCenterId: center.id,
        shipDate: clock.iso(shipDay),
        carrier,
        trackingNumber: preparing ? null : trackingNumber(random, carrier),
        status,
        notes:
          orders.length > 1
            ? `Consolidated: ${orders.length} packages for the appointments of ${clock.iso(appointmentDay)}.`
            : `1 package for an appointment on ${clock.iso(appointmentDay)}.`,
      }),
      consolidationKey: preparing ? consolidationKey(center.id, clock.iso(shipDay)) : null,
    });
    orders.sort((a, b) => a.id - b.id);
    orders.forEach((order, n) => {
      const camera = order.customer.jurisdiction.rules.cameraRequired;
      packageRows.push(
        storedRow(packageResource, ++packageId, createdMs, status === 'delivered' ? updatedMs : createdMs, {
          shipmentId: id,
          customerId: order.customer.id,
          workOrderId: order.id,
          label: packageLabel(id, n + 1, order.customer.lastName, workOrderNumber(isoTime(order.createdMs), order.id)),
          contents:
            order.type === 'installation'
              ? camera ? 'Handset, relay, camera and wiring harness' : 'Handset, relay and wiring harness'
              : 'Relay and wiring harness for the new vehicle',
          receivedAt: status === 'delivered' ? isoTime(updatedMs) : null,
          receivedBy: status === 'delivered' ? DEMO_RECEIVER : null,
          hasDiscrepancy: status === 'delivered' ? false : null,
        }),
      );
      // as scheduling does: the devices are reserved (shipped, for the work order) when the package is added
      if (status === 'shipped' || status === 'preparing') reserved.push({ center, plan: order });
    });
  });
  return { rows, packageRows, reserved };
}

/**
 * The packing list of the packages whose devices are reserved: their serials, as scheduling
 * writes it ("handset HS-0000001, relay RL-0000002"); the others keep their description.
 */
export function listPackedSerials(packageRows: Row[], devices: Row[]): void {
  const packed = new Map<unknown, string[]>();
  for (const d of devices) if (d.workOrderId !== null) packed.set(d.workOrderId, [...(packed.get(d.workOrderId) ?? []), `${String(d.kind)} ${String(d.serial)}`]);
  for (const row of packageRows) {
    const serials = packed.get(row.workOrderId);
    if (serials) row.contents = serials.join(', ');
  }
}

/** The demo outbox covers this many days back (older messages would have been purged). */
const OUTBOX_DAYS = 14;
/** The reminders job ran every morning of this many days back. */
const REMINDER_DAYS = 7;

/**
 * The demo outbox as the running server would have left it: the tracking-number emails of the
 * shipments that left in the last two weeks, the reminders job's runs of the last week's
 * mornings (each reminded once, thanks to the dedupe keys) and today's, and everything queued
 * more than an hour before now sent by then. Returns the number of messages.
 */
export async function insertDemoOutbox(db: Db, clock: Clock): Promise<number> {
  const since = clock.iso(clock.today - OUTBOX_DAYS);
  const shipped = await db
    .selectFrom('shipments')
    .select(['id', 'serviceCenterId', 'shipDate', 'carrier', 'trackingNumber', 'version'])
    .where('trackingNumber', 'is not', null)
    .where('shipDate', '>=', since)
    .orderBy('id')
    .$narrowType<{ trackingNumber: NotNull }>()
    .execute();
  let count = 0;
  await db.transaction().execute(async (trx) => {
    for (const s of shipped) {
      const at = new Date(Math.min(clock.nowMs, Date.parse(`${s.shipDate}T16:00:00.000Z`)));
      if (await queueTrackingEmail({ trx, user: null }, s, false, at)) count += 1;
    }
  });
  for (let day = clock.today - REMINDER_DAYS; day <= clock.today; day++) {
    const morning = new Date(Math.min(clock.nowMs, Date.parse(`${clock.iso(day)}T06:00:00.000Z`)));
    count += Object.values(await queueReminders(db, clock.iso(day), morning)).reduce((a, b) => a + b, 0);
  }
  // What the sender did meanwhile: everything queued more than an hour ago went out a minute later.
  const hourAgo = new Date(clock.nowMs - 3_600_000).toISOString();
  await db.transaction().execute(async (trx) => {
    const old = await trx.selectFrom('outbox').select(['id', 'createdAt']).where('status', '=', 'queued').where('createdAt', '<', hourAgo).execute();
    for (const m of old) {
      const sentAt = new Date(Date.parse(m.createdAt) + 60_000).toISOString();
      await trx.updateTable('outbox').set({ status: 'sent', attempts: 1, sentAt, updatedAt: sentAt, version: 2 }).where('id', '=', m.id).execute();
    }
  });
  return count;
}
