import { useState } from 'react';
import { Alert, Button, Card, CardContent, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { useDelete, useTranslate } from 'ra-core';
import type { Customer, PaymentMethod } from '../../../server/resources/types.ts';
import { AddCardForm } from './AddCardForm.tsx';
import { RemoveCardDialog } from './RemoveCardDialog.tsx';
import { refusalOf } from '../errors.ts';
import { useCardName } from './useCardName.ts';

/** The customer's saved cards: remove one (after confirming), add one. */
export const SavedCards = ({ customer, cards }: { customer: Customer; cards: PaymentMethod[] }) => {
  const translate = useTranslate();
  const cardName = useCardName();
  const [removing, setRemoving] = useState<PaymentMethod | null>(null);
  const [adding, setAdding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [remove, { isPending }] = useDelete();

  const confirmRemove = () => {
    if (!removing) return;
    setProblem(null);
    remove(
      'payment-methods',
      { id: removing.id, previousData: removing },
      { onSuccess: () => setRemoving(null), onError: (error) => (setRemoving(null), setProblem(refusalOf(error).message)) },
    );
  };

  return (
    <Card component="section" aria-labelledby="payments-cards">
      <CardContent>
        <Stack spacing={1.5}>
          <Typography id="payments-cards" variant="subtitle1" component="h2">
            {translate('client.payments.cards.title')}
          </Typography>
          {cards.length === 0 ? (
            <Typography color="text.secondary">{translate('client.payments.cards.empty')}</Typography>
          ) : (
            <List disablePadding>
              {cards.map((card) => (
                <ListItem
                  key={card.id}
                  disableGutters
                  secondaryAction={
                    <Button color="error" onClick={() => setRemoving(card)} aria-label={translate('client.payments.cards.removeNamed', { card: cardName(card) })}>
                      {translate('client.payments.cards.remove')}
                    </Button>
                  }
                >
                  <ListItemText
                    primary={cardName(card)}
                    secondary={customer.autoPay && customer.autoPayMethodId === card.id ? translate('client.payments.cards.autoPay') : undefined}
                    sx={{ pr: 10, overflowWrap: 'anywhere' }}
                  />
                </ListItem>
              ))}
            </List>
          )}
          {problem && <Alert severity="error">{problem}</Alert>}
          {adding ? (
            <AddCardForm onDone={() => setAdding(false)} />
          ) : (
            <Button variant="outlined" onClick={() => setAdding(true)} sx={{ alignSelf: 'flex-start' }}>
              {translate('client.payments.cards.add')}
            </Button>
          )}
        </Stack>
      </CardContent>
      <RemoveCardDialog card={removing} pending={isPending} onCancel={() => setRemoving(null)} onConfirm={confirmRemove} />
    </Card>
  );
};
