import { Alert, Box, Card, CardContent, Typography } from '@mui/material';
import { RecordContextProvider, Title, useTranslate } from 'react-admin';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { useOwnCenter } from '../components/useOwnCenter.ts';
import { ServiceCenterRating } from '../resources/ratings/ServiceCenterRating.tsx';
import { CenterAudits } from './CenterAudits.tsx';
import { CenterCorrectiveActions } from './CenterCorrectiveActions.tsx';

/**
 * The center's quality, for its staff: its rating with the explanation, history and methodology,
 * its audits' results, and the corrective actions to answer (text and evidence files).
 */
export const QualityPage = () => {
  const translate = useTranslate();
  const { center, isPending, error } = useOwnCenter();
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, py: 2, maxWidth: 960, minWidth: 0, width: '100%' }}>
      <Title title="resources.quality.title" />
      {error ? <ErrorAlert error={error} /> : null}
      {!isPending && !error && !center && <Alert severity="info">{translate('resources.quality.noCenter')}</Alert>}
      {center && (
        <>
          <CenterCorrectiveActions centerId={center.id} />
          <Card variant="outlined" component="section" aria-labelledby="quality-rating" sx={{ minWidth: 0 }}>
            <CardContent sx={{ overflowX: 'auto' }}>
              <Typography variant="h6" component="h2" id="quality-rating" gutterBottom>
                {translate('resources.quality.rating')}
              </Typography>
              <RecordContextProvider value={center}>
                <ServiceCenterRating />
              </RecordContextProvider>
            </CardContent>
          </Card>
          <CenterAudits centerId={center.id} />
        </>
      )}
    </Box>
  );
};
