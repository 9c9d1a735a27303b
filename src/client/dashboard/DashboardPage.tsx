import { LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { LoadError } from '../shell/LoadError.tsx';
import { useCustomerDashboard } from './useCustomerDashboard.ts';
import { BalanceCard } from './BalanceCard.tsx';
import { NextServiceCard } from './NextServiceCard.tsx';
import { DevicesCard } from './DevicesCard.tsx';
import { AppointmentsCard } from './AppointmentsCard.tsx';
import { UnlockRuleCard } from './UnlockRuleCard.tsx';

/** The portal's home: what the customer owes, their next service, devices, appointments and unlock-code rule. */
export const DashboardPage = () => {
  const translate = useTranslate();
  const { data, error, isPending, refetch } = useCustomerDashboard();
  if (error) return <LoadError error={error} retry={() => refetch()} />;
  if (isPending || !data) return <LinearProgress />;
  return (
    <Stack spacing={2}>
      <Typography variant="h2" component="p">
        {translate('client.dashboard.greeting', { name: data.customer.firstName })}
      </Typography>
      <BalanceCard customer={data.customer} nextPayment={data.nextPayment} />
      <NextServiceCard next={data.nextService} />
      <DevicesCard devices={data.devices} />
      <AppointmentsCard appointments={data.appointments} />
      <UnlockRuleCard rules={data.unlockCodes} />
    </Stack>
  );
};
