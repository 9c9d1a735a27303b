import { useState } from 'react';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useRecordContext } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { useAppDataProvider, type CompletionTimes } from '../../providers/dataProvider.ts';
import { CompleteWorkOrderDialog } from './CompleteWorkOrderDialog.tsx';

const CompleteCommand = ({ record }: { record: WorkOrder }) => {
  const dataProvider = useAppDataProvider();
  const [open, setOpen] = useState(false);
  const complete = useCommandMutation({
    mutationFn: (times: CompletionTimes) => dataProvider.completeWorkOrder(record.id, times),
    successMessage: 'resources.work-orders.complete.done',
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <ActionButton
        resource="work-orders"
        action="complete"
        record={record}
        label="resources.work-orders.complete.button"
        icon={<TaskAltIcon />}
        color="success"
        testId="complete"
        busy={complete.isPending}
        onClick={() => setOpen(true)}
      />
      {open && <CompleteWorkOrderDialog record={record} busy={complete.isPending} onComplete={(times) => complete.mutate(times)} onClose={() => setOpen(false)} />}
    </>
  );
};

/**
 * "Complete": for those the server lets complete the order, disabled with its reason (closed, a
 * removal or exchange compliance has not authorised). The dialog asks for start and end.
 */
export const CompleteWorkOrderButton = () => {
  const record = useRecordContext<WorkOrder>();
  return record ? <CompleteCommand record={record} /> : null;
};
