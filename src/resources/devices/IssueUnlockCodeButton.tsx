import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Alert, Box, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import {
  Button,
  useDataProvider,
  useGetIdentity,
  useGetList,
  useGetOne,
  useNotify,
  useRecordContext,
  useRefresh,
  useTranslate,
} from 'react-admin';
import type { Customer, Device, Jurisdiction, UnlockCode } from '../../../server/resources/types.ts';
import { UNLOCK_CODE_ISSUERS, startOfUtcDay, unlockCodeDecision } from '../../../server/rules/unlock-codes/rules.ts';

type CommandProvider = { command: <T>(path: string, body?: unknown) => Promise<{ data: T }> };
interface Issued {
  code: string;
  expiresAt: string;
  unlockCode: UnlockCode;
}

const ISSUERS: readonly string[] = UNLOCK_CODE_ISSUERS;
const ONE = { page: 1, perPage: 1 };

/** What the server will decide, worked out from the device's customer, jurisdiction and codes already issued. */
function useUnlockCodeDecision(device: Device | undefined, enabled: boolean) {
  const customerId = device?.customerId ?? null;
  const customer = useGetOne<Customer>('customers', { id: customerId! }, { enabled: enabled && customerId !== null });
  const jurisdictionId = customer.data?.jurisdictionId;
  const jurisdiction = useGetOne<Jurisdiction>('jurisdictions', { id: jurisdictionId! }, { enabled: enabled && jurisdictionId != null });
  const today = useGetList<UnlockCode>(
    'unlock-codes',
    { filter: { deviceId: device?.id, issuedAt_gte: startOfUtcDay(new Date()).toISOString() }, pagination: ONE },
    { enabled: enabled && device != null },
  );
  const program = useGetList<UnlockCode>('unlock-codes', { filter: { customerId }, pagination: ONE }, { enabled: enabled && customerId !== null });
  if (!device) return null;
  const loading = customerId !== null && (jurisdiction.data == null || today.total == null || program.total == null);
  if (loading && !(customer.error || jurisdiction.error || today.error || program.error)) return null;
  return {
    jurisdiction: jurisdiction.data ?? null,
    decision: unlockCodeDecision({
      jurisdiction: jurisdiction.data ?? null,
      device: { status: device.status, customerId },
      issuedToday: today.total ?? 0,
      issuedInProgram: program.total ?? 0,
    }),
  };
}

/**
 * "Issue unlock code" on a device's page (administrators and compliance reviewers): disabled with
 * the reason when a rule forbids it; asks for a reason, then shows the code once with its expiry.
 */
export const IssueUnlockCodeButton = () => {
  const device = useRecordContext<Device>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ReturnType<typeof useDataProvider> & CommandProvider>();
  const allowedRole = ISSUERS.includes(String(identity?.role));
  const rules = useUnlockCodeDecision(device, allowedRole);
  const [confirming, setConfirming] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  if (!device || !allowedRole) return null;

  const blocked = rules && !rules.decision.allowed ? rules.decision.reason : null;
  const issue = async () => {
    setBusy(true);
    setRefusal(null);
    try {
      const { data } = await dataProvider.command<Issued>(`devices/${String(device.id)}/unlock-codes`, { reason: reason.trim() || null });
      setConfirming(false);
      setReason('');
      setIssued(data);
    } catch (error) {
      const body = (error as { body?: { message?: string } }).body;
      setRefusal(body?.message ?? (error as Error).message ?? translate('ra.notification.http_error'));
    } finally {
      setBusy(false);
    }
  };
  const close = () => {
    setIssued(null);
    refresh();
  };
  const copy = async () => {
    if (!issued) return;
    try {
      await navigator.clipboard.writeText(issued.code);
      notify('resources.devices.unlock.copied', { type: 'info' });
    } catch {
      notify('resources.devices.unlock.copyFailed', { type: 'warning' });
    }
  };
  const limits = rules?.jurisdiction;

  return (
    <>
      <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
        <Button label="resources.devices.unlock.issue" onClick={() => setConfirming(true)} disabled={!rules || blocked !== null}>
          <LockOpenIcon />
        </Button>
        {blocked && (
          <Typography variant="caption" color="text.secondary" role="note" sx={{ maxWidth: 320, whiteSpace: 'normal', lineHeight: 1.3 }}>
            {blocked}
          </Typography>
        )}
      </Box>
      <Dialog open={confirming} onClose={() => !busy && setConfirming(false)} aria-labelledby="unlock-confirm-title" maxWidth="sm" fullWidth>
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
          {refusal && (
            <Alert severity="error" sx={{ mt: 2 }}>
              {refusal}
            </Alert>
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setConfirming(false)} disabled={busy} />
          <Button label="resources.devices.unlock.confirm" onClick={issue} disabled={busy} variant="contained">
            <LockOpenIcon />
          </Button>
        </DialogActions>
      </Dialog>
      <Dialog open={issued !== null} aria-labelledby="unlock-code-title" maxWidth="xs" fullWidth>
        <DialogTitle id="unlock-code-title">{translate('resources.devices.unlock.codeTitle', { serial: device.serial })}</DialogTitle>
        <DialogContent>
          <Typography
            data-testid="unlock-code"
            sx={{ fontFamily: 'monospace', fontSize: '2.5rem', letterSpacing: '0.3em', textAlign: 'center', my: 2, userSelect: 'all' }}
          >
            {issued?.code}
          </Typography>
          <DialogContentText>
            {translate('resources.devices.unlock.validUntil', { expiresAt: issued ? new Date(issued.expiresAt).toLocaleString() : '' })}
          </DialogContentText>
          <Alert severity="warning" sx={{ mt: 2 }}>
            {translate('resources.devices.unlock.shownOnce')}
          </Alert>
        </DialogContent>
        <DialogActions>
          <Button label="resources.devices.unlock.copy" onClick={copy}>
            <ContentCopyIcon />
          </Button>
          <Button label="resources.devices.unlock.done" onClick={close} variant="contained" />
        </DialogActions>
      </Dialog>
    </>
  );
};
