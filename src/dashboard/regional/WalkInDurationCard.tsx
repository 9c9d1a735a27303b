import { useTranslate } from 'react-admin';
import type { WorkOrderVolumeRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import { BarsChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { decimal, sharePercent } from '../../numbers.ts';
import { useChartColors } from '../palette.ts';
import { useWorkOrderVolume, workOrdersOf } from './WorkOrderVolumeCard.tsx';

const T = 'resources.dashboard.regional.duration';

/** Average and median walk-in minutes per center (the same centers and period as the volume); a bar opens that center's work orders. */
export const WalkInDurationCard = () => {
  const translate = useTranslate();
  const colors = useChartColors();
  const { period, setPeriod, query } = useWorkOrderVolume();
  const data = query.data;
  const columns: Column<WorkOrderVolumeRow>[] = [
    { label: `${T}.center`, value: (row) => row.name },
    { label: `${T}.timed`, value: (row) => row.timedWalkIns, numeric: true },
    { label: `${T}.average`, value: (row) => row.averageWalkInMinutes, render: (row) => decimal(row.averageWalkInMinutes), numeric: true },
    { label: `${T}.median`, value: (row) => row.medianWalkInMinutes, render: (row) => decimal(row.medianWalkInMinutes), numeric: true },
    { label: `${T}.over5`, value: (row) => row.walkInsOver5Minutes, numeric: true },
    { label: `${T}.over5Share`, value: (row) => row.over5MinutesShare, render: (row) => sharePercent(row.over5MinutesShare), numeric: true },
  ];
  return (
    <ChartCard
      id="walk-in-duration"
      title={translate(`${T}.title`)}
      subtitle={translate(`${T}.help`)}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows.filter((row) => row.timedWalkIns > 0)}
      columns={columns}
      linkOf={(row) => (data ? workOrdersOf(row.serviceCenterId, data.period) : undefined)}
      height={320}
      chart={(rows, open) => (
        <BarsChart
          rows={rows}
          horizontal
          category={(row) => row.name}
          unit=" min"
          bars={[
            { label: translate(`${T}.average`), value: (row) => row.averageWalkInMinutes, color: colors.series[0] },
            { label: translate(`${T}.median`), value: (row) => row.medianWalkInMinutes, color: colors.good },
          ]}
          onSelect={open}
        />
      )}
    />
  );
};
