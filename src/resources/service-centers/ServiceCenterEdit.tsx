import { Edit, SimpleForm } from 'react-admin';
import { ServiceCenterInputs } from './ServiceCenterInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const ServiceCenterEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <ServiceCenterInputs />
    </SimpleForm>
  </Edit>
);
