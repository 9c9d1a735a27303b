import { formatISO, parseISO, subBusinessDays } from 'date-fns';
import { createLogged, insertLogged, type WriteContext } from '../../rest/logged-write.ts';
import { shipments } from '../../resources/shipments.ts';
import { shipmentPackages } from '../../resources/shipment-packages.ts';
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

/**
 * Adds a labelled package for one customer to the center's shipment of that ship day, creating
 * the shipment if none is being prepared: one consolidated shipment per center per ship day.
 * Runs in the caller's transaction; the unique consolidation key makes concurrent schedulers
 * (several server processes) share one shipment.
 */
export async function addPackage(ctx: WriteContext, request: PackageRequest, now = new Date()) {
  const { trx } = ctx;
  const key = consolidationKey(request.serviceCenterId, request.shipDate);
  await insertLogged(
    ctx,
    shipments,
    { serviceCenterId: request.serviceCenterId, shipDate: request.shipDate, carrier: 'UPS', trackingNumber: null, status: 'preparing', notes: null },
    { summary: `Consolidated shipment for ${request.shipDate}`, columns: { consolidationKey: key }, unlessExists: 'consolidationKey' },
    now,
  );
  // Locked: concurrent schedulers number their packages one after the other.
  const shipment = await forUpdate(trx, trx.selectFrom('shipments').select('id').where('consolidationKey', '=', key)).executeTakeFirstOrThrow();
  const shipmentId = shipment.id;

  const customer = await trx.selectFrom('customers').select(['lastName', 'firstName']).where('id', '=', request.customerId).executeTakeFirstOrThrow();
  const order = await trx.selectFrom('workOrders').select(['number']).where('id', '=', request.workOrderId).executeTakeFirstOrThrow();
  const labels = await trx.selectFrom('shipmentPackages').select('label').where('shipmentId', '=', shipmentId).execute();
  const number = nextPackageNumber(shipmentId, labels.map((l) => l.label));
  const label = packageLabel(shipmentId, number, `${customer.lastName}, ${customer.firstName.slice(0, 1)}.`, String(order.number));
  const pkg = await createLogged(
    ctx,
    shipmentPackages,
    { shipmentId, customerId: request.customerId, workOrderId: request.workOrderId, label, contents: request.contents },
    { summary: `Package for ${String(order.number)}` },
    now,
  );
  const packageId = Number(pkg.id);

  if (request.walkIn) {
    await queueMessage(
      ctx,
      {
        kind: 'incoming-shipment',
        recipient: await centerRecipient(trx, request.serviceCenterId),
        subject: `Incoming equipment for a walk-in: ${String(order.number)}`,
        body: [
          `Equipment for ${customer.firstName} ${customer.lastName} (work order ${String(order.number)}) ships on ${request.shipDate}.`,
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
