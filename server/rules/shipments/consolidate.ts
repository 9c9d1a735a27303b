import { formatISO, parseISO, subBusinessDays } from 'date-fns';
import type { WriteContext } from '../../rest/writes.ts';
import { resourceByName } from '../../resources/index.ts';
import { toRecord } from '../../rest/records.ts';
import { diffRecords, writeAudit } from '../../auth/audit.ts';
import { centerRecipient, queueMessage } from '../outbox/queue.ts';
import { consolidationKey } from './rules.ts';
import { forUpdate } from '../../db/dialect.ts';

/** Business days between the warehouse shipping equipment and the appointment it is for. */
export const TRANSIT_BUSINESS_DAYS = 2;

/** The day equipment for an appointment ships: two business days before it, never before today (UTC dates). */
export function shipDay(scheduledAt: string, today: string): string {
  const day = formatISO(subBusinessDays(parseISO(scheduledAt.slice(0, 10)), TRANSIT_BUSINESS_DAYS), { representation: 'date' });
  return day < today ? today : day;
}

export { consolidationKey };

/** A package's label: shipment and package number, the customer ("Last, F."), the work order (fits the 80-character field). */
export const packageLabel = (shipmentId: number, n: number, customer: string, orderNumber: string) =>
  `PKG ${shipmentId}-${n} · ${customer} · ${orderNumber}`.slice(0, 80);

/** The next package number of a shipment: one after the highest on its labels (a package taken out leaves its number unused). */
export function nextPackageNumber(shipmentId: number, labels: string[]): number {
  const pattern = new RegExp(`^PKG ${shipmentId}-(\\d+)\\b`);
  const numbers = labels.map((label) => Number(pattern.exec(label)?.[1] ?? 0));
  return Math.max(labels.length, ...numbers) + 1;
}

export interface PackageRequest {
  serviceCenterId: number;
  shipDate: string;
  customerId: number;
  workOrderId: number;
  /** What goes in the box (serials), for the packing list. */
  contents: string;
  /** A walk-in has no appointment: the center is told a package is on its way. */
  walkIn: boolean;
}

const shipments = resourceByName.get('shipments')!;
const packages = resourceByName.get('shipment-packages')!;

/**
 * Adds a labelled package for one customer to the center's shipment of that ship day, creating
 * the shipment if none is being prepared: one consolidated shipment per center per ship day.
 * Runs in the caller's transaction; the unique consolidation key makes concurrent schedulers
 * (several server processes) share one shipment.
 */
export async function addPackage(ctx: WriteContext, request: PackageRequest, now = new Date()) {
  const { trx, user } = ctx;
  const at = now.toISOString();
  const key = consolidationKey(request.serviceCenterId, request.shipDate);
  const inserted = await trx
    .insertInto('shipments')
    .values({
      createdAt: at,
      updatedAt: at,
      version: 1,
      serviceCenterId: request.serviceCenterId,
      shipDate: request.shipDate,
      carrier: 'UPS',
      trackingNumber: null,
      status: 'preparing',
      notes: null,
      consolidationKey: key,
    })
    .onConflict((oc) => oc.column('consolidationKey').doNothing())
    .executeTakeFirst();
  // Locked: concurrent schedulers number their packages one after the other.
  const shipment = await forUpdate(trx, trx.selectFrom('shipments').selectAll().where('consolidationKey', '=', key)).executeTakeFirstOrThrow();
  const shipmentId = Number(shipment.id);
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) {
    await writeAudit(trx, { userId: user.id, userName: user.name, action: 'create', resource: 'shipments', recordId: shipmentId, summary: `Consolidated shipment for ${request.shipDate}`, diff: diffRecords(null, toRecord(shipments, shipment)) }, now);
  }

  const customer = await trx.selectFrom('customers').select(['lastName', 'firstName']).where('id', '=', request.customerId).executeTakeFirstOrThrow();
  const order = await trx.selectFrom('workOrders').select(['number']).where('id', '=', request.workOrderId).executeTakeFirstOrThrow();
  const labels = await trx.selectFrom('shipmentPackages').select('label').where('shipmentId', '=', shipmentId).execute();
  const number = nextPackageNumber(shipmentId, labels.map((l) => String(l.label)));
  const label = packageLabel(shipmentId, number, `${String(customer.lastName)}, ${String(customer.firstName).slice(0, 1)}.`, String(order.number));
  const { id: packageId } = (await trx
    .insertInto('shipmentPackages')
    .values({ createdAt: at, updatedAt: at, version: 1, shipmentId, customerId: request.customerId, workOrderId: request.workOrderId, label, contents: request.contents })
    .returning('id')
    .executeTakeFirstOrThrow()) as { id: number };
  const pkg = await trx.selectFrom('shipmentPackages').selectAll().where('id', '=', packageId).executeTakeFirstOrThrow();
  await writeAudit(trx, { userId: user.id, userName: user.name, action: 'create', resource: 'shipment-packages', recordId: packageId, summary: `Package for ${String(order.number)}`, diff: diffRecords(null, toRecord(packages, pkg)) }, now);

  if (request.walkIn) {
    await queueMessage(
      trx,
      {
        kind: 'incoming-shipment',
        recipient: await centerRecipient(trx, request.serviceCenterId),
        subject: `Incoming equipment for a walk-in: ${String(order.number)}`,
        body: [
          `Equipment for ${String(customer.firstName)} ${String(customer.lastName)} (work order ${String(order.number)}) ships on ${request.shipDate}.`,
          `Package: ${label}`,
          `Contents: ${request.contents}`,
          'The customer will walk in without an appointment; a tracking number follows when the shipment leaves.',
        ].join('\n'),
        dedupeKey: `incoming-shipment:${request.workOrderId}`,
        resource: 'work-orders',
        recordId: request.workOrderId,
      },
      now,
    );
  }
  return { shipmentId, packageId, label };
}
