import { MenuItem, TextField } from '@mui/material';
import { useGetList, useStore, useTranslate } from 'react-admin';
import type { RatingsTrend, RatingsTrendRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import { LinesChart } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { monthLabel } from '../format.ts';
import { decimal } from '../../numbers.ts';
import { listUrl, showUrl } from '../links.ts';
import { usePeriod } from '../usePeriod.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.regional.trend';

/** The chart's points: one per month of the period, a value per series (region or center). */
function pointsOf(trend: RatingsTrend) {
  return trend.months.map((month) => ({
    x: monthLabel(month),
    ...Object.fromEntries(trend.rows.filter((row) => row.month === month).map((row) => [`s${row.id}`, row.average])),
  }));
}

/** Every region (one line each), or one region's centers (one line per center). */
const RegionPicker = ({ value, onChange }: { value: number | ''; onChange: (regionId: number | '') => void }) => {
  const translate = useTranslate();
  const { data: regions } = useGetList<{ id: number; name: string }>('regions', { pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  return (
    <TextField
      select
      size="small"
      id="ratings-trend-region"
      label={translate(`${T}.breakdown`)}
      value={regions ? value : ''}
      onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value))}
      slotProps={{ select: { displayEmpty: true }, inputLabel: { shrink: true } }}
      sx={{ width: 200 }}
    >
      <MenuItem value="">{translate(`${T}.allRegions`)}</MenuItem>
      {regions?.map((region) => (
        <MenuItem key={region.id} value={region.id}>
          {translate(`${T}.centersOf`, { region: region.name })}
        </MenuItem>
      ))}
    </TextField>
  );
};

/**
 * Average rating per region, or per center of one region, by month; a point opens that region's
 * centers or that center's rating. A regional manager sees their region's centers (the server's
 * default for them); the others choose a region to see its centers.
 */
export const RatingsTrendCard = ({ by: defaultBy }: { by: 'region' | 'center' }) => {
  const translate = useTranslate();
  const [period, setPeriod] = usePeriod('regional', 'ratings-trend');
  const [regionId, setRegionId] = useStore<number | ''>('dashboard.regional.ratings-trend.region', '');
  const by = defaultBy === 'region' && regionId !== '' ? 'center' : defaultBy;
  const query = useStats('ratings-trend', { period, params: { by, regionId: defaultBy === 'region' && regionId !== '' ? regionId : undefined } });
  const columns: Column<RatingsTrendRow>[] = [
    { label: by === 'region' ? `${T}.region` : `${T}.center`, value: (row) => row.name },
    { label: `${T}.month`, value: (row) => row.month, render: (row) => monthLabel(row.month), nowrap: true },
    { label: `${T}.average`, value: (row) => row.average, render: (row) => decimal(row.average), numeric: true },
    { label: `${T}.centers`, value: (row) => row.centers, numeric: true },
  ];
  const trend = query.data;
  return (
    <ChartCard
      id="ratings-trend"
      title={translate(`${T}.title`)}
      subtitle={translate(by === 'region' ? `${T}.byRegion` : defaultBy === 'center' ? `${T}.byCenter` : `${T}.byCenterOf`)}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      controls={defaultBy === 'region' && <RegionPicker value={regionId} onChange={setRegionId} />}
      loading={query.isLoading}
      error={query.error}
      rows={trend?.rows}
      columns={columns}
      linkOf={(row) => (by === 'region' ? listUrl('service-centers', { regionId: row.id }) : showUrl('service-centers', row.id, 'rating'))}
      height={300}
      chart={(rows, open) =>
        trend && (
          <LinesChart
            points={pointsOf(trend)}
            series={trend.series.map((s) => ({ key: `s${s.id}`, label: s.name }))}
            domain={[0, 100]}
            onSelect={(key, x) => {
              const row = rows.find((r) => `s${r.id}` === key && monthLabel(r.month) === x);
              if (row) open(row);
            }}
          />
        )
      }
    />
  );
};
