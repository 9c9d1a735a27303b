import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { usd } from '../../numbers.ts';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Typography } from '@mui/material';
import { Button, useNotify, useTranslate } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import type { IssuedUnlockCode } from '../../providers/dataProvider.ts';

/** The code just issued, shown this once with its expiry, and a copy button. */
export const UnlockCodeDialog = ({ device, issued, onClose }: { device: Device; issued: IssuedUnlockCode; onClose: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued.code);
      notify('resources.devices.unlock.copied', { type: 'info' });
    } catch {
      notify('resources.devices.unlock.copyFailed', { type: 'warning' });
    }
  };
  return (
    <Dialog open aria-labelledby="unlock-code-title" maxWidth="xs" fullWidth>
      <DialogTitle id="unlock-code-title">{translate('resources.devices.unlock.codeTitle', { serial: device.serial })}</DialogTitle>
      <DialogContent>
        <Typography data-testid="unlock-code" sx={{ fontFamily: 'monospace', fontSize: '2.5rem', letterSpacing: '0.3em', textAlign: 'center', my: 2, userSelect: 'all' }}>
          {issued.code}
        </Typography>
        <DialogContentText>{translate('resources.devices.unlock.validUntil', { expiresAt: new Date(issued.expiresAt).toLocaleString() })}</DialogContentText>
        {issued.unlockCode.fee ? <DialogContentText>{translate('resources.devices.unlock.fee', { fee: usd(issued.unlockCode.fee) })}</DialogContentText> : null}
        <Alert severity="warning" sx={{ mt: 2 }}>
          {translate('resources.devices.unlock.shownOnce')}
        </Alert>
      </DialogContent>
      <DialogActions>
        <Button label="resources.devices.unlock.copy" onClick={copy}>
          <ContentCopyIcon />
        </Button>
        <Button label="resources.devices.unlock.done" onClick={onClose} variant="contained" />
      </DialogActions>
    </Dialog>
  );
};
