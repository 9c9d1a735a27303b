import { Edit, SimpleForm } from 'react-admin';
import { DeviceInputs } from './DeviceInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const DeviceEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <DeviceInputs />
    </SimpleForm>
  </Edit>
);
