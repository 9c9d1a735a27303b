import { LinearProgress, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import { LoadError } from '../shell/LoadError.tsx';
import { useCustomerDashboard } from '../dashboard/useCustomerDashboard.ts';
import { CodeForDevice } from './CodeForDevice.tsx';
import { NoCodesHere } from './NoCodesHere.tsx';

/** Unlock codes: obtained here where the customer's state allows them, else whom to call. */
export const UnlockPage = () => {
  const translate = useTranslate();
  const { data, error, isPending, refetch } = useCustomerDashboard();
  if (error) return <LoadError error={error} retry={() => refetch()} />;
  if (isPending || !data) return <LinearProgress />;
  return (
    <Stack spacing={2}>
      <Typography>{translate('client.unlock.intro')}</Typography>
      {data.unlockCodes.allowed ? <CodeForDevice devices={data.devices} rules={data.unlockCodes} /> : <NoCodesHere rules={data.unlockCodes} />}
    </Stack>
  );
};
