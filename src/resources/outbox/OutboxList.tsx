import { DataTable, List, TextField } from 'react-admin';
import type { OutboxMessage } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { oneLine } from '../../components/oneLine.ts';
import { OutboxListAside } from './OutboxListAside.tsx';
import { StatusChip } from './StatusChip.tsx';

const Column = DataTable.Col<OutboxMessage>;

export const OutboxList = () => (
  <List aside={<OutboxListAside />} actions={<ListActions create={false} />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
    <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['attempts', 'sentAt', 'lastError']}>
      <DateColumn source="createdAt" showTime />
      <ChoiceColumn source="kind" group="outboxKind" cellSx={oneLine} />
      <Column source="status">
        <StatusChip group="outboxStatus" />
      </Column>
      <Column source="recipient" cellSx={() => ({ wordBreak: 'break-all', maxWidth: 220 })} />
      <Column source="subject" cellSx={() => ({ minWidth: 220 })} />
      <Column source="attempts" align="right" />
      <DateColumn source="sentAt" showTime emptyText="—" />
      <Column source="lastError">
        <TextField source="lastError" emptyText="—" />
      </Column>
    </DataTable>
  </List>
);
