import { AutocompleteInput, DataTable, DateField, List, ReferenceField, ReferenceInput } from 'react-admin';
import type { Vehicle } from '../../../server/resources/types.ts';
import { ListActions } from '../../components/ListActions.tsx';
import { VehicleListAside } from './VehicleListAside.tsx';

const filters = [
  <ReferenceInput key="customer" source="customerId" reference="customers" alwaysOn>
    <AutocompleteInput size="small" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

const Column = DataTable.Col<Vehicle>;

export const VehicleList = () => (
  <List aside={<VehicleListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'make', order: 'ASC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['plateState', 'createdAt']}>
      <Column source="year" />
      <Column source="make" />
      <Column source="model" />
      <Column source="vin" sx={{ fontFamily: 'monospace' }} />
      <Column source="plate" />
      <Column source="plateState" />
      <Column source="customerId">
        <ReferenceField source="customerId" reference="customers" link="show" />
      </Column>
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
