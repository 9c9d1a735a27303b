import { Edit, SimpleForm } from 'react-admin';
import { InstallerInputs } from './InstallerInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useConflictHandler } from '../../components/useConflictHandler.tsx';

export const InstallerEdit = () => {
  const onError = useConflictHandler();
  return (
    <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show" mutationOptions={{ onError }}>
      <SimpleForm>
        <InstallerInputs />
      </SimpleForm>
    </Edit>
  );
};
