import { useState, type FormEvent } from 'react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import { useRefresh, useTranslate } from 'ra-core';
import { saveCard } from './api.ts';
import { CardFields, EMPTY_CARD } from './CardFields.tsx';
import { refusalOf, type Refusal } from '../errors.ts';
import { TestCardsHint } from './TestCardsHint.tsx';

/** Saves a new card (with an optional name for it). */
export const AddCardForm = ({ onDone }: { onDone: () => void }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [card, setCard] = useState(EMPTY_CARD);
  const [label, setLabel] = useState('');
  const [pending, setPending] = useState(false);
  const [refusal, setRefusal] = useState<Refusal | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setPending(true);
    setRefusal(null);
    try {
      await saveCard(card, label);
      refresh();
      onDone();
    } catch (error) {
      setRefusal(refusalOf(error));
    } finally {
      setPending(false);
    }
  };

  return (
    <Stack component="form" spacing={1.5} onSubmit={submit} noValidate aria-label={translate('client.payments.cards.add')}>
      <TestCardsHint />
      <CardFields value={card} onChange={setCard} errors={refusal?.errors ?? {}} disabled={pending} />
      <TextField name="label" label={translate('client.payments.card.label')} value={label} onChange={(event) => setLabel(event.target.value)} disabled={pending} slotProps={{ htmlInput: { maxLength: 60 } }} />
      {refusal && <Alert severity="error">{refusal.message}</Alert>}
      <Stack direction="row" spacing={1}>
        <Button type="submit" variant="contained" disabled={pending}>
          {translate('client.payments.card.save')}
        </Button>
        <Button onClick={onDone} disabled={pending}>
          {translate('client.payments.cards.cancel')}
        </Button>
      </Stack>
    </Stack>
  );
};
