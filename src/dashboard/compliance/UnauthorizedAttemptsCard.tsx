import { useTranslate } from 'react-admin';
import type { UnauthorizedAttemptRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { dayLabel, timeLabel } from '../format.ts';
import { endOfDayIso, listUrl, showUrl, startOfDayIso } from '../links.ts';
import { useChartColors } from '../palette.ts';
import { usePeriod } from '../usePeriod.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.compliance.attempts';

/** The audit log's refused completions of a day. */
const attemptsOn = (day: string) => listUrl('audit-log', { resource: 'work-orders', action: 'complete-refused', at_gte: startOfDayIso(day), at_lte: endOfDayIso(day) });

const useAttempts = () => {
  const [period, setPeriod] = usePeriod('compliance', 'unauthorized-attempts', 'last-30-days');
  return { period, setPeriod, query: useStats('unauthorized-attempts', { period }) };
};

/** Refused completions of removals and exchanges without authorisation, per day; a bar opens that day's audit-log entries. */
export const UnauthorizedAttemptsCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const { period, setPeriod, query } = useAttempts();
  const data = query.data;
  type Day = { day: string; count: number };
  const columns: Column<Day>[] = [
    { label: `${T}.day`, value: (row) => row.day, render: (row) => dayLabel(row.day), nowrap: true },
    { label: `${T}.count`, value: (row) => row.count, numeric: true },
  ];
  return (
    <ChartCard
      id="unauthorized-attempts"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { total: data.total })}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      loading={query.isLoading}
      error={query.error}
      rows={data?.byDay}
      columns={columns}
      linkOf={(row) => attemptsOn(row.day)}
      chart={(rows, open) => (
        <BarsChart rows={rows} category={(row) => dayLabel(row.day)} bars={[{ label: translate(`${T}.count`), value: (row) => row.count, color: colors.bad }]} onSelect={open} />
      )}
    />
  );
};

/** The attempts themselves, newest first; a row opens the work order. */
export const UnauthorizedAttemptsListCard = () => {
  const translate = useTranslate();
  const { period, setPeriod, query } = useAttempts();
  const columns: Column<UnauthorizedAttemptRow>[] = [
    { label: `${T}.at`, value: (row) => row.at, render: (row) => timeLabel(row.at), nowrap: true },
    { label: `${T}.user`, value: (row) => row.userName },
    { label: `${T}.workOrder`, value: (row) => row.workOrderId, render: (row) => (row.workOrderId === null ? '—' : `#${row.workOrderId}`) },
    { label: `${T}.summary`, value: (row) => row.summary },
  ];
  return (
    <ChartCard
      id="unauthorized-attempts-list"
      title={translate(`${T}.listTitle`)}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      loading={query.isLoading}
      error={query.error}
      rows={query.data?.rows}
      columns={columns}
      linkOf={(row) => (row.workOrderId === null ? showUrl('audit-log', row.id) : showUrl('work-orders', row.workOrderId))}
    />
  );
};
