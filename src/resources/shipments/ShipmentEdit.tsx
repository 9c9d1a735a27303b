import { Edit, SimpleForm } from 'react-admin';
import { ShipmentInputs } from './ShipmentInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const ShipmentEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <ShipmentInputs />
      </SimpleForm>
    </Edit>
  );
};
