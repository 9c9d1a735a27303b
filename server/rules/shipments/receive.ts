import { z } from 'zod';
import type { Db, Transaction } from '../../db/database.ts';
import type { Decision } from '../../auth/policy.ts';
import { assertAllowed, findAuthorized } from '../../rest/authorize.ts';
import { updateLogged, type WriteContext } from '../../rest/logged-write.ts';
import { toRecord } from '../../rest/records.ts';
import { commandBody } from '../../rest/schemas.ts';
import { forUpdate } from '../../db/dialect.ts';
import { devices } from '../../resources/devices.ts';
import { shipments } from '../../resources/shipments.ts';
import { shipmentPackages, type ShipmentPackage } from '../../resources/shipment-packages.ts';
import { updateDevice } from '../work-orders/equipment.ts';
import { checkSerials, discrepancyOf, receiveRefusal, type SerialCheck } from './receipt.ts';

type Row = Record<string, unknown>;

/** The body of the receive command: the serials scanned or typed at the counter (none: everything as listed). */
export const receiveBody = commandBody({ serials: z.array(devices.fields.serial.schema).max(50, 'At most 50 serials').optional() });
export type ReceiveBody = z.output<typeof receiveBody>;

/** The answer of the receive command: the package as received and what the serials check found. */
export interface Receipt extends SerialCheck {
  package: ShipmentPackage;
  /** The shipment's status afterwards: delivered once every one of its packages was received. */
  shipmentStatus: string;
}

/** The query of a package's shipment. */
const shipmentOf = (db: Db | Transaction, pkg: Row) => db.selectFrom('shipments').selectAll().where('id', '=', Number(pkg.shipmentId));

/** Whether the shipment's state allows receiving its packages: refused (409) while it has not shipped. */
function verdictOf(shipmentStatus: string): Decision {
  const reason = receiveRefusal(shipmentStatus);
  return reason ? { allowed: false, status: 409, reason, errors: { shipmentId: reason } } : { allowed: true };
}

/** What the dry run says of a receipt the policy allows: the command's own check of the shipment. */
export const receiptVerdict = async (db: Db, pkg: Row) => verdictOf((await shipmentOf(db, pkg).executeTakeFirstOrThrow()).status);

/** The devices the package carries: those shipped to its center for its work order. */
async function expectedDevices(trx: Transaction, pkg: Row, serviceCenterId: number) {
  if (pkg.workOrderId == null) return [];
  return trx
    .selectFrom('devices')
    .selectAll()
    .where('workOrderId', '=', Number(pkg.workOrderId))
    .where('status', '=', 'shipped')
    .where('serviceCenterId', '=', serviceCenterId)
    .orderBy('id')
    .execute();
}

/**
 * POST /api/shipment-packages/:id/receive: the package is received at its center. Its devices
 * (all, or those whose serials were scanned) become the center's stock, still reserved for the
 * work order they were shipped for; what was missing or unexpected is the package's discrepancy.
 * The shipment is delivered once all its packages are received. One transaction, every write logged.
 */
export async function receivePackage(ctx: WriteContext, id: number, body: ReceiveBody, now = new Date()): Promise<Receipt> {
  const before = await findAuthorized(ctx.trx, ctx.user, 'receive', shipmentPackages, id, body.version);
  // Locked: the receipts of a shipment's packages are counted one after the other.
  const shipment = await forUpdate(ctx.trx, shipmentOf(ctx.trx, before)).executeTakeFirstOrThrow();
  assertAllowed(verdictOf(shipment.status));
  const expected = await expectedDevices(ctx.trx, before, shipment.serviceCenterId);
  const check = checkSerials(expected.map((d) => d.serial), body.serials);
  for (const device of expected.filter((d) => check.received.includes(d.serial))) {
    await updateDevice(ctx, device, { status: 'in-stock', serviceCenterId: shipment.serviceCenterId }, `Received in ${String(before.label)}`, now);
  }
  const discrepancy = discrepancyOf(check);
  const after = await updateLogged(
    ctx,
    shipmentPackages,
    before,
    { receivedAt: now.toISOString(), receivedById: ctx.user.id, receivedBy: ctx.user.name, discrepancy, hasDiscrepancy: discrepancy !== null },
    { action: 'receive', summary: discrepancy ? `Received with a discrepancy: ${discrepancy}` : 'Received as listed' },
    now,
  );
  const waiting = await ctx.trx.selectFrom('shipmentPackages').select('id').where('shipmentId', '=', shipment.id).where('receivedAt', 'is', null).executeTakeFirst();
  let shipmentStatus = shipment.status;
  if (!waiting && shipment.status !== 'delivered') {
    shipmentStatus = String((await updateLogged(ctx, shipments, toRecord(shipments, shipment), { status: 'delivered' }, { summary: 'Every package received' }, now)).status);
  }
  return { package: after as unknown as ShipmentPackage, ...check, shipmentStatus };
}
