import { Suspense } from 'react';
import { Chip, MenuItem, Skeleton, TextField } from '@mui/material';
import { useStore, useTranslate } from 'react-admin';
import type { FallingCenterRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import { Sparkline } from '../charts/lazy.ts';
import type { Column } from '../columns.ts';
import { decimal } from '../../numbers.ts';
import { showUrl } from '../links.ts';
import { usePeriod } from '../usePeriod.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.regional.falling';

/** Rating thresholds to choose from (70: the methodology's grade C, the lowest that complies). */
const THRESHOLDS = [60, 70, 80, 90];

/** Centers below the threshold or falling fastest over the period, with a sparkline of their monthly score; a row opens the center's rating. */
export const FallingCentersCard = () => {
  const translate = useTranslate();
  const [period, setPeriod] = usePeriod('regional', 'falling-centers');
  const [threshold, setThreshold] = useStore('dashboard.regional.falling-centers.threshold', 70);
  const query = useStats('falling-centers', { period, params: { threshold } });
  const data = query.data;
  const columns: Column<FallingCenterRow>[] = [
    { label: `${T}.center`, value: (row) => row.name },
    { label: `${T}.region`, value: (row) => row.regionName },
    { label: `${T}.rating`, value: (row) => row.rating, render: (row) => (row.rating === null ? '—' : `${decimal(row.rating)}${row.grade ? ` (${row.grade})` : ''}`), numeric: true },
    { label: `${T}.change`, value: (row) => row.change, render: (row) => `${row.change > 0 ? '+' : ''}${decimal(row.change)}`, numeric: true },
    {
      label: `${T}.trend`,
      value: (row) => row.sparkline.map((point) => point.score).join(' '),
      render: (row) => (
        <Suspense fallback={<Skeleton variant="rectangular" width={96} height={28} />}>
          <Sparkline values={row.sparkline.map((point) => point.score)} />
        </Suspense>
      ),
    },
    {
      label: `${T}.below`,
      value: (row) => (row.belowThreshold ? translate('ra.boolean.true') : translate('ra.boolean.false')),
      render: (row) => (row.belowThreshold ? <Chip size="small" color="error" label={translate('ra.boolean.true')} /> : translate('ra.boolean.false')),
    },
  ];
  return (
    <ChartCard
      id="falling-centers"
      title={translate(`${T}.title`, { threshold })}
      subtitle={data && translate(`${T}.help`, { total: data.total })}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      controls={
        <TextField select size="small" id="falling-centers-threshold" label={translate(`${T}.threshold`)} value={threshold} onChange={(e) => setThreshold(Number(e.target.value))} sx={{ width: 140 }}>
          {THRESHOLDS.map((value) => (
            <MenuItem key={value} value={value}>
              {translate(`${T}.belowValue`, { threshold: value })}
            </MenuItem>
          ))}
        </TextField>
      }
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows}
      columns={columns}
      linkOf={(row) => showUrl('service-centers', row.serviceCenterId, 'rating')}
    />
  );
};
