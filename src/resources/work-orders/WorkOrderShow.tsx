import { DateField, NumberField, ReferenceField, Show, TabbedShowLayout, TextField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { useCanRead } from '../../components/useCanRead.ts';
import { WorkOrderPackages } from './WorkOrderPackages.tsx';
import { WorkOrderCommands } from './WorkOrderCommands.tsx';
import { ShowActions } from '../../components/ShowActions.tsx';
import { WorkOrderAuthorization } from './WorkOrderAuthorization.tsx';
import { WorkOrderSheetPanel } from './WorkOrderSheetPanel.tsx';
import { WorkOrderReadings } from './WorkOrderReadings.tsx';

export const WorkOrderShow = () => {
  const canRead = useCanRead('shipment-packages');
  return (
    <Show title={<RecordTitle />} actions={<ShowActions />}>
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label="app.summary">
          <WorkOrderCommands />
          <WorkOrderSheetPanel />
          <FieldGrid label={false}>
            <TextField source="number" />
            <ChoiceField source="type" group="workOrderType" />
            <ChoiceField source="status" group="workOrderStatus" />
            <DateField source="scheduledAt" showTime />
            <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
            <ReferenceField source="customerId" reference="customers" link="show" emptyText="—" />
            <ReferenceField source="vehicleId" reference="vehicles" link="show" emptyText="—" />
            <NumberField source="cost" options={{ style: 'currency', currency: 'USD' }} emptyText="—" />
            <ChoiceField source="billableTo" group="billableTo" />
            <DateField source="arrivedAt" showTime emptyText="—" />
            <DateField source="startedAt" showTime emptyText="—" />
            <DateField source="completedAt" showTime emptyText="—" />
            <WorkOrderAuthorization label="resources.work-orders.print.authorization" />
            <DateField source="createdAt" showTime />
            <DateField source="updatedAt" showTime />
          </FieldGrid>
          <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-line' }} />
          <WorkOrderReadings />
        </TabbedShowLayout.Tab>
        {canRead['shipment-packages'] && (
          <TabbedShowLayout.Tab label="resources.work-orders.tabs.packages" path="packages">
            <WorkOrderPackages label={false} />
          </TabbedShowLayout.Tab>
        )}
        <HistoryTab path="history" />
      </TabbedShowLayout>
    </Show>
  );
};
