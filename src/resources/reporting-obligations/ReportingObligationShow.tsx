import { DateField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { DueField } from './DueField.tsx';
import { ReportObligationButton } from './ReportObligationButton.tsx';

/** One obligation: the event, its deadline and recipient, and the report (Report while it is not reported). */
export const ReportingObligationShow = () => (
  <Show title={<RecordTitle />}>
    <SimpleShowLayout>
      <ReportObligationButton />
      <FieldGrid>
        <ChoiceField source="event" group="reportingEvent" />
        <ChoiceField source="status" group="obligationStatus" />
        <DateField source="eventAt" showTime />
        <DueField label="resources.reporting-obligations.fields.dueAt" />
        <TextField source="recipient" emptyText="—" />
        <ReferenceField source="jurisdictionId" reference="jurisdictions" link="show" />
        <ReferenceField source="customerId" reference="customers" link="show" />
        <ReferenceField source="serviceCenterId" reference="service-centers" link="show" />
        <DateField source="reportedAt" showTime emptyText="—" />
        <TextField source="reference" emptyText="—" />
        <TextField source="reportedBy" emptyText="—" />
      </FieldGrid>
      <TextField source="notes" emptyText="—" sx={{ whiteSpace: 'pre-wrap' }} />
    </SimpleShowLayout>
  </Show>
);
