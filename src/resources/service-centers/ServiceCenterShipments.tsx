import { DataTable, TextField } from 'react-admin';
import type { Shipment } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';

const Column = DataTable.Col<Shipment>;

/** Shipments sent to the center, latest first, for a show-page tab (`label={false}`). */
export const ServiceCenterShipments = (_props: { label?: false }) => (
  <RelatedTable reference="shipments" target="serviceCenterId" sort={{ field: 'shipDate', order: 'DESC' }} storeKey="shipments.by-center.datatable">
    <DateColumn source="shipDate" />
    <ChoiceColumn source="carrier" group="carrier" />
    <Column source="trackingNumber">
      <TextField source="trackingNumber" emptyText="—" />
    </Column>
    <ChoiceColumn source="status" group="shipmentStatus" />
  </RelatedTable>
);
