import { DeleteButton, Edit, SaveButton, SimpleForm, Toolbar, useRecordContext } from 'react-admin';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { ShipmentPackageInputs } from './ShipmentPackageInputs.tsx';
import { PackageLockNotice } from './PackageLockNotice.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';
import { useShipmentLock } from '../shipments/useShipmentLock.ts';

/** Save and delete, both disabled once the package's shipment has left (the notice says why). */
const PackageToolbar = () => {
  const pkg = useRecordContext<ShipmentPackage>();
  const locked = useShipmentLock(pkg?.shipmentId) !== null;
  return (
    <Toolbar sx={{ justifyContent: 'space-between' }}>
      <SaveButton disabled={locked} />
      <DeleteButton mutationMode="pessimistic" disabled={locked} />
    </Toolbar>
  );
};

export const ShipmentPackageEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm toolbar={<PackageToolbar />}>
        <PackageLockNotice />
        <ShipmentPackageInputs />
      </SimpleForm>
    </Edit>
  );
};
