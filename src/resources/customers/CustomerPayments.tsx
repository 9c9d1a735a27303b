import { Typography } from '@mui/material';
import { CanAccess, useTranslate } from 'react-admin';
import { RelatedPaymentMethods } from '../payment-methods/RelatedPaymentMethods.tsx';
import { RelatedPayments } from '../payments/RelatedPayments.tsx';

/** The customer's payments tab: their saved cards and their payments, read-only (the plan's amount and date are on the summary). */
export const CustomerPayments = (_props: { label?: false }) => {
  const translate = useTranslate();
  return (
    <>
      <CanAccess resource="payment-methods" action="list">
        <Typography variant="subtitle2" sx={{ mt: 1 }}>
          {translate('resources.customers.tabs.cards')}
        </Typography>
        <RelatedPaymentMethods />
      </CanAccess>
      <Typography variant="subtitle2" sx={{ mt: 2 }}>
        {translate('resources.customers.tabs.payments')}
      </Typography>
      <RelatedPayments />
    </>
  );
};
