import { Alert, Box, Button, Card, CardContent, Chip, Grid, LinearProgress, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { RatingRecord } from '../resources/audits/types.ts';
import { Stars } from '../resources/ratings/Stars.tsx';
import { ChartCard } from './ChartCard.tsx';
import { LinesChart } from './charts/lazy.ts';
import type { Column } from './columns.ts';
import { timeLabel } from './format.ts';
import { decimal } from '../numbers.ts';
import { endOfDayIso, showUrl, startOfDayIso } from './links.ts';
import { periodRange } from './period.ts';
import { usePeriod } from './usePeriod.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';

const T = 'resources.dashboard.center';

type Center = { id: number; name: string; city: string; state: string; rating: number | null; ratingStars: number | null; ratingGrade: string | null };

/** The center's ratings computed in the period, as a line. */
const RatingHistoryCard = ({ center }: { center: Center }) => {
  const translate = useTranslate();
  const [period, setPeriod] = usePeriod('center', 'rating-history');
  const range = periodRange(period);
  const { data, isLoading, error } = useGetList<RatingRecord>(
    'ratings',
    {
      filter: { serviceCenterId: center.id, ...(range ? { computedAt_gte: startOfDayIso(range.from), computedAt_lte: endOfDayIso(range.to) } : {}) },
      sort: { field: 'computedAt', order: 'ASC' },
      pagination: { page: 1, perPage: 500 },
    },
    { enabled: range !== null },
  );
  const columns: Column<RatingRecord>[] = [
    { label: `${T}.history.computedAt`, value: (row) => row.computedAt, render: (row) => timeLabel(row.computedAt), nowrap: true },
    { label: `${T}.history.score`, value: (row) => row.score, render: (row) => decimal(row.score), numeric: true },
    { label: `${T}.history.grade`, value: (row) => row.grade },
  ];
  return (
    <ChartCard
      id="rating-history"
      title={translate(`${T}.history.title`)}
      empty={translate(`${T}.history.empty`)}
      period={{ value: period, onChange: setPeriod }}
      loading={isLoading}
      error={error}
      rows={data?.filter((row) => row.score !== null)}
      columns={columns}
      linkOf={() => showUrl('service-centers', center.id, 'rating')}
      chart={(rows, open) => (
        <LinesChart
          points={rows.map((row) => ({ x: timeLabel(row.computedAt), score: row.score }))}
          series={[{ key: 'score', label: translate(`${T}.history.score`) }]}
          domain={[0, 100]}
          onSelect={() => open(rows[0])}
        />
      )}
    />
  );
};

/**
 * Center staff have no aggregate (the stats are for the provider's staff): their center's current
 * rating and its history, read from the center and ratings they may read.
 */
export const CenterDashboard = () => {
  const translate = useTranslate();
  const { data, isPending, error } = useGetList<Center>('service-centers', { pagination: { page: 1, perPage: 1 }, sort: { field: 'name', order: 'ASC' } });
  if (isPending) return <LinearProgress />;
  if (error) return <ErrorAlert error={error} />;
  const center = data?.[0];
  if (!center) return <Alert severity="info">{translate(`${T}.none`)}</Alert>;
  return (
    <Grid container spacing={2}>
      <Grid size={12}>
        <Card component="section" aria-label={translate(`${T}.title`)}>
          <CardContent sx={{ display: 'flex', gap: 3, alignItems: 'center', flexWrap: 'wrap' }}>
            <Box>
              <Typography variant="overline" color="text.secondary">
                {translate(`${T}.title`)}
              </Typography>
              <Typography variant="h5" component="h2">
                {center.name}
              </Typography>
              <Typography variant="body2" color="text.secondary">
                {center.city}, {center.state}
              </Typography>
            </Box>
            <Stars stars={center.ratingStars} size="large" />
            {center.ratingGrade && <Chip label={translate('resources.ratings.grade', { grade: center.ratingGrade })} />}
            <Typography variant="h6">
              {center.rating === null ? translate('resources.ratings.unrated') : translate('resources.ratings.score', { score: decimal(center.rating) })}
            </Typography>
            <Box sx={{ display: 'flex', gap: 1, ml: 'auto', flexWrap: 'wrap' }}>
              <Button component={Link} to={showUrl('service-centers', center.id)}>
                {translate(`${T}.open`)}
              </Button>
              <Button component={Link} to={showUrl('service-centers', center.id, 'rating')} variant="outlined">
                {translate(`${T}.rating`)}
              </Button>
            </Box>
          </CardContent>
        </Card>
      </Grid>
      <Grid size={12}>
        <RatingHistoryCard center={center} />
      </Grid>
    </Grid>
  );
};
