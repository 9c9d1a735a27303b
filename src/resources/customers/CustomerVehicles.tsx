import { DataTable } from 'react-admin';
import { RelatedTable } from '../../components/RelatedTable.tsx';

/** The customer's vehicles. `label={false}` keeps the show tab from labelling the table. */
export const CustomerVehicles = (_props: { label?: false }) => (
  <RelatedTable reference="vehicles" target="customerId" sort={{ field: 'year', order: 'DESC' }} storeKey="customers.vehicles.datatable">
    <DataTable.Col source="year" />
    <DataTable.Col source="make" />
    <DataTable.Col source="model" />
    <DataTable.Col source="vin" />
    <DataTable.Col source="plate" />
    <DataTable.Col source="plateState" />
  </RelatedTable>
);
