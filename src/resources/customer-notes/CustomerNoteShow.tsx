import { DateField, ReferenceField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { AcknowledgeNoteButton } from './AcknowledgeNoteButton.tsx';
import { AcknowledgementField } from './AcknowledgementField.tsx';

/** One note as the customer wrote it, and whether it was read; Acknowledge while it is not. */
export const CustomerNoteShow = () => (
  <Show title={<RecordTitle />}>
    <SimpleShowLayout>
      <AcknowledgeNoteButton />
      <TextField source="body" sx={{ whiteSpace: 'pre-wrap' }} />
      <FieldGrid>
        <ReferenceField source="customerId" reference="customers" link="show" />
        <ChoiceField source="category" group="customerNoteCategory" emptyText="—" />
        <DateField source="startsOn" emptyText="—" />
        <DateField source="endsOn" emptyText="—" />
        <DateField source="createdAt" showTime />
        <AcknowledgementField label="resources.customer-notes.fields.acknowledgedAt" />
      </FieldGrid>
    </SimpleShowLayout>
  </Show>
);
