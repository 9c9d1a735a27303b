import { Chip, Stack, Typography } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { CustomerDashboard } from '../../../server/rules/client-portal/dashboard.ts';
import { useFormat } from '../format.ts';
import { SectionCard } from './SectionCard.tsx';

/** What the customer owes, their plan and whether auto-pay is on. */
export const BalanceCard = ({ customer, nextPayment }: { customer: CustomerDashboard['customer']; nextPayment: CustomerDashboard['nextPayment'] }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <SectionCard id="dashboard-balance" title={translate('client.dashboard.balance.title')}>
      {customer.balance > 0 ? (
        <>
          <Typography color="text.secondary">{translate('client.dashboard.balance.owed')}</Typography>
          <Typography variant="h3" component="p" sx={{ fontSize: '2rem' }} data-testid="balance">
            {format.money(customer.balance)}
          </Typography>
        </>
      ) : (
        <Typography data-testid="balance">{translate('client.dashboard.balance.settled')}</Typography>
      )}
      {nextPayment && (
        <Typography sx={{ mt: 1 }} data-testid="next-payment">
          {translate(nextPayment.autoPay ? 'client.dashboard.balance.nextAutoPay' : 'client.dashboard.balance.nextPayment', {
            amount: format.money(nextPayment.amount),
            day: format.day(nextPayment.dueOn),
          })}
        </Typography>
      )}
      <Stack direction="row" spacing={1} useFlexGap sx={{ mt: 1, flexWrap: 'wrap' }}>
        <Chip label={translate('client.dashboard.balance.plan', { plan: translate(`client.dashboard.plans.${customer.paymentPlan}`, { _: customer.paymentPlan }) })} />
        <Chip color={customer.autoPay ? 'success' : 'default'} variant="outlined" label={translate(customer.autoPay ? 'client.dashboard.balance.autoPayOn' : 'client.dashboard.balance.autoPayOff')} />
      </Stack>
    </SectionCard>
  );
};
