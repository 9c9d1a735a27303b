import { DataTable, DateField, Pagination, ReferenceField, ReferenceManyField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The customer's work orders, latest first. */
export const CustomerWorkOrders = (_props: { label?: false }) => (
  <ReferenceManyField reference="work-orders" target="customerId" sort={{ field: 'scheduledAt', order: 'DESC' }} perPage={10} pagination={<Pagination />} empty={<NoneYet />}>
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="customers.work-orders.datatable">
      <DataTable.Col source="number" />
      <DataTable.Col source="type">
        <ChoiceField source="type" group="workOrderType" />
      </DataTable.Col>
      <DataTable.Col source="status">
        <ChoiceField source="status" group="workOrderStatus" />
      </DataTable.Col>
      <DataTable.Col source="scheduledAt">
        <DateField source="scheduledAt" showTime emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="serviceCenterId">
        <ReferenceField source="serviceCenterId" reference="service-centers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="vehicleId">
        <ReferenceField source="vehicleId" reference="vehicles" link={false} emptyText="—" />
      </DataTable.Col>
    </DataTable>
  </ReferenceManyField>
);
