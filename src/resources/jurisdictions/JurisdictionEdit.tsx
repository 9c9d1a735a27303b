import { Edit, SimpleForm } from 'react-admin';
import { JurisdictionInputs } from './JurisdictionInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const JurisdictionEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <JurisdictionInputs />
    </SimpleForm>
  </Edit>
);
