import { Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'ra-core';
import type { Payment } from '../../../server/resources/types.ts';
import { brandName } from './cardName.ts';
import { useFormat } from '../format.ts';

/** The customer's payments, newest first: when, how much, how it went, which card. */
export const PaymentHistory = () => {
  const translate = useTranslate();
  const format = useFormat();
  const { data, isPending } = useGetList<Payment>('payments', { pagination: { page: 1, perPage: 50 }, sort: { field: 'createdAt', order: 'DESC' } });
  return (
    <Card component="section" aria-labelledby="payments-history">
      <CardContent>
        <Typography id="payments-history" variant="subtitle1" component="h2">
          {translate('client.payments.history.title')}
        </Typography>
        {!isPending && !data?.length && <Typography color="text.secondary">{translate('client.payments.history.empty')}</Typography>}
        <List disablePadding>
          {data?.map((payment) => (
            <ListItem key={payment.id} disableGutters divider>
              <ListItemText
                primary={
                  <Stack direction="row" sx={{ justifyContent: 'space-between', gap: 1 }}>
                    <span>{format.moment(payment.createdAt)}</span>
                    <strong>{format.money(payment.amount)}</strong>
                  </Stack>
                }
                secondary={[
                  translate(`client.payments.history.status.${payment.status}`),
                  translate(`client.payments.history.kind.${payment.kind}`),
                  payment.cardBrand && payment.cardLast4 ? translate('client.payments.cards.name', { brand: brandName(payment.cardBrand), last4: payment.cardLast4 }) : null,
                  payment.failureReason,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              />
            </ListItem>
          ))}
        </List>
      </CardContent>
    </Card>
  );
};
