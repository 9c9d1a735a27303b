import { Edit, SimpleForm } from 'react-admin';
import { JurisdictionInputs } from './JurisdictionInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const JurisdictionEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <JurisdictionInputs />
      </SimpleForm>
    </Edit>
  );
};
