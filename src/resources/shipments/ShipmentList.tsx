import { CanAccess, DataTable, List, ReferenceManyCount } from 'react-admin';
import type { Shipment } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { ReferenceFilterInput } from '../../components/ReferenceFilterInput.tsx';
import { ShipmentListAside } from './ShipmentListAside.tsx';
import { StatusChip } from '../outbox/StatusChip.tsx';

const filters = [<ReferenceFilterInput key="center" source="serviceCenterId" reference="service-centers" minWidth={280} alwaysOn />];

const Column = DataTable.Col<Shipment>;

export const ShipmentList = () => (
  <List aside={<ShipmentListAside />} actions={<ListActions />} filters={filters} sort={{ field: 'shipDate', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" hiddenColumns={['notes', 'createdAt']}>
      <DateColumn source="shipDate" />
      <ReferenceColumn source="serviceCenterId" reference="service-centers" link="show" />
      <ChoiceColumn source="carrier" group="carrier" />
      <Column source="trackingNumber" />
      <Column source="status">
        <StatusChip group="shipmentStatus" />
      </Column>
      <CanAccess resource="shipment-packages" action="list">
        <Column source="packageCount" label="resources.shipments.fields.packageCount" align="right" disableSort>
          <ReferenceManyCount reference="shipment-packages" target="shipmentId" />
        </Column>
      </CanAccess>
      <Column source="notes" />
      <DateColumn source="createdAt" />
    </DataTable>
  </List>
);
