import { Card, CardContent, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { Customer } from '../../../server/resources/types.ts';
import { nextPaymentOf } from '../../../server/rules/payments/summary.ts';
import { useFormat } from '../format.ts';

/** What the customer owes and when the next payment is due (and whether auto-pay makes it). */
export const BalanceCard = ({ customer }: { customer: Customer }) => {
  const translate = useTranslate();
  const format = useFormat();
  const next = nextPaymentOf(customer);
  return (
    <Card component="section" aria-labelledby="payments-balance">
      <CardContent>
        <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'baseline', flexWrap: 'wrap', gap: 1 }}>
          <Typography id="payments-balance" variant="subtitle1" component="h2">
            {translate('client.payments.balance')}
          </Typography>
          <Typography variant="h5" component="p">
            {format.money(customer.balance ?? 0)}
          </Typography>
        </Stack>
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {next
            ? translate(next.autoPay ? 'client.payments.nextPaymentAuto' : 'client.payments.nextPayment', { amount: format.money(next.amount), date: format.day(next.dueOn) })
            : translate('client.payments.nothingDue')}
        </Typography>
      </CardContent>
    </Card>
  );
};
