import { AutocompleteInput, CanAccess, DataTable, DateField, List, ReferenceField, ReferenceInput, ReferenceManyCount } from 'react-admin';
import type { Shipment } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ShipmentListAside } from './ShipmentListAside.tsx';

const filters = [
  <ReferenceInput key="center" source="serviceCenterId" reference="service-centers" alwaysOn>
    <AutocompleteInput size="small" sx={{ minWidth: 280 }} />
  </ReferenceInput>,
];

const Column = DataTable.Col<Shipment>;

export const ShipmentList = () => (
  <List aside={<ShipmentListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'shipDate', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['notes', 'createdAt']}>
      <Column source="shipDate">
        <DateField source="shipDate" />
      </Column>
      <Column source="serviceCenterId">
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
      </Column>
      <Column source="carrier">
        <ChoiceField source="carrier" group="carrier" />
      </Column>
      <Column source="trackingNumber" />
      <Column source="status">
        <ChoiceField source="status" group="shipmentStatus" />
      </Column>
      <CanAccess resource="shipment-packages" action="list">
        <Column source="packageCount" label="resources.shipments.fields.packageCount" align="right" disableSort>
          <ReferenceManyCount reference="shipment-packages" target="shipmentId" />
        </Column>
      </CanAccess>
      <Column source="notes" />
      <Column source="createdAt">
        <DateField source="createdAt" />
      </Column>
    </DataTable>
  </List>
);
