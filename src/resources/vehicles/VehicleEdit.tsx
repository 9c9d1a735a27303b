import { Edit, SimpleForm } from 'react-admin';
import { VehicleInputs } from './VehicleInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const VehicleEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <VehicleInputs />
    </SimpleForm>
  </Edit>
);
