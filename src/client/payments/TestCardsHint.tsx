import { Alert } from '@mui/material';
import { useTranslate } from 'ra-core';
import { useQuery } from '@tanstack/react-query';
import { gatewayInfo } from './api.ts';

/** In the sandbox (no money moves), which test cards to use; nothing with a real processor. */
export const TestCardsHint = () => {
  const translate = useTranslate();
  const { data } = useQuery({ queryKey: ['payment-gateway'], queryFn: gatewayInfo, staleTime: Infinity });
  if (!data?.testMode) return null;
  return (
    <Alert severity="info" variant="outlined">
      {translate('client.payments.card.testMode')}
    </Alert>
  );
};
