import { Alert, Card, CardContent, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { ServiceCenter } from '../../server/resources/types.ts';
import { today } from '../dates.ts';
import { binderState } from './binder.ts';

const T = 'resources.paperwork.status';
const SEVERITY = { missing: 'error', lapsed: 'error', expiring: 'warning', current: 'success' } as const;

/** The center's insurance binder expiry (a warning within 45 days or once lapsed) and its W-9 on file. */
export const CenterPaperworkStatus = ({ center }: { center: ServiceCenter }) => {
  const translate = useTranslate();
  const binder = binderState(center.insuranceExpiresOn, today());
  return (
    <Card variant="outlined" component="section" aria-labelledby="paperwork-status">
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        <Typography variant="h6" component="h2" id="paperwork-status">
          {translate(`${T}.title`)}
        </Typography>
        <Alert severity={SEVERITY[binder.state]} data-testid="binder-state">
          {translate(`${T}.binder.${binder.state}`, { date: center.insuranceExpiresOn ?? '', smart_count: 'days' in binder ? binder.days : 0 })}
        </Alert>
        <Typography variant="body2">{center.w9ReceivedOn ? translate(`${T}.w9`, { date: center.w9ReceivedOn }) : translate(`${T}.noW9`)}</Typography>
      </CardContent>
    </Card>
  );
};
