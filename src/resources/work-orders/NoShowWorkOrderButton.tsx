import EventBusyIcon from '@mui/icons-material/EventBusy';
import { useRecordContext } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { CommandButton } from '../../components/CommandButton.tsx';
import { useAppDataProvider } from '../../providers/dataProvider.ts';

/** "No-show", after a confirmation: once the appointment's time has passed (the server's reason shows until then). */
export const NoShowWorkOrderButton = () => {
  const record = useRecordContext<WorkOrder>();
  const dataProvider = useAppDataProvider();
  if (!record) return null;
  return (
    <CommandButton
      resource="work-orders"
      action="no-show"
      record={record}
      label="resources.work-orders.noShow.button"
      icon={<EventBusyIcon />}
      color="warning"
      variant="outlined"
      testId="no-show"
      run={() => dataProvider.markNoShow(record.id)}
      successMessage="resources.work-orders.noShow.done"
      confirm={{ title: 'resources.work-orders.noShow.confirmTitle', content: 'resources.work-orders.noShow.confirmContent', translateOptions: { number: record.number } }}
    />
  );
};
