import type { Transaction } from '../../db/database.ts';
import { deleteLogged, updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { toRecord } from '../../rest/records.ts';
import { conflict } from '../../rest/errors.ts';
import { devices } from '../../resources/devices.ts';
import { shipments } from '../../resources/shipments.ts';
import { shipmentPackages } from '../../resources/shipment-packages.ts';
import { addPackage, shipDay } from '../shipments/consolidate.ts';
import { packagesLockedReason } from '../shipments/rules.ts';
import { forUpdate } from '../../db/dialect.ts';
import { needsEquipment } from './rules.ts';

type Row = Record<string, unknown>;
type Kind = 'handset' | 'relay' | 'camera';

/** Changes one device (a row as read in this transaction) and logs the change (same transaction as the work order that caused it). */
export async function updateDevice(ctx: WriteContext, device: Row, changes: Row, summary: string, now: Date) {
  await updateLogged(ctx, devices, toRecord(devices, device), changes, { summary }, now);
}

/** The customer's jurisdiction rules (calibration interval, grace, camera). */
export async function customerRules(trx: Transaction, customerId: number) {
  return trx
    .selectFrom('customers as c')
    .innerJoin('jurisdictions as j', 'j.id', 'c.jurisdictionId')
    .select(['j.calibrationIntervalDays', 'j.graceDaysBeforeLockout', 'j.cameraRequired'])
    .where('c.id', '=', customerId)
    .executeTakeFirstOrThrow();
}

/** What a work order needs from the warehouse: a handset and relay (+ camera where required) for an installation, a handset for an exchange. */
export function kindsNeeded(type: string, cameraRequired: boolean): Kind[] {
  if (type === 'handheld-exchange') return ['handset'];
  return cameraRequired ? ['handset', 'relay', 'camera'] : ['handset', 'relay'];
}

/**
 * After a new installation or handheld exchange is booked: reserves the equipment in the
 * provider's warehouse (in stock, at no center) for it and adds a labelled package to the
 * center's consolidated shipment of the ship day. 409 when the warehouse lacks a device.
 */
export async function reserveEquipment(ctx: WriteContext, order: Row, now = new Date()) {
  if (!needsEquipment(String(order.type)) || order.status === 'cancelled') return;
  const customerId = Number(order.customerId);
  const rules = await customerRules(ctx.trx, customerId);
  const serials: string[] = [];
  for (const kind of kindsNeeded(String(order.type), Boolean(rules.cameraRequired))) {
    // Locked, passing over devices a concurrent booking is taking: no device is reserved twice.
    const device = await forUpdate(
      ctx.trx,
      ctx.trx.selectFrom('devices').selectAll().where('status', '=', 'in-stock').where('serviceCenterId', 'is', null).where('kind', '=', kind).orderBy('id').limit(1),
      { skipLocked: true },
    ).executeTakeFirst();
    if (!device) throw conflict(`No ${kind} in the warehouse: the equipment for this work order cannot ship`, { type: `No ${kind} in stock` });
    await updateDevice(
      ctx,
      device,
      { status: 'shipped', serviceCenterId: order.serviceCenterId, customerId, workOrderId: order.id },
      `Reserved for ${String(order.number)}`,
      now,
    );
    serials.push(`${kind} ${device.serial}`);
  }
  await addPackage(
    ctx,
    {
      serviceCenterId: Number(order.serviceCenterId),
      shipDate: shipDay(String(order.scheduledAt), now.toISOString().slice(0, 10)),
      customerId,
      workOrderId: Number(order.id),
      contents: serials.join(', '),
      walkIn: order.type === 'handheld-exchange',
    },
    now,
  );
}

/** Devices reserved for (or last moved by) a work order. */
export async function orderDevices(trx: Transaction, orderId: number) {
  return trx.selectFrom('devices').selectAll().where('workOrderId', '=', orderId).orderBy('id').execute();
}

/**
 * Takes an order's packages out of shipments still being prepared (a shipment left empty goes
 * too) and answers what they held; null, changing nothing, when one of them has left already.
 */
async function unpack(ctx: WriteContext, order: Row, summary: string, now: Date) {
  const packages = await ctx.trx
    .selectFrom('shipmentPackages as p')
    .innerJoin('shipments as s', 's.id', 'p.shipmentId')
    .selectAll('p')
    .select(['s.status as shipmentStatus', 's.trackingNumber', 's.shipDate'])
    .where('p.workOrderId', '=', order.id as number)
    .execute();
  if (packages.some((p) => packagesLockedReason({ status: p.shipmentStatus, trackingNumber: p.trackingNumber }))) return null;
  for (const { shipmentStatus: _status, trackingNumber: _tracking, shipDate: _day, ...pkg } of packages) {
    await deleteLogged(ctx, shipmentPackages, toRecord(shipmentPackages, pkg), { summary }, now);
    const left = await ctx.trx.selectFrom('shipmentPackages').select('id').where('shipmentId', '=', pkg.shipmentId).executeTakeFirst();
    if (!left) {
      const shipment = await ctx.trx.selectFrom('shipments').selectAll().where('id', '=', pkg.shipmentId).executeTakeFirstOrThrow();
      await deleteLogged(ctx, shipments, toRecord(shipments, shipment), { summary: `${summary}: nothing left to ship` }, now);
    }
  }
  return packages;
}

/**
 * After an order with equipment on its way is cancelled: while its shipment is still being
 * prepared, its package comes out (the shipment too, if that was its last) and the reserved
 * devices go back to warehouse stock. Once the shipment has left, the center sends them back.
 */
export async function releaseEquipment(ctx: WriteContext, order: Row, now = new Date()) {
  const summary = `${String(order.number)} cancelled`;
  if ((await unpack(ctx, order, summary, now)) === null) return;
  for (const device of (await orderDevices(ctx.trx, Number(order.id))).filter((d) => d.status === 'shipped')) {
    await updateDevice(ctx, device, { status: 'in-stock', serviceCenterId: null, customerId: null, workOrderId: null }, `Back in the warehouse: ${summary}`, now);
  }
}

/**
 * After a rescheduled appointment: if its equipment now ships on another day and its shipment is
 * still being prepared, the package moves to the center's consolidated shipment of the new day.
 */
export async function reshipEquipment(ctx: WriteContext, order: Row, now = new Date()) {
  const shipDate = shipDay(String(order.scheduledAt), now.toISOString().slice(0, 10));
  const current = await ctx.trx
    .selectFrom('shipmentPackages as p')
    .innerJoin('shipments as s', 's.id', 'p.shipmentId')
    .select(['s.shipDate'])
    .where('p.workOrderId', '=', order.id as number)
    .execute();
  if (!current.length || current.every((p) => p.shipDate === shipDate)) return;
  const moved = await unpack(ctx, order, `${String(order.number)} rescheduled: ships ${shipDate}`, now);
  for (const pkg of moved ?? []) {
    await addPackage(
      ctx,
      { serviceCenterId: Number(order.serviceCenterId), shipDate, customerId: pkg.customerId, workOrderId: Number(order.id), contents: pkg.contents ?? '', walkIn: order.type === 'handheld-exchange' },
      now,
    );
  }
}

/**
 * After a work order is written (the work-orders resource's afterWrite): a new order's equipment
 * is reserved and shipped, a cancelled order's released, a rescheduled order's moved to the
 * shipment of its new day.
 */
export async function followEquipment(ctx: WriteContext, action: 'create' | 'update', before: Row | undefined, after: Row) {
  const cancelled = action === 'update' && before?.status !== 'cancelled' && after.status === 'cancelled';
  const rescheduled = action === 'update' && !cancelled && before?.scheduledAt !== after.scheduledAt;
  if (action === 'create') await reserveEquipment(ctx, after);
  else if (cancelled) await releaseEquipment(ctx, after);
  else if (rescheduled) await reshipEquipment(ctx, after);
}
