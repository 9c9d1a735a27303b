import { useState } from 'react';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Alert, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { Button, useGetOne, useTranslate } from 'react-admin';
import type { Customer, Device, Jurisdiction } from '../../../server/resources/types.ts';

/** The state whose rules apply to the device: its customer's jurisdiction. */
function useJurisdictionOf(device: Device) {
  const customerId = device.customerId ?? null;
  const customer = useGetOne<Customer>('customers', { id: customerId! }, { enabled: customerId !== null });
  const jurisdictionId = customer.data?.jurisdictionId;
  return useGetOne<Jurisdiction>('jurisdictions', { id: jurisdictionId! }, { enabled: jurisdictionId != null }).data;
}

/** Asks for the reason of an unlock code, with the state's validity and limits. */
export const IssueUnlockCodeDialog = ({ device, busy, onIssue, onClose }: { device: Device; busy: boolean; onIssue: (reason: string | null) => void; onClose: () => void }) => {
  const translate = useTranslate();
  const limits = useJurisdictionOf(device);
  const [reason, setReason] = useState('');
  return (
    <Dialog open onClose={() => !busy && onClose()} aria-labelledby="unlock-confirm-title" maxWidth="sm" fullWidth>
      <DialogTitle id="unlock-confirm-title">{translate('resources.devices.unlock.confirmTitle', { serial: device.serial })}</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {translate('resources.devices.unlock.confirmText', {
            state: limits ? `${limits.name} (${limits.code})` : '',
            hours: limits?.unlockCodeValidHours ?? '',
          })}
        </DialogContentText>
        {limits?.unlockCodeLimits && (
          <Alert severity="info" sx={{ mt: 2 }}>
            {limits.unlockCodeLimits}
          </Alert>
        )}
        <TextField
          label={translate('resources.devices.unlock.reason')}
          helperText={translate('resources.devices.unlock.reasonHelp')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          slotProps={{ htmlInput: { maxLength: 500 } }}
          multiline
          minRows={2}
          fullWidth
          sx={{ mt: 2 }}
        />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} disabled={busy} />
        <Button label="resources.devices.unlock.confirm" onClick={() => onIssue(reason.trim() || null)} disabled={busy} variant="contained">
          <LockOpenIcon />
        </Button>
      </DialogActions>
    </Dialog>
  );
};
