import { Box, Card, CardContent, Typography } from '@mui/material';
import { ListBase, useListContext, useTranslate } from 'react-admin';
import type { CorrectiveActionRecord } from '../resources/audits/types.ts';
import { ErrorAlert } from '../components/ErrorAlert.tsx';
import { CsvExportButton } from '../components/CsvExportButton.tsx';
import { today } from '../dates.ts';
import { ActionCard } from './ActionCard.tsx';

const T = 'resources.quality.actions';

const ActionCards = () => {
  const translate = useTranslate();
  const { data = [], isPending, error } = useListContext<CorrectiveActionRecord>();
  const day = today();
  if (error) return <ErrorAlert error={error} />;
  if (!isPending && data.length === 0) {
    return (
      <Typography variant="body2" color="text.secondary">
        {translate(`${T}.empty`)}
      </Typography>
    );
  }
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
      {data.map((action) => (
        <ActionCard key={action.id} action={action} today={day} />
      ))}
    </Box>
  );
};

/** The center's open and answered corrective actions (the findings to act on), soonest due first, stacked cards on every screen; CSV export. */
export const CenterCorrectiveActions = ({ centerId }: { centerId: number }) => {
  const translate = useTranslate();
  return (
    <ListBase<CorrectiveActionRecord>
      resource="corrective-actions"
      filter={{ serviceCenterId: centerId, status_ne: 'verified' }}
      sort={{ field: 'dueDate', order: 'ASC' }}
      perPage={200}
      disableSyncWithLocation
    >
      <Card variant="outlined" component="section" aria-labelledby="quality-actions">
        <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1.5 }}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', justifyContent: 'space-between' }}>
            <Typography variant="h6" component="h2" id="quality-actions">
              {translate(`${T}.title`)}
            </Typography>
            <CsvExportButton />
          </Box>
          <ActionCards />
        </CardContent>
      </Card>
    </ListBase>
  );
};
