import { DataTable, List } from 'react-admin';
import type { CustomerNote } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { ReferenceColumn } from '../../components/ReferenceColumn.tsx';
import { AcknowledgeNoteButton } from './AcknowledgeNoteButton.tsx';
import { AcknowledgementField } from './AcknowledgementField.tsx';
import { CustomerNoteListAside } from './CustomerNoteListAside.tsx';

const Column = DataTable.Col<CustomerNote>;

/**
 * The queue of notes: those not acknowledged yet first, oldest first (json-server's order puts the
 * empty dates first when descending, ties by id), then the acknowledged ones, latest first; CSV export.
 */
export const CustomerNoteList = () => (
  <List aside={<CustomerNoteListAside />} actions={<ListActions create={false} />} sort={{ field: 'acknowledgedAt', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['startsOn', 'endsOn']}>
      <DateColumn source="createdAt" showTime />
      <ReferenceColumn source="customerId" reference="customers" link={false} />
      <ChoiceColumn source="category" group="customerNoteCategory" />
      <Column source="body" cellSx={() => ({ minWidth: 260, whiteSpace: 'pre-wrap' })} />
      <DateColumn source="startsOn" emptyText="—" />
      <DateColumn source="endsOn" emptyText="—" />
      <Column source="acknowledgedAt">
        <AcknowledgementField />
      </Column>
      <Column source="answer" disableSort>
        <AcknowledgeNoteButton />
      </Column>
    </DataTable>
  </List>
);
