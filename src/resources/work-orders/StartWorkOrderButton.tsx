import { useState } from 'react';
import PlayArrowIcon from '@mui/icons-material/PlayArrow';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { startProblem } from '../../../server/rules/work-orders/rules.ts';
import { ActionButton } from '../../components/ActionButton.tsx';
import { useCommandMutation } from '../../components/useCommandMutation.ts';
import { fromLocalDateTime, toLocalDateTime } from '../../dates.ts';
import { useAppDataProvider, type StartTimes } from '../../providers/dataProvider.ts';
import { TimeField } from './TimeField.tsx';

/** When the customer arrived and the work started (both now by default), checked as typed with the server's rule. */
const StartDialog = ({ record, busy, onStart, onClose }: { record: WorkOrder; busy: boolean; onStart: (times: StartTimes) => void; onClose: () => void }) => {
  const translate = useTranslate();
  const [arrivedAt, setArrivedAt] = useState(() => toLocalDateTime(new Date().toISOString()));
  const [startedAt, setStartedAt] = useState(arrivedAt);
  const times = { arrivedAt: fromLocalDateTime(arrivedAt), startedAt: fromLocalDateTime(startedAt) };
  const problem = times.arrivedAt && times.startedAt ? startProblem({ arrivedAt: times.arrivedAt, startedAt: times.startedAt }, new Date().toISOString()) : null;
  return (
    <Dialog open onClose={onClose} aria-labelledby="start-title" fullWidth maxWidth="xs">
      <DialogTitle id="start-title">{translate('resources.work-orders.start.title', { number: record.number })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('resources.work-orders.start.intro')}</DialogContentText>
        <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2, mt: 2 }}>
          <TimeField label={translate('resources.work-orders.fields.arrivedAt')} value={arrivedAt} onChange={setArrivedAt} error={problem?.field === 'arrivedAt' ? problem.message : null} />
          <TimeField label={translate('resources.work-orders.fields.startedAt')} value={startedAt} onChange={setStartedAt} error={problem?.field === 'startedAt' ? problem.message : null} />
        </Box>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => onStart(times)} disabled={problem !== null || busy}>
          {translate('resources.work-orders.start.button')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};

const StartCommand = ({ record }: { record: WorkOrder }) => {
  const dataProvider = useAppDataProvider();
  const [open, setOpen] = useState(false);
  const start = useCommandMutation({
    mutationFn: (times: StartTimes) => dataProvider.startWorkOrder(record.id, times),
    successMessage: 'resources.work-orders.start.done',
    onSuccess: () => setOpen(false),
  });
  return (
    <>
      <ActionButton
        resource="work-orders"
        action="start"
        record={record}
        label="resources.work-orders.start.button"
        icon={<PlayArrowIcon />}
        testId="start"
        busy={start.isPending}
        onClick={() => setOpen(true)}
      />
      {open && <StartDialog record={record} busy={start.isPending} onStart={(times) => start.mutate(times)} onClose={() => setOpen(false)} />}
    </>
  );
};

/** "Start": the customer arrived and the work began; for those the server lets start the order, disabled with its reason otherwise. */
export const StartWorkOrderButton = () => {
  const record = useRecordContext<WorkOrder>();
  return record ? <StartCommand record={record} /> : null;
};
