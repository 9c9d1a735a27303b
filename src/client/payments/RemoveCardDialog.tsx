import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from 'ra-core';
import type { PaymentMethod } from '../../../server/resources/types.ts';
import { useCardName } from './useCardName.ts';

/** "Remove this card?": the confirmation before a saved card is removed. */
export const RemoveCardDialog = ({ card, pending, onCancel, onConfirm }: { card: PaymentMethod | null; pending: boolean; onCancel: () => void; onConfirm: () => void }) => {
  const translate = useTranslate();
  const cardName = useCardName();
  return (
    <Dialog open={card !== null} onClose={onCancel} aria-labelledby="remove-card-title">
      <DialogTitle id="remove-card-title">{translate('client.payments.cards.removeTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText>{card ? translate('client.payments.cards.removeBody', { card: cardName(card) }) : null}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} autoFocus>
          {translate('client.payments.cards.cancel')}
        </Button>
        <Button color="error" variant="contained" onClick={onConfirm} disabled={pending}>
          {translate('client.payments.cards.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
