import { Box, Link as MuiLink } from '@mui/material';
import { Link } from 'react-router-dom';
import { DateField, NumberField, Show, TabbedShowLayout, TextField, TopToolbar, PrevNextButtons, useRecordContext, useTranslate } from 'react-admin';
import type { OutboxMessage } from '../../../server/resources/types.ts';
import { ChoiceField } from '../../components/ChoiceField.tsx';
import { FieldGrid } from '../../components/FieldGrid.tsx';
import { HistoryTab } from '../../components/HistoryTab.tsx';
import { RecordTitle } from '../../components/RecordTitle.tsx';
import { RetryMessageButton } from './RetryMessageButton.tsx';
import { StatusChip } from './StatusChip.tsx';

const actions = (
  <TopToolbar sx={{ alignItems: 'center' }}>
    <PrevNextButtons linkType="show" />
    <RetryMessageButton />
  </TopToolbar>
);

/** The record the message is about, as a link to it. */
const AboutField = (_props: { label?: string }) => {
  const record = useRecordContext<OutboxMessage>();
  const translate = useTranslate();
  if (!record?.resource || record.recordId == null) return <span>—</span>;
  return (
    <MuiLink component={Link} to={`/${record.resource}/${record.recordId}/show`}>
      {translate(`resources.${record.resource}.name`, { smart_count: 1, _: record.resource })} #{record.recordId}
    </MuiLink>
  );
};

/** The email as sent: plain text in a monospace block. */
const BodyField = (_props: { label?: string }) => {
  const record = useRecordContext<OutboxMessage>();
  if (!record) return null;
  return (
    <Box
      component="pre"
      data-testid="outbox-body"
      sx={{ fontFamily: 'monospace', fontSize: 13, whiteSpace: 'pre-wrap', bgcolor: 'action.hover', p: 2, borderRadius: 1, m: 0, maxWidth: 800 }}
    >
      {record.body}
    </Box>
  );
};

export const OutboxShow = () => (
  <Show title={<RecordTitle />} actions={actions}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.outbox.tabs.message">
        <FieldGrid label={false}>
          <ChoiceField source="kind" group="outboxKind" />
          <StatusChip group="outboxStatus" label="resources.outbox.fields.status" />
          <TextField source="recipient" />
          <AboutField label="resources.outbox.fields.resource" />
          <DateField source="createdAt" showTime />
          <DateField source="sentAt" showTime emptyText="—" />
          <NumberField source="attempts" />
          <TextField source="lastError" emptyText="—" />
        </FieldGrid>
        <TextField source="subject" sx={{ fontWeight: 600 }} />
        <BodyField label="resources.outbox.fields.body" />
      </TabbedShowLayout.Tab>
      <HistoryTab path="history" />
    </TabbedShowLayout>
  </Show>
);
