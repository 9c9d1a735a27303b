import { Edit, SimpleForm } from 'react-admin';
import { ShipmentPackageInputs } from './ShipmentPackageInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const ShipmentPackageEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <ShipmentPackageInputs />
      </SimpleForm>
    </Edit>
  );
};
