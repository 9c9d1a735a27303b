import { DataTable, DateField, Pagination, ReferenceField, ReferenceManyField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The work orders done or planned on the vehicle, latest first. */
export const VehicleWorkOrders = (_props: { label?: false }) => (
  <ReferenceManyField reference="work-orders" target="vehicleId" sort={{ field: 'scheduledAt', order: 'DESC' }} perPage={10} pagination={<Pagination />} empty={<NoneYet />}>
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="vehicles.work-orders.datatable">
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
    </DataTable>
  </ReferenceManyField>
);
