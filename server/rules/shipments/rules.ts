/**
 * The rules of a shipment's life, pure (the SPA shows them before the user hits them; the
 * server's hooks in server/resources/shipments.ts and shipment-packages.ts enforce them).
 */

/** While a shipment is being prepared, this key finds it: one per center and ship day. */
export const consolidationKey = (serviceCenterId: number, shipDate: string) => `${serviceCenterId}:${shipDate}`;

export interface ShipmentState {
  status: string;
  trackingNumber: string | null;
}

/** Why the packages of a shipment in this state may not be added, moved or removed; null while it is being prepared. */
export function packagesLockedReason(shipment: ShipmentState): string | null {
  if (shipment.status === 'preparing') return null;
  return `This shipment has ${shipment.status === 'shipped' ? 'shipped' : `been ${shipment.status}`}: its packages can no longer be added, moved or removed`;
}

/** Why a shipment may not go back to 'preparing' once it left; null when the change is allowed. */
export function statusChangeRefusal(before: ShipmentState, nextStatus: string): string | null {
  if (before.status !== 'preparing' && nextStatus === 'preparing') {
    return 'A shipment that has left the warehouse cannot go back to preparing; create a new shipment instead';
  }
  return null;
}

/** Why a shipment in this state (after a write) is refused for lacking a tracking number; null when it may be so. */
export function trackingNumberRefusal(after: ShipmentState): string | null {
  if (after.status === 'preparing' || (after.trackingNumber !== null && after.trackingNumber.trim() !== '')) return null;
  return `A ${after.status} shipment keeps its tracking number: correct it instead of removing it`;
}

/**
 * The status a shipment takes after a write: entering the tracking number of a shipment being
 * prepared ships it (the carrier has the boxes).
 */
export function statusAfter(before: ShipmentState | undefined, after: ShipmentState): string {
  const numberEntered = after.trackingNumber !== null && after.trackingNumber !== '' && after.trackingNumber !== (before?.trackingNumber ?? null);
  return numberEntered && after.status === 'preparing' ? 'shipped' : after.status;
}

/** Which tracking-number email a write sends: none, the first one or a correction of a wrong number. */
export function trackingEmail(before: ShipmentState | undefined, after: ShipmentState): 'none' | 'first' | 'corrected' {
  if (!after.trackingNumber || after.trackingNumber === (before?.trackingNumber ?? null)) return 'none';
  return before?.trackingNumber ? 'corrected' : 'first';
}
