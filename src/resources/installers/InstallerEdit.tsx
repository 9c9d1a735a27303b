import { Edit, SimpleForm } from 'react-admin';
import { InstallerInputs } from './InstallerInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const InstallerEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <InstallerInputs />
    </SimpleForm>
  </Edit>
);
