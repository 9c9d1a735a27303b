import { Edit, SimpleForm } from 'react-admin';
import { RegionInputs } from './RegionInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const RegionEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <RegionInputs />
      </SimpleForm>
    </Edit>
  );
};
