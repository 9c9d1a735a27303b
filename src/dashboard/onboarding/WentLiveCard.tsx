import { useTranslate } from 'react-admin';
import { endOfMonth, parseISO } from 'date-fns';
import { localDay } from '../../dates.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { monthLabel } from '../format.ts';
import { endOfDayIso, listUrl, startOfDayIso } from '../links.ts';
import { useChartColors } from '../palette.ts';
import { usePeriod } from '../usePeriod.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.onboarding.wentLive';

type Month = { month: string; centers: number };

/** The centers that went live in a month. */
const liveIn = (month: string) =>
  listUrl('service-centers', { wentLiveAt_gte: startOfDayIso(`${month}-01`), wentLiveAt_lte: endOfDayIso(localDay(endOfMonth(parseISO(`${month}-01`)))) });

/** Centers gone live per month of the period; a bar opens that month's centers. */
export const WentLiveCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const [period, setPeriod] = usePeriod('onboarding', 'went-live');
  const query = useStats('went-live', { period });
  const data = query.data;
  const columns: Column<Month>[] = [
    { label: `${T}.month`, value: (row) => row.month, render: (row) => monthLabel(row.month), nowrap: true },
    { label: `${T}.centers`, value: (row) => row.centers, numeric: true },
  ];
  return (
    <ChartCard
      id="went-live"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { total: data.total })}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      loading={query.isLoading}
      error={query.error}
      rows={data && data.total > 0 ? data.rows : data ? [] : undefined}
      columns={columns}
      linkOf={(row) => liveIn(row.month)}
      chart={(rows, open) => (
        <BarsChart rows={rows} category={(row) => monthLabel(row.month)} bars={[{ label: translate(`${T}.centers`), value: (row) => row.centers, color: colors.good }]} onSelect={open} />
      )}
    />
  );
};
