import { DataTable, ReferenceManyField } from 'react-admin';
import { NoneYet } from '../../components/NoneYet.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';

/** The shipment packages that carry this work order's equipment; a row opens its shipment. */
export const WorkOrderPackages = (_props: { label?: false }) => (
  <ReferenceManyField reference="shipment-packages" target="workOrderId" empty={<NoneYet />}>
    <DataTable rowClick={(_id, _resource, record) => `/shipments/${record.shipmentId}/show`} bulkActionButtons={false}>
      <DataTable.Col source="label" />
      <ReferenceColumn source="shipmentId" reference="shipments" />
      <DataTable.Col source="contents" />
    </DataTable>
  </ReferenceManyField>
);
