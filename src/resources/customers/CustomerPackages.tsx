import { DataTable, Pagination, ReferenceField, ReferenceManyField } from 'react-admin';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The labelled packages shipped for the customer. */
export const CustomerPackages = (_props: { label?: false }) => (
  <ReferenceManyField reference="shipment-packages" target="customerId" sort={{ field: 'id', order: 'DESC' }} perPage={10} pagination={<Pagination />} empty={<NoneYet />}>
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="customers.shipment-packages.datatable">
      <DataTable.Col source="label" />
      <DataTable.Col source="shipmentId">
        <ReferenceField source="shipmentId" reference="shipments" link={false} />
      </DataTable.Col>
      <DataTable.Col source="workOrderId">
        <ReferenceField source="workOrderId" reference="work-orders" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="contents" />
    </DataTable>
  </ReferenceManyField>
);
