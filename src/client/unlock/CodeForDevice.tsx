import { useState } from 'react';
import { Alert, Button, Stack } from '@mui/material';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useTranslate } from 'ra-core';
import type { DashboardDevice, UnlockCodeRules } from '../../../server/rules/client-portal/dashboard.ts';
import { DevicePicker } from './DevicePicker.tsx';
import { ConfirmIssue } from './ConfirmIssue.tsx';
import { IssuedCode } from './IssuedCode.tsx';
import { useIssueUnlockCode } from './useIssueUnlockCode.ts';
import { reasonOf } from '../errors.ts';

/** Where the state gives codes: the handset (chosen among several), whether a code can be had now, the fee asked, the code. */
export const CodeForDevice = ({ devices, rules }: { devices: DashboardDevice[]; rules: UnlockCodeRules }) => {
  const translate = useTranslate();
  // a code is typed on the handset: the handsets installed are what it can be for
  const installed = devices.filter((device) => device.status === 'installed' && device.kind === 'handset');
  const [chosen, setChosen] = useState(installed[0]?.id);
  const [asking, setAsking] = useState(false);
  const issue = useIssueUnlockCode();
  const device = installed.find((d) => d.id === chosen);

  if (issue.data) return <IssuedCode issued={issue.data} />;
  if (!device) return <Alert severity="info">{translate('client.unlock.noDevice')}</Alert>;
  return (
    <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
      {installed.length > 1 && <DevicePicker devices={installed} value={device.id} onChange={setChosen} />}
      {!device.unlockCode.allowed && <Alert severity="warning">{translate('client.unlock.notNow', { reason: device.unlockCode.reason })}</Alert>}
      {issue.error && <Alert severity="error">{translate('client.unlock.failed', { reason: reasonOf(issue.error) })}</Alert>}
      <Button variant="contained" size="large" startIcon={<LockOpenIcon />} disabled={!device.unlockCode.allowed || issue.isPending} onClick={() => setAsking(true)}>
        {translate('client.unlock.get')}
      </Button>
      <ConfirmIssue
        open={asking}
        fee={rules.fee}
        pending={issue.isPending}
        onCancel={() => setAsking(false)}
        onConfirm={() => {
          setAsking(false);
          issue.mutate(device.id);
        }}
      />
    </Stack>
  );
};
