import { useState } from 'react';
import ReportIcon from '@mui/icons-material/Report';
import { useNotify, useRecordContext } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { useAppDataProvider } from '../../providers/dataProvider.ts';
import { RecordEventDialog, type DeviceEvent } from './RecordEventDialog.tsx';

const RecordEvent = ({ device }: { device: Device }) => {
  const dataProvider = useAppDataProvider();
  const notify = useNotify();
  const [asking, setAsking] = useState(false);
  const record = useCommandMutation({
    mutationFn: (event: DeviceEvent) => dataProvider.recordDeviceEvent(device.id, event),
    onSuccess: ({ data }) => {
      setAsking(false);
      notify(data.obligation ? 'resources.devices.event.owed' : 'resources.devices.event.recorded', { type: 'info', messageArgs: { due: data.obligation?.dueAt } });
    },
  });
  return (
    <>
      <ActionButton
        resource="devices"
        action="record-event"
        record={device}
        label="resources.devices.event.button"
        icon={<ReportIcon />}
        variant="text"
        testId="record-event"
        busy={record.isPending}
        onClick={() => setAsking(true)}
      />
      {asking && <RecordEventDialog device={device} busy={record.isPending} onRecord={(event) => record.mutate(event)} onClose={() => setAsking(false)} />}
    </>
  );
};

/**
 * "Record tampering or violation" on an installed device's page, for those the server lets record
 * one (compliance, the device's center): the event, and the reporting obligation the customer's state wants.
 */
export const RecordEventButton = () => {
  const device = useRecordContext<Device>();
  return device ? <RecordEvent device={device} /> : null;
};
