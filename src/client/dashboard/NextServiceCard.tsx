import { Alert, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { CustomerDashboard } from '../../../server/rules/client-portal/dashboard.ts';
import { useFormat } from '../format.ts';
import { SectionCard } from './SectionCard.tsx';

/** Today as a calendar day on the phone ('YYYY-MM-DD'). */
const localToday = () => new Date().toLocaleDateString('en-CA');

/** The next calibration due, on which device, and when the vehicle locks out if it is missed. */
export const NextServiceCard = ({ next }: { next: CustomerDashboard['nextService'] }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <SectionCard id="dashboard-next-service" title={translate('client.dashboard.nextService.title')}>
      {next ? (
        <Stack spacing={1}>
          {next.dueOn < localToday() && <Alert severity="warning">{translate('client.dashboard.nextService.overdue')}</Alert>}
          <Typography variant="h3" component="p">
            {translate('client.dashboard.nextService.due', { date: format.day(next.dueOn) })}
          </Typography>
          <Typography color="text.secondary">{translate('client.dashboard.nextService.device', { serial: next.serial })}</Typography>
          {next.lockoutOn && <Typography>{translate('client.dashboard.nextService.lockout', { date: format.day(next.lockoutOn) })}</Typography>}
        </Stack>
      ) : (
        <Typography>{translate('client.dashboard.nextService.none')}</Typography>
      )}
    </SectionCard>
  );
};
