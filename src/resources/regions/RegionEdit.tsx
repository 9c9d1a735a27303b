import { Edit, SimpleForm } from 'react-admin';
import { RegionInputs } from './RegionInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const RegionEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <RegionInputs />
    </SimpleForm>
  </Edit>
);
