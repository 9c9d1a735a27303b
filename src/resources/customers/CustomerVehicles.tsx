import { DataTable, Pagination, ReferenceManyField } from 'react-admin';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The customer's vehicles. `label={false}` keeps the show tab from labelling the table. */
export const CustomerVehicles = (_props: { label?: false }) => (
  <ReferenceManyField reference="vehicles" target="customerId" sort={{ field: 'year', order: 'DESC' }} perPage={10} pagination={<Pagination />} empty={<NoneYet />}>
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="customers.vehicles.datatable">
      <DataTable.Col source="year" />
      <DataTable.Col source="make" />
      <DataTable.Col source="model" />
      <DataTable.Col source="vin" />
      <DataTable.Col source="plate" />
      <DataTable.Col source="plateState" />
    </DataTable>
  </ReferenceManyField>
);
