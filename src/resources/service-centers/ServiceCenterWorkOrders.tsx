import { CanAccess, DataTable, DateField, NumberField, Pagination, ReferenceField, ReferenceManyField } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

const Column = DataTable.Col<WorkOrder>;

/** The center's work orders, latest first, for a show-page tab (`label={false}`). */
export const ServiceCenterWorkOrders = (_props: { label?: false }) => (
  <ReferenceManyField
    reference="work-orders"
    target="serviceCenterId"
    sort={{ field: 'scheduledAt', order: 'DESC' }}
    perPage={10}
    pagination={<Pagination />}
    empty={<NoneYet />}
  >
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="work-orders.by-center.datatable">
      <Column source="number" />
      <Column source="scheduledAt">
        <DateField source="scheduledAt" showTime />
      </Column>
      <Column source="type">
        <ChoiceField source="type" group="workOrderType" />
      </Column>
      <Column source="status">
        <ChoiceField source="status" group="workOrderStatus" />
      </Column>
      <CanAccess resource="customers" action="list">
        <Column source="customerId">
          <ReferenceField source="customerId" reference="customers" link={false} emptyText="—" />
        </Column>
      </CanAccess>
      <Column source="cost" align="right">
        <NumberField source="cost" options={{ style: 'currency', currency: 'USD' }} emptyText="—" />
      </Column>
    </DataTable>
  </ReferenceManyField>
);
