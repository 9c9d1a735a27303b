import { useState } from 'react';
import InventoryIcon from '@mui/icons-material/Inventory2';
import { useRecordContext } from 'react-admin';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { ReceiveDialog } from './ReceiveDialog.tsx';

/** "Receive" on a package's page, for those the server lets receive it; disabled with its reason (not shipped, received already). */
export const ReceivePackageButton = () => {
  const pkg = useRecordContext<ShipmentPackage>();
  const [open, setOpen] = useState(false);
  if (!pkg) return null;
  return (
    <>
      <ActionButton resource="shipment-packages" action="receive" record={pkg} label="resources.shipment-packages.receive.button" icon={<InventoryIcon />} variant="text" testId="receive" onClick={() => setOpen(true)} />
      {open && <ReceiveDialog pkg={pkg} onClose={() => setOpen(false)} />}
    </>
  );
};
