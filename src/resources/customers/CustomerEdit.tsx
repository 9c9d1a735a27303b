import { Edit, SimpleForm } from 'react-admin';
import { CustomerInputs } from './CustomerInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const CustomerEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <CustomerInputs />
    </SimpleForm>
  </Edit>
);
