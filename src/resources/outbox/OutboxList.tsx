import { Alert } from '@mui/material';
import { DataTable, List, TextField, useTranslate } from 'react-admin';
import type { OutboxMessage } from '../../../server/resources/types.ts';
import { ChoiceColumn } from '../../components/ChoiceColumn.tsx';
import { DateColumn } from '../../components/DateColumn.tsx';
import { ListActions } from '../../components/ListActions.tsx';
import { OutboxListAside } from './OutboxListAside.tsx';
import { StatusChip } from './StatusChip.tsx';

const Column = DataTable.Col<OutboxMessage>;

const Help = () => {
  const translate = useTranslate();
  return (
    <Alert severity="info" sx={{ mt: 1 }}>
      {translate('resources.outbox.help')}
    </Alert>
  );
};

export const OutboxList = () => (
  <>
    <Help />
    <List aside={<OutboxListAside />} actions={<ListActions create={false} />} sort={{ field: 'createdAt', order: 'DESC' }} perPage={25}>
      <DataTable rowClick="show" bulkActionButtons={false} hiddenColumns={['lastError']}>
        <DateColumn source="createdAt" showTime />
        <ChoiceColumn source="kind" group="outboxKind" />
        <Column source="recipient" />
        <Column source="subject" />
        <Column source="status">
          <StatusChip group="outboxStatus" />
        </Column>
        <Column source="attempts" align="right" />
        <DateColumn source="sentAt" showTime emptyText="—" />
        <Column source="lastError">
          <TextField source="lastError" emptyText="—" />
        </Column>
      </DataTable>
    </List>
  </>
);
