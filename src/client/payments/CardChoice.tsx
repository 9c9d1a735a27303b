import { FormControl, FormControlLabel, FormLabel, Radio, RadioGroup } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { PaymentMethod } from '../../../server/resources/types.ts';
import { useCardName } from './useCardName.ts';

/** Which card pays: one of the saved cards, or a new one ('new'). */
export const CardChoice = ({ cards, value, onChange, disabled }: { cards: PaymentMethod[]; value: string; onChange: (value: string) => void; disabled?: boolean }) => {
  const translate = useTranslate();
  const cardName = useCardName();
  return (
    <FormControl component="fieldset" disabled={disabled}>
      <FormLabel component="legend">{translate('client.payments.pay.card')}</FormLabel>
      <RadioGroup name="paymentMethod" value={value} onChange={(event) => onChange(event.target.value)}>
        {cards.map((card) => (
          <FormControlLabel key={card.id} value={String(card.id)} control={<Radio />} label={cardName(card)} />
        ))}
        <FormControlLabel value="new" control={<Radio />} label={translate('client.payments.pay.newCard')} />
      </RadioGroup>
    </FormControl>
  );
};
