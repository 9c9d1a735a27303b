import { Alert } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { useShipmentLock } from '../shipments/useShipmentLock.ts';

/** Why this package can no longer change (its shipment has left), shown before anyone tries. */
export const PackageLockNotice = () => {
  const pkg = useRecordContext<ShipmentPackage>();
  const locked = useShipmentLock(pkg?.shipmentId);
  if (!locked) return null;
  return (
    <Alert severity="info" data-testid="package-locked" sx={{ mb: 2, width: '100%', maxWidth: 900 }}>
      {locked}
    </Alert>
  );
};
