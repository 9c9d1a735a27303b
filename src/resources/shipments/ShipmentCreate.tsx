import { Create, SimpleForm } from 'react-admin';
import { ShipmentInputs } from './ShipmentInputs.tsx';
import { day } from '../../components/DayRangeFilter.tsx';

export const ShipmentCreate = () => (
  <Create redirect="show">
    <SimpleForm defaultValues={() => ({ status: 'preparing', carrier: 'UPS', shipDate: day(new Date()) })}>
      <ShipmentInputs />
    </SimpleForm>
  </Create>
);
