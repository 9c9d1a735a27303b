import { useTranslate } from 'react-admin';
import { ChartCard } from '../ChartCard.tsx';
import type { Column } from '../columns.ts';
import { listUrl } from '../links.ts';
import { useStats } from '../useStats.ts';
import { dueWindows, type DueWindow } from '../../resources/reporting-obligations/dueWindows.ts';

const T = 'resources.reporting-obligations.queue';

interface QueueRow {
  window: DueWindow;
  count: number;
}

/** What must be reported to the states: overdue, due today, due within 24 h; a row opens those obligations. */
export const ReportingQueueCard = () => {
  const translate = useTranslate();
  const query = useStats('reporting-queue');
  const data = query.data;
  const rows: QueueRow[] | undefined = data && [
    { window: 'overdue', count: data.overdue },
    { window: 'dueToday', count: data.dueToday },
    { window: 'dueWithin24h', count: data.dueWithin24h },
  ];
  const columns: Column<QueueRow>[] = [
    { label: `${T}.window`, value: (row) => translate(`${T}.${row.window}`) },
    { label: `${T}.count`, value: (row) => row.count, numeric: true },
  ];
  return (
    <ChartCard
      id="reporting-queue"
      title={translate(`${T}.title`)}
      subtitle={data && translate('resources.dashboard.compliance.reporting.queueHelp', { overdue: data.overdue })}
      empty={translate('resources.reporting-obligations.empty')}
      loading={query.isLoading}
      error={query.error}
      rows={rows}
      columns={columns}
      linkOf={(row) => listUrl('reporting-obligations', dueWindows()[row.window])}
    />
  );
};
