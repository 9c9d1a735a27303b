import { Edit, SimpleForm } from 'react-admin';
import { CenterClosureInputs } from './CenterClosureInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const CenterClosureEdit = () => {
  const onError = useConflictHandler();
  // pessimistic: the toolbar's Delete asks for confirmation
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <CenterClosureInputs />
      </SimpleForm>
    </Edit>
  );
};
