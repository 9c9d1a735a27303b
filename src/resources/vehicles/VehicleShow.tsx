import { DateField, ReferenceField, ReferenceManyCount, Show, TabbedShowLayout, TextField } from 'react-admin';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { RelatedDevices } from '../devices/RelatedDevices.tsx';
import { RelatedWorkOrders } from '../work-orders/RelatedWorkOrders.tsx';

export const VehicleShow = () => (
  <Show title={<RecordTitle />} actions={<ShowActions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.vehicles.tabs.summary">
        <FieldGrid label={false}>
          <ReferenceField source="customerId" reference="customers" link="show" />
          <TextField source="year" />
          <TextField source="make" />
          <TextField source="model" />
          <TextField source="vin" sx={{ fontFamily: 'monospace' }} />
          <TextField source="plate" emptyText="—" />
          <TextField source="plateState" emptyText="—" />
          <DateField source="createdAt" showTime />
          <DateField source="updatedAt" showTime />
        </FieldGrid>
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.vehicles.tabs.devices" path="devices" count={<ReferenceManyCount reference="devices" target="vehicleId" />}>
        <RelatedDevices target="vehicleId" hide={['customerId']} storeKey="vehicles.devices.datatable" label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.vehicles.tabs.workOrders" path="work-orders" count={<ReferenceManyCount reference="work-orders" target="vehicleId" />}>
        <RelatedWorkOrders target="vehicleId" hide={['customerId', 'cost']} storeKey="vehicles.work-orders.datatable" label={false} />
      </TabbedShowLayout.Tab>
      <HistoryTab path="history" />
    </TabbedShowLayout>
  </Show>
);
