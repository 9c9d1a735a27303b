import { Edit, SimpleForm } from 'react-admin';
import { DeviceInputs } from './DeviceInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const DeviceEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <DeviceInputs />
      </SimpleForm>
    </Edit>
  );
};
