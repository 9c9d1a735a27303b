import { useState } from 'react';
import LockOpenIcon from '@mui/icons-material/LockOpen';
import { useRecordContext } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { useAppDataProvider, type IssuedUnlockCode } from '../../providers/dataProvider.ts';
import { IssueUnlockCodeDialog } from './IssueUnlockCodeDialog.tsx';
import { UnlockCodeDialog } from './UnlockCodeDialog.tsx';

const IssueUnlockCode = ({ device }: { device: Device }) => {
  const dataProvider = useAppDataProvider();
  const [asking, setAsking] = useState(false);
  const [issued, setIssued] = useState<IssuedUnlockCode | null>(null);
  const issue = useCommandMutation({
    mutationFn: (reason: string | null) => dataProvider.issueUnlockCode(device.id, { reason }),
    onSuccess: ({ data }) => {
      setAsking(false);
      setIssued(data);
    },
  });
  return (
    <>
      <ActionButton
        resource="devices"
        action="issue-unlock-code"
        record={device}
        label="resources.devices.unlock.issue"
        icon={<LockOpenIcon />}
        variant="text"
        testId="unlock"
        busy={issue.isPending}
        onClick={() => setAsking(true)}
      />
      {asking && <IssueUnlockCodeDialog device={device} busy={issue.isPending} onIssue={(reason) => issue.mutate(reason)} onClose={() => setAsking(false)} />}
      {issued && <UnlockCodeDialog device={device} issued={issued} onClose={() => setIssued(null)} />}
    </>
  );
};

/**
 * "Issue unlock code" on a device's page, for those the server lets issue one; disabled with the
 * server's reason when a rule of the customer's state forbids it (not allowed there, a limit
 * reached, the device not installed). Asks for a reason, then shows the code once.
 */
export const IssueUnlockCodeButton = () => {
  const device = useRecordContext<Device>();
  return device ? <IssueUnlockCode device={device} /> : null;
};
