import { useTranslate } from 'react-admin';
import type { StatsPeriod, WorkOrderVolumeRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { endOfDayIso, listUrl, startOfDayIso } from '../links.ts';
import { useChartColors } from '../palette.ts';
import { usePeriod } from '../usePeriod.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.regional.volume';

/** A center's work orders scheduled in the period. */
export const workOrdersOf = (serviceCenterId: number, period: StatsPeriod) =>
  listUrl('work-orders', { serviceCenterId, scheduledAt_gte: startOfDayIso(period.from), scheduledAt_lte: endOfDayIso(period.to) });

/** The period of the work-order charts (volume and walk-in durations share it and their request). */
export const useWorkOrderVolume = () => {
  const [period, setPeriod] = usePeriod('regional', 'work-order-volume', 'last-30-days');
  return { period, setPeriod, query: useStats('work-order-volume', { period }) };
};

/** Work orders per center in the period, walk-ins apart; a bar opens that center's work orders of the period. */
export const WorkOrderVolumeCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const { period, setPeriod, query } = useWorkOrderVolume();
  const data = query.data;
  const columns: Column<WorkOrderVolumeRow>[] = [
    { label: `${T}.center`, value: (row) => row.name },
    { label: `${T}.region`, value: (row) => row.regionName },
    { label: `${T}.workOrders`, value: (row) => row.workOrders, numeric: true },
    { label: `${T}.completed`, value: (row) => row.completed, numeric: true },
    { label: `${T}.walkIns`, value: (row) => row.walkIns, numeric: true },
  ];
  return (
    <ChartCard
      id="work-order-volume"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { total: data.total })}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows}
      columns={columns}
      linkOf={(row) => (data ? workOrdersOf(row.serviceCenterId, data.period) : undefined)}
      height={320}
      chart={(rows, open) => (
        <BarsChart
          rows={rows}
          horizontal
          category={(row) => row.name}
          bars={[
            { label: translate(`${T}.others`), value: (row) => row.workOrders - row.walkIns, color: colors.series[0] },
            { label: translate(`${T}.walkIns`), value: (row) => row.walkIns, color: colors.series[2] },
          ]}
          stacked
          onSelect={open}
        />
      )}
    />
  );
};
