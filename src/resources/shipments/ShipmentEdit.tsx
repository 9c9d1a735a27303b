import { Edit, SimpleForm } from 'react-admin';
import { ShipmentInputs } from './ShipmentInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const ShipmentEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ShipmentInputs />
    </SimpleForm>
  </Edit>
);
