import AddIcon from '@mui/icons-material/Add';
import { CreateButton, useRecordContext } from 'react-admin';
import type { Shipment } from '../../../server/resources/types.ts';

/** Opens the package form with this shipment already chosen. */
export const AddPackageButton = () => {
  const shipment = useRecordContext<Shipment>();
  if (!shipment) return null;
  return (
    <CreateButton
      resource="shipment-packages"
      label="resources.shipments.actions.addPackage"
      icon={<AddIcon />}
      state={{ record: { shipmentId: shipment.id } }}
    />
  );
};
