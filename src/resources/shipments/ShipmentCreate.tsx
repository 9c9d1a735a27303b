import { Create, SimpleForm } from 'react-admin';
import { ShipmentInputs } from './ShipmentInputs.tsx';
import { today } from '../../dates.ts';

export const ShipmentCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={() => ({ status: 'preparing', carrier: 'UPS', shipDate: today() })}>
      <ShipmentInputs />
    </SimpleForm>
  </Create>
);
