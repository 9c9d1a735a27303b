import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, CardContent, FormControlLabel, MenuItem, Stack, Switch, TextField, Typography } from '@mui/material';
import { useTranslate, useUpdate } from 'ra-core';
import type { Customer, PaymentMethod } from '../../../server/resources/types.ts';
import { PAYMENT_PLANS } from '../../../server/resources/choices.ts';
import { refusalOf, type Refusal } from '../errors.ts';
import { useFormat } from '../format.ts';
import { useCardName } from './useCardName.ts';

/** How often the customer pays, and whether auto-pay charges a saved card on the plan's dates. */
export const AutoPaySettings = ({ customer, cards }: { customer: Customer; cards: PaymentMethod[] }) => {
  const translate = useTranslate();
  const format = useFormat();
  const cardName = useCardName();
  const [plan, setPlan] = useState<Customer['paymentPlan']>(customer.paymentPlan);
  const [autoPay, setAutoPay] = useState(customer.autoPay);
  const [methodId, setMethodId] = useState(String(customer.autoPayMethodId ?? cards[0]?.id ?? ''));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, { isPending }] = useUpdate<Customer>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRefusal(null);
    setSaved(false);
    const data = { paymentPlan: plan, autoPay, ...(autoPay ? { autoPayMethodId: Number(methodId) } : {}) };
    update('customers', { id: customer.id, data, previousData: customer }, { onSuccess: () => setSaved(true), onError: (error) => setRefusal(refusalOf(error)) });
  };

  return (
    <Card component="section" aria-labelledby="payments-plan">
      <CardContent>
        <Stack component="form" spacing={2} onSubmit={submit} noValidate>
          <Typography id="payments-plan" variant="subtitle1" component="h2">
            {translate('client.payments.plan.title')}
          </Typography>
          <TextField select name="paymentPlan" label={translate('client.payments.plan.frequency')} value={plan} onChange={(event) => setPlan(event.target.value as Customer['paymentPlan'])} disabled={isPending}>
            {PAYMENT_PLANS.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`client.payments.plan.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          {customer.planAmount !== null && (
            <Typography variant="body2" color="text.secondary">
              {translate('client.payments.plan.amount', { amount: format.money(customer.planAmount) })}
            </Typography>
          )}
          <FormControlLabel control={<Switch checked={autoPay} onChange={(event) => setAutoPay(event.target.checked)} disabled={isPending || cards.length === 0} />} label={translate('client.payments.plan.autoPay')} />
          {cards.length === 0 && <Typography variant="body2">{translate('client.payments.plan.noCard')}</Typography>}
          {autoPay && cards.length > 0 && (
            <TextField select name="autoPayMethodId" label={translate('client.payments.plan.autoPayCard')} value={methodId} onChange={(event) => setMethodId(event.target.value)} disabled={isPending} error={Boolean(refusal?.errors.autoPayMethodId)} helperText={refusal?.errors.autoPayMethodId}>
              {cards.map((card) => (
                <MenuItem key={card.id} value={String(card.id)}>
                  {cardName(card)}
                </MenuItem>
              ))}
            </TextField>
          )}
          <div role="status" aria-live="polite">
            {refusal && <Alert severity="error">{refusal.message}</Alert>}
            {saved && <Alert severity="success">{translate('client.payments.plan.saved')}</Alert>}
          </div>
          <Button type="submit" variant="contained" disabled={isPending} sx={{ alignSelf: 'flex-start' }}>
            {translate('client.payments.plan.save')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};
