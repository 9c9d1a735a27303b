import { WALK_IN_TYPES } from '../../resources/choices.ts';
import { centerRecipient, queueMessage, type Queuer } from '../outbox/queue.ts';

export interface ShippedShipment {
  id: number;
  serviceCenterId: number;
  shipDate: string;
  carrier: string;
  trackingNumber: string;
  /** The shipment's version once the number was entered: a number corrected back and forth is sent each time. */
  version: number;
}

/** One package as a tracking-number email lists it; `walkIn` when its customer comes without an appointment. */
export interface ListedPackage {
  label: string;
  contents: string | null;
  customer: string;
  walkIn: boolean;
}

/** The incoming walk-in equipment of a shipment, named apart: nobody calls to book these customers. */
function walkInLines(packages: ListedPackage[]): string[] {
  const walkIns = packages.filter((p) => p.walkIn);
  if (!walkIns.length) return [];
  return ['', 'Incoming walk-in equipment (the customer walks in without an appointment):', ...walkIns.map((p) => `- ${p.label} (for ${p.customer})`)];
}

/** The lines of a tracking-number email: what ships, in which boxes, for whom, and which are for walk-ins. */
export function trackingEmailBody(shipment: ShippedShipment, packages: ListedPackage[], corrected: boolean): string {
  return [
    corrected ? `The tracking number we sent before was wrong; this is the right one.` : `Your equipment is on its way.`,
    '',
    `Carrier: ${shipment.carrier}`,
    `Tracking number: ${shipment.trackingNumber}`,
    `Ship date: ${shipment.shipDate}`,
    '',
    packages.length === 1 ? '1 package:' : `${packages.length} packages:`,
    ...packages.map((p) => `- ${p.label} (for ${p.customer}): ${p.contents ?? 'contents not listed'}`),
    ...walkInLines(packages),
    '',
    'Each package is labelled for one customer; please check the contents against the packing list when it arrives.',
  ].join('\n');
}

/**
 * Queues the email telling the center its shipment's tracking number, in the caller's transaction.
 * One per shipment, tracking number and version: a corrected number sends a corrected email.
 */
export async function queueTrackingEmail(by: Queuer, shipment: ShippedShipment, corrected: boolean, now = new Date()) {
  const { trx } = by;
  const packages = await trx
    .selectFrom('shipmentPackages')
    .innerJoin('customers', 'customers.id', 'shipmentPackages.customerId')
    .leftJoin('workOrders', 'workOrders.id', 'shipmentPackages.workOrderId')
    .select(['shipmentPackages.label', 'shipmentPackages.contents', 'customers.firstName', 'customers.lastName', 'workOrders.type'])
    .where('shipmentPackages.shipmentId', '=', shipment.id)
    .orderBy('shipmentPackages.id')
    .execute();
  const lines = packages.map((p) => ({
    label: p.label,
    contents: p.contents,
    customer: `${p.firstName} ${p.lastName}`,
    walkIn: WALK_IN_TYPES.includes(String(p.type)),
  }));
  return queueMessage(
    by,
    {
      kind: 'tracking-number',
      recipient: await centerRecipient(trx, shipment.serviceCenterId),
      subject: `${corrected ? 'Corrected tracking number' : 'Shipment on its way'}: ${shipment.carrier} ${shipment.trackingNumber} (ships ${shipment.shipDate})`,
      body: trackingEmailBody(shipment, lines, corrected),
      dedupeKey: `tracking-number:${shipment.id}:${shipment.trackingNumber}:v${shipment.version}`,
      resource: 'shipments',
      recordId: shipment.id,
    },
    now,
  );
}
