import { DataTable, List } from 'react-admin';
import type { ShipmentPackage } from '../../../server/resources/types.ts';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ShipmentPackageListAside } from './ShipmentPackageListAside.tsx';

const filters = [<ReferenceFilterInput key="customer" source="customerId" reference="customers" alwaysOn />];

const Column = DataTable.Col<ShipmentPackage>;

export const ShipmentPackageList = () => (
  <List aside={<ShipmentPackageListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['createdAt']}>
      <Column source="label" />
      <ReferenceColumn source="shipmentId" reference="shipments" link="show" />
      <ReferenceColumn source="customerId" reference="customers" link="show" />
      <ReferenceColumn source="workOrderId" reference="work-orders" link="show" emptyText="—" />
      <Column source="contents" />
      <DateColumn source="receivedAt" showTime emptyText="—" />
      <Column source="discrepancy" />
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
