import { Create, SimpleForm } from 'react-admin';
import { VehicleInputs } from './VehicleInputs.tsx';

export const VehicleCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <VehicleInputs />
    </SimpleForm>
  </Create>
);
