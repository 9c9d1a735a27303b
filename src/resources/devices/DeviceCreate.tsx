import { Create, SimpleForm } from 'react-admin';
import { DeviceInputs } from './DeviceInputs.tsx';

export const DeviceCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={{ status: 'in-stock' }}>
      <DeviceInputs />
    </SimpleForm>
  </Create>
);
