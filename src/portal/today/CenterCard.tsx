import { Alert, Box, Button, Card, CardContent, Chip, LinearProgress, Typography } from '@mui/material';
import { useGetOne, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { ServiceCenter } from '../../../server/resources/types.ts';
import { Stars } from '../../resources/ratings/Stars.tsx';
import { decimal } from '../../numbers.ts';
import { showUrl } from '../../dashboard/links.ts';
import { ErrorAlert } from '../../components/ErrorAlert.tsx';

const T = 'resources.today.center';

/** The center at the top of its agenda, compact: name, stars, grade, score and a link to how the rating is made. */
export const CenterCard = ({ centerId }: { centerId: number }) => {
  const translate = useTranslate();
  const { data: center, isPending, error } = useGetOne<ServiceCenter>('service-centers', { id: centerId });
  if (isPending) return <LinearProgress />;
  if (error) return <ErrorAlert error={error} />;
  if (!center) return <Alert severity="info">{translate('resources.today.noCenter')}</Alert>;
  return (
    <Card component="section" aria-label={translate(`${T}.title`)} variant="outlined">
      <CardContent sx={{ display: 'flex', gap: 2, alignItems: 'center', flexWrap: 'wrap', py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <Box sx={{ minWidth: 0 }}>
          <Typography variant="h6" component="h2" sx={{ overflowWrap: 'anywhere' }}>
            {center.name}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {center.city}, {center.state}
          </Typography>
        </Box>
        <Stars stars={center.ratingStars} />
        {center.ratingGrade && <Chip size="small" label={translate('resources.ratings.grade', { grade: center.ratingGrade })} />}
        <Typography variant="body2">{center.rating == null ? translate('resources.ratings.unrated') : translate('resources.ratings.score', { score: decimal(center.rating) })}</Typography>
        <Button component={Link} to={showUrl('service-centers', centerId, 'rating')} size="small" sx={{ ml: 'auto' }}>
          {translate(`${T}.rating`)}
        </Button>
      </CardContent>
    </Card>
  );
};
