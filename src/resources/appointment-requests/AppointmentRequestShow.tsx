import { DateField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { PreferredField } from './PreferredField.tsx';
import { RequestAnswerButtons } from './RequestAnswerButtons.tsx';

/** One request: who asked for what, where and when, how it was answered; Accept and Decline while it waits. */
export const AppointmentRequestShow = () => (
  <Show title={<RecordTitle />}>
    <SimpleShowLayout>
      <RequestAnswerButtons />
      <FieldGrid>
        <ReferenceField source="customerId" reference="customers" link="show" />
        <ChoiceField source="kind" group="appointmentRequestKind" />
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
        <PreferredField label="resources.appointment-requests.fields.preferredAt" />
        <ReferenceField source="vehicleId" reference="vehicles" link="show" emptyText="—" />
        <TextField source="notes" emptyText="—" />
        <ChoiceField source="status" group="appointmentRequestStatus" />
        <ReferenceField source="workOrderId" reference="work-orders" link="show" emptyText="—" />
        <TextField source="declineReason" emptyText="—" />
        <DateField source="decidedAt" showTime emptyText="—" />
        <TextField source="decidedBy" emptyText="—" />
        <DateField source="createdAt" showTime />
      </FieldGrid>
    </SimpleShowLayout>
  </Show>
);
