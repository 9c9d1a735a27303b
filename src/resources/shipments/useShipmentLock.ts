import { useGetOne, type Identifier } from 'react-admin';
import type { Shipment } from '../../../server/resources/types.ts';
import { packagesLockedReason } from '../../../server/rules/shipments/rules.ts';

/** Why the packages of this shipment can no longer change (it has shipped); null while it is being prepared or unknown. */
export function packagesLockedOf(shipment: Pick<Shipment, 'status' | 'trackingNumber'> | undefined | null): string | null {
  return shipment ? packagesLockedReason({ status: shipment.status, trackingNumber: shipment.trackingNumber ?? null }) : null;
}

/** The same, for a shipment known by its id (a package's form). */
export function useShipmentLock(shipmentId: Identifier | null | undefined): string | null {
  const { data } = useGetOne<Shipment>('shipments', { id: Number(shipmentId) }, { enabled: shipmentId != null && shipmentId !== '' });
  return packagesLockedOf(data);
}
