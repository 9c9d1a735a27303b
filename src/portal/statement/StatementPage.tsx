import { Alert, Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { Title, useDataProvider, useGetOne, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';
import { downloadRecords } from '../../dashboard/csv.ts';
import { usePortalCenterId } from '../usePortalCenterId.ts';
import { useWide } from '../useWide.ts';
import { currentMonth, validMonth } from './month.ts';
import { MonthPicker } from './MonthPicker.tsx';
import { statementCsvRecords } from './statementCsv.ts';
import { StatementRows } from './StatementRows.tsx';
import { StatementTotals } from './StatementTotals.tsx';
import { useStatement } from './useStatement.ts';

const T = 'resources.statement';

/**
 * `/statement[?center=ID][&month=YYYY-MM]`: a center's completed services of a month with their
 * prices per the agreement, who pays them and the totals; downloadable as CSV.
 */
export const StatementPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const wide = useWide();
  const [params, setParams] = useSearchParams();
  const latest = currentMonth();
  const month = validMonth(params.get('month'), latest) ?? latest;
  const { centerId, isPending } = usePortalCenterId();
  const center = useGetOne<ServiceCenter>('service-centers', { id: centerId ?? 0 }, { enabled: centerId !== null });
  const statement = useStatement(centerId, month);
  const choose = (next: string) =>
    setParams((current) => {
      current.set('month', next);
      return current;
    });
  const data = statement.data;
  return (
    <Stack spacing={2} sx={{ mt: 1, mb: 3, minWidth: 0 }}>
      <Title title={center.data ? translate(`${T}.titleOf`, { center: center.data.name }) : translate(`${T}.title`)} />
      {isPending && <LinearProgress />}
      {!isPending && centerId === null && <Alert severity="info">{translate(`${T}.noCenter`)}</Alert>}
      {centerId !== null && (
        <>
          <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between' }}>
            <MonthPicker value={month} latest={latest} onChange={choose} />
            <Button startIcon={<DownloadIcon />} disabled={!data} onClick={() => data && downloadRecords(statementCsvRecords(data), `statement-${data.serviceCenterId}-${data.month}`, dataProvider)}>
              {translate(`${T}.export`)}
            </Button>
          </Box>
          <Typography variant="body2" color="text.secondary">
            {translate(`${T}.utc`)}
          </Typography>
          {statement.isPending && <LinearProgress />}
          {statement.error && <ErrorAlert error={statement.error} />}
          {data && <StatementTotals totals={data.totals} />}
          {data && !data.rows.length && <Typography color="text.secondary">{translate(`${T}.empty`, { month })}</Typography>}
          {data && data.rows.length > 0 && <StatementRows rows={data.rows} wide={wide} />}
        </>
      )}
    </Stack>
  );
};
