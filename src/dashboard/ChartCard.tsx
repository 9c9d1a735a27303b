import { Suspense, useState, type ReactNode } from 'react';
import { Box, Button, Card, CardContent, Skeleton, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import InsertChartOutlinedIcon from '@mui/icons-material/InsertChartOutlined';
import TableRowsIcon from '@mui/icons-material/TableRows';
import { useDataProvider, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { PeriodPicker } from './PeriodPicker.tsx';
import { DataTable } from './DataTable.tsx';
import { csvRecords, type Column } from './columns.ts';
import { downloadRecords } from './csv.ts';
import { periodRange, type Period } from './period.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

interface ChartCardProps<Row> {
  /** Unique on the dashboard: ids, test ids and the CSV file name derive from it. */
  id: string;
  /** Already translated. */
  title: string;
  /** What an empty answer means (already translated). */
  empty: string;
  /** A line under the title (already translated): totals, what the chart counts. */
  subtitle?: string;
  period?: { value: Period; onChange: (period: Period) => void };
  /** More inputs next to the period picker (what the chart is broken down by). */
  controls?: ReactNode;
  /** The state of the request behind the rows. */
  loading: boolean;
  error: unknown;
  rows: Row[] | undefined;
  columns: Column<Row>[];
  /** The filtered list behind a row (a bar, a point, a table row). */
  linkOf?: (row: Row) => string | undefined;
  /** The chart (a lazily loaded component), given the rows and how to open the list behind one; without it the card is a table. */
  chart?: (rows: Row[], open: (row: Row) => void) => ReactNode;
  height?: number;
}

/**
 * A dashboard card: title, period picker, chart or table view, CSV export of the numbers behind
 * it, loading skeleton, error and empty states. A chart always comes with a visually hidden table
 * of its numbers for screen readers.
 */
export function ChartCard<Row>({ id, title, empty, subtitle, period, controls, loading, error, rows, columns, linkOf, chart, height = 280 }: ChartCardProps<Row>) {
  const translate = useTranslate();
  const navigate = useNavigate();
  const dataProvider = useDataProvider();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const open = (row: Row) => {
    const to = linkOf?.(row);
    if (to) navigate(to);
  };
  const headingId = `${id}-title`;
  const hasRows = !!rows && rows.length > 0;
  const showChart = !!chart && view === 'chart';
  return (
    <Card component="section" aria-labelledby={headingId} data-testid={`chart-${id}`} sx={{ height: '100%', display: 'flex', flexDirection: 'column', position: 'relative' }}>
      <CardContent sx={{ flex: 1, display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Box sx={{ display: 'flex', alignItems: 'flex-start', gap: 1, flexWrap: 'wrap' }}>
          <Box sx={{ flex: 1, minWidth: 180 }}>
            <Typography variant="h6" component="h2" id={headingId} sx={{ fontSize: '1.05rem' }}>
              {title}
            </Typography>
            {subtitle && (
              <Typography variant="body2" color="text.secondary">
                {subtitle}
              </Typography>
            )}
          </Box>
          {controls}
          {period && <PeriodPicker id={id} value={period.value} onChange={period.onChange} />}
          {chart && (
            <ToggleButtonGroup size="small" exclusive value={view} onChange={(_, next) => next && setView(next)} aria-label={translate('resources.dashboard.view')}>
              <ToggleButton value="chart" aria-label={translate('resources.dashboard.showChart')}>
                <InsertChartOutlinedIcon fontSize="small" />
              </ToggleButton>
              <ToggleButton value="table" aria-label={translate('resources.dashboard.showTable')}>
                <TableRowsIcon fontSize="small" />
              </ToggleButton>
            </ToggleButtonGroup>
          )}
          <Button
            size="small"
            startIcon={<DownloadIcon />}
            disabled={!hasRows}
            onClick={() => downloadRecords(csvRecords(rows ?? [], columns, translate), id, dataProvider)}
            aria-label={translate('resources.dashboard.exportCsvOf', { title })}
          >
            {translate('resources.dashboard.exportCsv')}
          </Button>
        </Box>
        {loading && <Skeleton variant="rounded" height={height} aria-label={translate('resources.dashboard.loading')} />}
        {!loading && !!error && <ErrorAlert error={error} />}
        {period && periodRange(period.value) === null && (
          <Typography color="text.secondary" data-testid={`incomplete-${id}`}>
            {translate('resources.dashboard.period.incomplete')}
          </Typography>
        )}
        {!loading && !error && rows && !hasRows && (
          <Box sx={{ minHeight: Math.min(height, 120), display: 'flex', alignItems: 'center', justifyContent: 'center', border: 1, borderStyle: 'dashed', borderColor: 'divider', borderRadius: 1, p: 2 }}>
            <Typography color="text.secondary" align="center" data-testid={`empty-${id}`}>
              {empty}
            </Typography>
          </Box>
        )}
        {!loading && !error && rows && hasRows && (
          <>
            {showChart && (
              <Box aria-hidden sx={{ height, width: '100%' }} data-testid={`plot-${id}`}>
                <Suspense fallback={<Skeleton variant="rounded" height={height} />}>{chart(rows, open)}</Suspense>
              </Box>
            )}
            <DataTable caption={title} rows={rows} columns={columns} linkOf={linkOf} hidden={showChart} testId={`table-${id}`} />
          </>
        )}
      </CardContent>
    </Card>
  );
}
