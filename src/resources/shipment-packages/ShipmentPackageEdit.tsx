import { Edit, SimpleForm } from 'react-admin';
import { ShipmentPackageInputs } from './ShipmentPackageInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const ShipmentPackageEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ShipmentPackageInputs />
    </SimpleForm>
  </Edit>
);
