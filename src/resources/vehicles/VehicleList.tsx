import { DataTable, List } from 'react-admin';
import type { Vehicle } from '../../../server/resources/types.ts';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { VehicleListAside } from './VehicleListAside.tsx';

const filters = [<ReferenceFilterInput key="customer" source="customerId" reference="customers" alwaysOn />];

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
      <ReferenceColumn source="customerId" reference="customers" link="show" />
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
