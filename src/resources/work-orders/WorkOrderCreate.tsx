import { Create, SimpleForm } from 'react-admin';
import { WorkOrderInputs } from './WorkOrderInputs.tsx';

export const WorkOrderCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ status: 'requested' }}>
      <WorkOrderInputs />
    </SimpleForm>
  </Create>
);
