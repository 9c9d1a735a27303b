import { Box, Divider, Stack, Typography } from '@mui/material';
import {
  DateField,
  Link,
  Loading,
  RecordContextProvider,
  useGetList,
  useRecordContext,
  useResourceContext,
  useTranslate,
} from 'react-admin';
import type { AuditLogEntry } from '../../server/resources/types.ts';
import { AuditUserField } from './AuditUserField.tsx';
import { ChoiceField } from './ChoiceField.tsx';
import { DiffTable } from './DiffTable.tsx';
import { NoneYet } from './NoneYet.tsx';
import type { Diff } from './diff.ts';

const LATEST = 50;

const HistoryEntry = ({ entry, resource }: { entry: AuditLogEntry; resource: string }) => (
  <RecordContextProvider value={entry}>
    <Stack spacing={1}>
      <Typography variant="body2" component="div" sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'baseline' }}>
        <DateField source="at" showTime sx={{ fontWeight: 500 }} />
        <span>·</span>
        <AuditUserField />
        <span>·</span>
        <ChoiceField source="action" group="auditAction" />
        {entry.summary && <Typography variant="body2" color="text.secondary" component="span">— {entry.summary}</Typography>}
      </Typography>
      {entry.diff && Object.keys(entry.diff).length > 0 && <DiffTable diff={entry.diff as Diff | null} resource={resource} />}
    </Stack>
  </RecordContextProvider>
);

/**
 * The audit-log entries of the record in context, latest first: when, who, what, and for
 * changes the field-level before and after. For a show-page tab (`label={false}`).
 */
export const History = (_props: { label?: false }) => {
  const record = useRecordContext();
  const resource = useResourceContext();
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<AuditLogEntry>(
    'audit-log',
    {
      filter: { resource, recordId: record?.id },
      sort: { field: 'at', order: 'DESC' },
      pagination: { page: 1, perPage: LATEST },
    },
    { enabled: record?.id != null && !!resource },
  );
  if (!record || !resource) return null;
  if (isPending) return <Loading />;
  if (error) return <Typography color="error">{error.message}</Typography>;
  if (!data?.length) return <NoneYet />;
  return (
    <Box>
      <Stack spacing={2} divider={<Divider flexItem />}>
        {data.map((entry) => (
          <HistoryEntry key={entry.id} entry={entry} resource={resource} />
        ))}
      </Stack>
      {total != null && total > data.length && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 2 }}>
          {translate('app.historyOf.more', { shown: data.length, total })}{' '}
          <Link to={`/audit-log?filter=${encodeURIComponent(JSON.stringify({ resource, recordId: record.id }))}`}>
            {translate('app.historyOf.seeAll')}
          </Link>
        </Typography>
      )}
    </Box>
  );
};
