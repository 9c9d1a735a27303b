import { DataTable, ReferenceField, ReferenceManyField } from 'react-admin';
import { NoneYet } from '../../components/NoneYet.tsx';

/** The shipment packages that carry this work order's equipment; a row opens its shipment. */
export const WorkOrderPackages = (_props: { label?: false }) => (
  <ReferenceManyField reference="shipment-packages" target="workOrderId" empty={<NoneYet />}>
    <DataTable rowClick={(_id, _resource, record) => `/shipments/${record.shipmentId}/show`} bulkActionButtons={false}>
      <DataTable.Col source="label" />
      <DataTable.Col source="shipmentId">
        <ReferenceField source="shipmentId" reference="shipments" />
      </DataTable.Col>
      <DataTable.Col source="contents" />
    </DataTable>
  </ReferenceManyField>
);
