import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useTranslate } from 'ra-core';
import { useFormat } from '../format.ts';

/** A code costs the state's fee: asked once more before it is issued. */
export const ConfirmIssue = ({ open, fee, pending, onCancel, onConfirm }: { open: boolean; fee: number | null; pending: boolean; onCancel: () => void; onConfirm: () => void }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <Dialog open={open} onClose={onCancel} aria-labelledby="unlock-confirm-title" aria-describedby="unlock-confirm-text">
      <DialogTitle id="unlock-confirm-title">{translate('client.unlock.confirmTitle')}</DialogTitle>
      <DialogContent>
        <DialogContentText id="unlock-confirm-text">{fee ? translate('client.unlock.confirmFee', { fee: format.money(fee) }) : translate('client.unlock.confirmFree')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={onConfirm} disabled={pending}>
          {translate('client.unlock.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
