import {
  DateField,
  NumberField,
  PrevNextButtons,
  ReferenceField,
  ReferenceManyField,
  DataTable,
  Show,
  TabbedShowLayout,
  TextField,
  TopToolbar,
  EditButton,
} from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';

const Actions = () => (
  <TopToolbar>
    <PrevNextButtons linkType="show" />
    <EditButton />
  </TopToolbar>
);

export const WorkOrderShow = () => (
  <Show title={<RecordTitle />} actions={<Actions />}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.work-orders.name" sx={{ display: 'grid', gridTemplateColumns: { md: '1fr 1fr' } }}>
        <TextField source="number" />
        <ChoiceField source="type" group="workOrderType" />
        <ChoiceField source="status" group="workOrderStatus" />
        <DateField source="scheduledAt" showTime />
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
        <ReferenceField source="customerId" reference="customers" link="show" emptyText="—" />
        <ReferenceField source="vehicleId" reference="vehicles" link="show" emptyText="—" />
        <NumberField source="cost" options={{ style: 'currency', currency: 'USD' }} emptyText="—" />
        <ChoiceField source="billableTo" group="billableTo" />
        <DateField source="startedAt" showTime emptyText="—" />
        <DateField source="completedAt" showTime emptyText="—" />
        <TextField source="notes" emptyText="—" />
        <DateField source="createdAt" showTime />
        <DateField source="updatedAt" showTime />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.shipment-packages.name" path="packages">
        <ReferenceManyField reference="shipment-packages" target="workOrderId" label={false} empty={<span>—</span>}>
          <DataTable rowClick={(_id, _resource, record) => `/shipments/${record.shipmentId}/show`} bulkActionButtons={false}>
            <DataTable.Col source="label" />
            <DataTable.Col source="shipmentId">
              <ReferenceField source="shipmentId" reference="shipments" />
            </DataTable.Col>
            <DataTable.Col source="contents" />
          </DataTable>
        </ReferenceManyField>
      </TabbedShowLayout.Tab>
    </TabbedShowLayout>
  </Show>
);
