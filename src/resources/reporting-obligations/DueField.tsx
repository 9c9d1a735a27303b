import { Chip, Stack } from '@mui/material';
import { DateField, useRecordContext, useTranslate } from 'react-admin';
import type { ReportingObligation } from '../../../server/resources/types.ts';

/** The deadline, marked Overdue while unreported after it, and Late when it was reported after it. */
export const DueField = (_props: { label?: string }) => {
  const record = useRecordContext<ReportingObligation>();
  const translate = useTranslate();
  if (!record) return null;
  const late = record.reportedAt ? record.reportedAt > record.dueAt : record.dueAt < new Date().toISOString();
  return (
    <Stack direction="row" spacing={1} alignItems="center">
      <DateField source="dueAt" showTime />
      {late && <Chip size="small" color="error" label={translate(record.reportedAt ? 'resources.reporting-obligations.late' : 'resources.reporting-obligations.overdue')} />}
    </Stack>
  );
};
