import { DataTable, DateField, Pagination, ReferenceManyField, TextField } from 'react-admin';
import type { Shipment } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { NoneYet } from '../../components/NoneYet.tsx';

const Column = DataTable.Col<Shipment>;

/** Shipments sent to the center, latest first, for a show-page tab (`label={false}`). */
export const ServiceCenterShipments = (_props: { label?: false }) => (
  <ReferenceManyField
    reference="shipments"
    target="serviceCenterId"
    sort={{ field: 'shipDate', order: 'DESC' }}
    perPage={10}
    pagination={<Pagination />}
    empty={<NoneYet />}
  >
    <DataTable rowClick="show" bulkActionButtons={false} storeKey="shipments.by-center.datatable">
      <Column source="shipDate">
        <DateField source="shipDate" />
      </Column>
      <Column source="carrier">
        <ChoiceField source="carrier" group="carrier" />
      </Column>
      <Column source="trackingNumber">
        <TextField source="trackingNumber" emptyText="—" />
      </Column>
      <Column source="status">
        <ChoiceField source="status" group="shipmentStatus" />
      </Column>
    </DataTable>
  </ReferenceManyField>
);
