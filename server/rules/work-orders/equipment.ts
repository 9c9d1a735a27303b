import type { Transaction } from '../../db/database.ts';
import type { WriteContext } from '../../rest/writes.ts';
import { resourceByName } from '../../resources/index.ts';
import { toRecord } from '../../rest/records.ts';
import { diffRecords, writeAudit } from '../../auth/audit.ts';
import { conflict } from '../../rest/errors.ts';
import { addPackage, shipDay } from '../shipments/consolidate.ts';
import { needsEquipment } from './rules.ts';

type Row = Record<string, unknown>;
type Kind = 'handset' | 'relay' | 'camera';

const devices = () => resourceByName.get('devices')!;

/** Changes one device and logs the change (same transaction as the work order that caused it). */
export async function updateDevice(ctx: WriteContext, device: Row, changes: Row, summary: string, now: Date) {
  const at = now.toISOString();
  await ctx.trx
    .updateTable('devices')
    .set({ ...changes, updatedAt: at, version: Number(device.version) + 1 })
    .where('id', '=', device.id)
    .execute();
  const after = await ctx.trx.selectFrom('devices').selectAll().where('id', '=', device.id).executeTakeFirstOrThrow();
  await writeAudit(
    ctx.trx,
    { userId: ctx.user.id, userName: ctx.user.name, action: 'update', resource: 'devices', recordId: Number(device.id), summary, diff: diffRecords(toRecord(devices(), device), toRecord(devices(), after)) },
    now,
  );
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
    const device = await ctx.trx
      .selectFrom('devices')
      .selectAll()
      .where('status', '=', 'in-stock')
      .where('serviceCenterId', 'is', null)
      .where('kind', '=', kind)
      .orderBy('id')
      .executeTakeFirst();
    if (!device) throw conflict(`No ${kind} in the warehouse: the equipment for this work order cannot ship`, { type: `No ${kind} in stock` });
    await updateDevice(
      ctx,
      device,
      { status: 'shipped', serviceCenterId: order.serviceCenterId, customerId, workOrderId: order.id },
      `Reserved for ${String(order.number)}`,
      now,
    );
    serials.push(`${kind} ${String(device.serial)}`);
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
  return trx.selectFrom('devices').selectAll().where('workOrderId', '=', orderId).orderBy('id').execute() as Promise<Row[]>;
}
