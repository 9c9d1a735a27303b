import { DataTable, List, ReferenceField } from 'react-admin';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ShipmentPackageListAside } from './ShipmentPackageListAside.tsx';

const filters = [<ReferenceFilterInput key="customer" source="customerId" reference="customers" alwaysOn />];

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
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
