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

/** The lines of a tracking-number email: what ships, in which boxes, for whom. */
export function trackingEmailBody(
  shipment: ShippedShipment,
  packages: { label: string; contents: string | null; customer: string }[],
  corrected: boolean,
): string {
  return [
    corrected ? `The tracking number we sent before was wrong; this is the right one.` : `Your equipment is on its way.`,
    '',
    `Carrier: ${shipment.carrier}`,
    `Tracking number: ${shipment.trackingNumber}`,
    `Ship date: ${shipment.shipDate}`,
    '',
    packages.length === 1 ? '1 package:' : `${packages.length} packages:`,
    ...packages.map((p) => `- ${p.label} (for ${p.customer}): ${p.contents ?? 'contents not listed'}`),
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
    .select(['shipmentPackages.label', 'shipmentPackages.contents', 'customers.firstName', 'customers.lastName'])
    .where('shipmentPackages.shipmentId', '=', shipment.id)
    .orderBy('shipmentPackages.id')
    .execute();
  const lines = packages.map((p) => ({
    label: p.label,
    contents: p.contents,
    customer: `${p.firstName} ${p.lastName}`,
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
