import { Box, TextField } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { CardForm } from './api.ts';

export const EMPTY_CARD: CardForm = { cardNumber: '', expMonth: '', expYear: '', cvc: '' };

interface CardFieldsProps {
  value: CardForm;
  onChange: (value: CardForm) => void;
  /** The server's reasons by field (cardNumber, expMonth, expYear, cvc). */
  errors: Record<string, string>;
  disabled?: boolean;
}

/** A card's number, expiry and security code, with the browser's card autofill and a number keypad on phones. */
export const CardFields = ({ value, onChange, errors, disabled }: CardFieldsProps) => {
  const translate = useTranslate();
  const field = (name: keyof CardForm) => ({
    name,
    value: value[name],
    onChange: (event: { target: { value: string } }) => onChange({ ...value, [name]: event.target.value }),
    error: Boolean(errors[name]),
    helperText: errors[name],
    disabled,
    required: true,
    fullWidth: true,
  });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(3, minmax(0, 1fr))', gap: 1.5 }}>
      <TextField
        {...field('cardNumber')}
        label={translate('client.payments.card.number')}
        sx={{ gridColumn: '1 / -1' }}
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'cc-number', maxLength: 23 } }}
      />
      <TextField {...field('expMonth')} label={translate('client.payments.card.expMonth')} placeholder="MM" slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'cc-exp-month', maxLength: 2 } }} />
      <TextField {...field('expYear')} label={translate('client.payments.card.expYear')} placeholder="YYYY" slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'cc-exp-year', maxLength: 4 } }} />
      <TextField {...field('cvc')} label={translate('client.payments.card.cvc')} slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'cc-csc', maxLength: 4 } }} />
    </Box>
  );
};
