import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, CardContent, InputAdornment, Stack, TextField, Typography } from '@mui/material';
import { useRefresh, useTranslate } from 'ra-core';
import type { Customer, Payment, PaymentMethod } from '../../../server/resources/types.ts';
import { payNow, saveCard } from './api.ts';
import { CardChoice } from './CardChoice.tsx';
import { CardFields, EMPTY_CARD } from './CardFields.tsx';
import { refusalOf, type Refusal } from '../errors.ts';
import { useFormat } from '../format.ts';
import { TestCardsHint } from './TestCardsHint.tsx';

type Outcome = { paid: Payment } | { refused: Refusal } | null;

/** Pays now: the amount (the balance to start with), a saved card or a new one; shows the receipt or the processor's reason. */
export const PayForm = ({ customer, cards }: { customer: Customer; cards: PaymentMethod[] }) => {
  const translate = useTranslate();
  const format = useFormat();
  const refresh = useRefresh();
  const balance = customer.balance ?? 0;
  const [amount, setAmount] = useState(balance > 0 ? balance.toFixed(2) : '');
  const [choice, setChoice] = useState(cards[0] ? String(cards[0].id) : 'new');
  const [card, setCard] = useState(EMPTY_CARD);
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const errors = outcome && 'refused' in outcome ? outcome.refused.errors : {};

  if (balance <= 0 && !outcome) {
    return (
      <Card component="section">
        <CardContent>
          <Typography>{translate('client.payments.pay.nothingDue')}</Typography>
        </CardContent>
      </Card>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setOutcome(null);
    let changed = false;
    try {
      let methodId = Number(choice);
      if (choice === 'new') {
        methodId = (await saveCard(card, '')).id;
        changed = true;
        setChoice(String(methodId));
        setCard(EMPTY_CARD);
      }
      const paid = await payNow(Number(amount), methodId);
      changed = true;
      setOutcome({ paid });
      setAmount(Math.max(0, balance - paid.amount).toFixed(2));
    } catch (error) {
      setOutcome({ refused: refusalOf(error) });
    } finally {
      setPending(false);
      // the new card and the lowered balance show everywhere on the page
      if (changed) refresh();
    }
  };

  return (
    <Card component="section" aria-labelledby="payments-pay">
      <CardContent>
        <Stack component="form" spacing={2} onSubmit={submit} noValidate>
          <Typography id="payments-pay" variant="subtitle1" component="h2">
            {translate('client.payments.pay.title')}
          </Typography>
          <TextField
            name="amount"
            label={translate('client.payments.pay.amount')}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            error={Boolean(errors.amount)}
            helperText={errors.amount}
            required
            disabled={pending}
            slotProps={{ input: { startAdornment: <InputAdornment position="start">$</InputAdornment> }, htmlInput: { inputMode: 'decimal' } }}
          />
          <CardChoice cards={cards} value={choice} onChange={setChoice} disabled={pending} />
          {choice === 'new' && (
            <>
              <TestCardsHint />
              <CardFields value={card} onChange={setCard} errors={errors} disabled={pending} />
            </>
          )}
          {errors.paymentMethodId && <Typography color="error">{errors.paymentMethodId}</Typography>}
          <div role="status" aria-live="polite">
            {outcome && 'paid' in outcome && (
              <Alert severity="success">
                {translate('client.payments.pay.success', { amount: format.money(outcome.paid.amount), reference: outcome.paid.gatewayReference ?? '' })}
              </Alert>
            )}
            {outcome && 'refused' in outcome && <Alert severity="error">{translate('client.payments.pay.refused', { reason: outcome.refused.message })}</Alert>}
          </div>
          <Button type="submit" variant="contained" size="large" disabled={pending || !(Number(amount) > 0)}>
            {pending ? translate('client.payments.pay.paying') : translate('client.payments.pay.submit', { amount: Number(amount) > 0 ? format.money(Number(amount)) : '' })}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};
