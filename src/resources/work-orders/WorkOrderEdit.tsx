import { Edit, SimpleForm } from 'react-admin';
import { WorkOrderInputs } from './WorkOrderInputs.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

export const WorkOrderEdit = () => (
  <Edit title={<RecordTitle />} mutationMode="pessimistic" redirect="show">
    <SimpleForm>
      <WorkOrderInputs />
    </SimpleForm>
  </Edit>
);
