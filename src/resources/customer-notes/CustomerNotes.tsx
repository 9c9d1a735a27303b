import { DataTable } from 'react-admin';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { RelatedTable } from '../../components/RelatedTable.tsx';
import { AcknowledgeNoteButton } from './AcknowledgeNoteButton.tsx';
import { AcknowledgementField } from './AcknowledgementField.tsx';

/** A customer's notes, newest first, acknowledged from the row. `label={false}` keeps the show tab from labelling the table. */
export const CustomerNotes = (_props: { label?: false }) => (
  <RelatedTable reference="customer-notes" target="customerId" sort={{ field: 'createdAt', order: 'DESC' }} storeKey="customers.customer-notes.datatable">
    <DateColumn source="createdAt" showTime />
    <ChoiceColumn source="category" group="customerNoteCategory" />
    <DataTable.Col source="body" cellSx={() => ({ minWidth: 260, whiteSpace: 'pre-wrap' })} />
    <DateColumn source="startsOn" emptyText="—" />
    <DateColumn source="endsOn" emptyText="—" />
    <DataTable.Col source="acknowledgedAt">
      <AcknowledgementField />
    </DataTable.Col>
    <DataTable.Col source="answer" disableSort>
      <AcknowledgeNoteButton />
    </DataTable.Col>
  </RelatedTable>
);
