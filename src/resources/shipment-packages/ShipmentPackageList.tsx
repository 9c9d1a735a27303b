import { AutocompleteInput, DataTable, DateField, List, ReferenceField, ReferenceInput } from 'react-admin';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { ListActions } from '../../components/ListActions.tsx';
import { ShipmentPackageListAside } from './ShipmentPackageListAside.tsx';

const filters = [
  <ReferenceInput key="customer" source="customerId" reference="customers" alwaysOn>
    <AutocompleteInput size="small" sx={{ minWidth: 240 }} />
  </ReferenceInput>,
];

const Column = DataTable.Col<ShipmentPackage>;

export const ShipmentPackageList = () => (
  <List aside={<ShipmentPackageListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['createdAt']}>
      <Column source="label" />
      <Column source="shipmentId">
        <ReferenceField source="shipmentId" reference="shipments" link="show" />
      </Column>
      <Column source="customerId">
        <ReferenceField source="customerId" reference="customers" link="show" />
      </Column>
      <Column source="workOrderId">
        <ReferenceField source="workOrderId" reference="work-orders" link="show" emptyText="—" />
      </Column>
      <Column source="contents" />
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
