import { Alert, CircularProgress, Stack } from '@mui/material';
import { useGetList, useTranslate } from 'ra-core';
import type { PaymentMethod } from '../../../server/resources/types.ts';
import { AutoPaySettings } from './AutoPaySettings.tsx';
import { BalanceCard } from './BalanceCard.tsx';
import { PayForm } from './PayForm.tsx';
import { PaymentHistory } from './PaymentHistory.tsx';
import { SavedCards } from './SavedCards.tsx';
import { useOwnCustomer } from './useOwnCustomer.ts';

/** The portal's payments page: balance and next payment, pay now, saved cards, plan and auto-pay, history. */
export const PaymentsPage = () => {
  const translate = useTranslate();
  const { customer, isPending, error } = useOwnCustomer();
  const cards = useGetList<PaymentMethod>('payment-methods', { pagination: { page: 1, perPage: 20 }, sort: { field: 'createdAt', order: 'ASC' } });
  if (isPending || cards.isPending) return <CircularProgress aria-label={translate('ra.page.loading')} />;
  if (error || !customer) return <Alert severity="error">{translate('client.payments.unavailable')}</Alert>;
  const saved = cards.data ?? [];
  return (
    <Stack spacing={2} sx={{ maxWidth: 640, mx: 'auto', width: '100%', minWidth: 0 }}>
      <BalanceCard customer={customer} />
      <PayForm customer={customer} cards={saved} />
      <SavedCards customer={customer} cards={saved} />
      <AutoPaySettings customer={customer} cards={saved} />
      <PaymentHistory />
    </Stack>
  );
};
