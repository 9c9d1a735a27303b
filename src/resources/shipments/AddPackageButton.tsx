import AddIcon from '@mui/icons-material/Add';
import { Tooltip } from '@mui/material';
import { CreateButton, useRecordContext } from 'react-admin';
import type { Shipment } from '../../../server/resources/types.ts';
import { packagesLockedOf } from './useShipmentLock.ts';

/** Opens the package form with this shipment already chosen; disabled, with the reason, once it has shipped. */
export const AddPackageButton = () => {
  const shipment = useRecordContext<Shipment>();
  if (!shipment) return null;
  const locked = packagesLockedOf(shipment);
  const button = (
    <CreateButton
      resource="shipment-packages"
      label="resources.shipments.actions.addPackage"
      icon={<AddIcon />}
      state={{ record: { shipmentId: shipment.id } }}
      disabled={locked !== null}
    />
  );
  return locked ? (
    <Tooltip title={locked}>
      <span>{button}</span>
    </Tooltip>
  ) : (
    button
  );
};
