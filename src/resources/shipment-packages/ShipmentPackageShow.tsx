import { DateField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { PackageLockNotice } from './PackageLockNotice.tsx';
import { ReceivePackageButton } from './ReceivePackageButton.tsx';

export const ShipmentPackageShow = () => (
  <Show
    title={<RecordTitle />}
    actions={
      <ShowActions>
        <ReceivePackageButton />
      </ShowActions>
    }
  >
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.shipment-packages.tabs.summary">
        <PackageLockNotice />
        <FieldGrid label={false}>
          <TextField source="label" />
          <ReferenceField source="shipmentId" reference="shipments" link="show" />
          <ReferenceField source="customerId" reference="customers" link="show" />
          <ReferenceField source="workOrderId" reference="work-orders" link="show" emptyText="—" />
          <TextField source="contents" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
          <DateField source="receivedAt" showTime emptyText="resources.shipment-packages.notReceived" />
          <TextField source="receivedBy" emptyText="—" />
          <TextField source="discrepancy" emptyText="—" />
          <DateField source="createdAt" showTime />
          <DateField source="updatedAt" showTime />
        </FieldGrid>
      </TabbedShowLayout.Tab>
      <HistoryTab path="history" />
    </TabbedShowLayout>
  </Show>
);
