import { DataTable, Pagination, ReferenceField, ReferenceManyField } from 'react-admin';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The individually labelled packages of the shipment, one per customer. */
export const ShipmentPackages = (_props: { label?: false }) => (
  <ReferenceManyField reference="shipment-packages" target="shipmentId" sort={{ field: 'label', order: 'ASC' }} perPage={10} pagination={<Pagination />} empty={<NoneYet />}>
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="shipments.shipment-packages.datatable">
      <DataTable.Col source="label" />
      <DataTable.Col source="customerId">
        <ReferenceField source="customerId" reference="customers" link={false} />
      </DataTable.Col>
      <DataTable.Col source="workOrderId">
        <ReferenceField source="workOrderId" reference="work-orders" link={false} emptyText="—" />
      </DataTable.Col>
      <DataTable.Col source="contents" />
    </DataTable>
  </ReferenceManyField>
);
