import { endOfMonth, format, parseISO } from 'date-fns';
import { useTranslate } from 'react-admin';
import type { OnTimeReporting, OnTimeReportingRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import { LinesChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { monthLabel } from '../format.ts';
import { endOfDayIso, listUrl, startOfDayIso } from '../links.ts';
import { sharePercent } from '../../numbers.ts';
import { usePeriod } from '../usePeriod.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.compliance.reporting';

/** A rate (0–1) as the chart's whole percentage. */
const percent = (rate: number) => Math.round(rate * 100);

/** The chart's points: one per month of the period, the on-time percentage per state. */
export function onTimePoints(data: OnTimeReporting) {
  return data.months.map((month) => ({
    x: monthLabel(month),
    ...Object.fromEntries(data.rows.filter((row) => row.month === month).map((row) => [row.code, percent(row.rate)])),
  }));
}

/** The first and last instants of a month `YYYY-MM` (UTC), to filter deadlines by month. */
const monthBounds = (month: string) => {
  const first = `${month}-01`;
  return { dueAt_gte: startOfDayIso(first), dueAt_lte: endOfDayIso(format(endOfMonth(parseISO(first)), 'yyyy-MM-dd')) };
};

/** The provider's on-time reporting rate by state and month (late and overdue reports lower it); a point opens that state's obligations of the month. */
export const OnTimeReportingCard = () => {
  const translate = useTranslate();
  const [period, setPeriod] = usePeriod('compliance', 'on-time-reporting');
  const query = useStats('on-time-reporting', { period });
  const data = query.data;
  const columns: Column<OnTimeReportingRow>[] = [
    { label: `${T}.state`, value: (row) => row.code },
    { label: `${T}.month`, value: (row) => row.month, render: (row) => monthLabel(row.month), nowrap: true },
    { label: `${T}.due`, value: (row) => row.due, numeric: true },
    { label: `${T}.onTime`, value: (row) => row.onTime, numeric: true },
    { label: `${T}.rate`, value: (row) => percent(row.rate), render: (row) => sharePercent(row.rate), numeric: true },
  ];
  return (
    <ChartCard
      id="on-time-reporting"
      title={translate(`${T}.title`)}
      subtitle={translate(`${T}.help`)}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows}
      columns={columns}
      linkOf={(row) => listUrl('reporting-obligations', { jurisdictionId: row.jurisdictionId, ...monthBounds(row.month) })}
      height={300}
      chart={(rows, open) =>
        data && (
          <LinesChart
            points={onTimePoints(data)}
            series={data.states.map((code) => ({ key: code, label: code }))}
            domain={[0, 100]}
            onSelect={(key, x) => {
              const row = rows.find((r) => r.code === key && monthLabel(r.month) === x);
              if (row) open(row);
            }}
          />
        )
      }
    />
  );
};
