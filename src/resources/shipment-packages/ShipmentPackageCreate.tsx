import { Create, SimpleForm } from 'react-admin';
import { ShipmentPackageInputs } from './ShipmentPackageInputs.tsx';

export const ShipmentPackageCreate = () => (
  <Create redirect="show">
    <SimpleForm>
      <ShipmentPackageInputs />
    </SimpleForm>
  </Create>
);
