import { CanAccess, DataTable, List, NumberField } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { oneLine } from '../../components/oneLine.ts';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { WorkOrderListAside } from './WorkOrderListAside.tsx';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

const Column = DataTable.Col<WorkOrder>;

export const WorkOrderList = () => (
  <List aside={<WorkOrderListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'scheduledAt', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['createdAt', 'billableTo']}>
      <Column source="number" cellSx={oneLine} />
      <ChoiceColumn source="type" group="workOrderType" />
      <ChoiceColumn source="status" group="workOrderStatus" />
      <DateColumn source="scheduledAt" showTime />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" sx={{ minWidth: 220 }} />
      <CanAccess resource="customers" action="list">
        <ReferenceColumn source="customerId" reference="customers" />
      </CanAccess>
      <Column source="cost" align="right">
        <NumberField source="cost" options={{ style: 'currency', currency: 'USD' }} />
      </Column>
      <ChoiceColumn source="billableTo" group="billableTo" />
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
