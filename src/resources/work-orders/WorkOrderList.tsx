import { AutocompleteInput, CanAccess, DataTable, DateField, List, NumberField, ReferenceField, ReferenceInput } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { WorkOrderListAside } from './WorkOrderListAside.tsx';

const filters = [
  <ReferenceInput key="center" source="serviceCenterId" reference="service-centers" alwaysOn>
    <AutocompleteInput size="small" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

const Column = DataTable.Col<WorkOrder>;

export const WorkOrderList = () => (
  <List aside={<WorkOrderListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'scheduledAt', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['createdAt', 'billableTo']}>
      <Column source="number" />
      <Column source="type">
        <ChoiceField source="type" group="workOrderType" />
      </Column>
      <Column source="status">
        <ChoiceField source="status" group="workOrderStatus" />
      </Column>
      <Column source="scheduledAt">
        <DateField source="scheduledAt" showTime />
      </Column>
      <Column source="serviceCenterId">
        <ReferenceField source="serviceCenterId" reference="service-centers" />
      </Column>
      <CanAccess resource="customers" action="list">
        <Column source="customerId">
          <ReferenceField source="customerId" reference="customers" />
        </Column>
      </CanAccess>
      <Column source="cost" align="right">
        <NumberField source="cost" options={{ style: 'currency', currency: 'USD' }} />
      </Column>
      <Column source="billableTo">
        <ChoiceField source="billableTo" group="billableTo" />
      </Column>
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
