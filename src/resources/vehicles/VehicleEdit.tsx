import { Edit, SimpleForm } from 'react-admin';
import { VehicleInputs } from './VehicleInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const VehicleEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <VehicleInputs />
      </SimpleForm>
    </Edit>
  );
};
