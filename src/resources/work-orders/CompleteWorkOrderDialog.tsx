import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { completeProblem, durationMinutes, overWalkInTarget, workOrderClass } from '../../../server/rules/work-orders/rules.ts';
import type { CompletionTimes } from '../../providers/dataProvider.ts';
import { fromLocalDateTime as toIso, toLocalDateTime as toLocal } from '../../dates.ts';


/**
 * The start and end of the work (required for walk-ins), checked as they are typed with the
 * server's own rule, and a walk-in over the five-minute target flagged before it is sent.
 */
export const CompleteWorkOrderDialog = ({ record, busy, onComplete, onClose }: { record: WorkOrder; busy: boolean; onComplete: (times: CompletionTimes) => void; onClose: () => void }) => {
  const translate = useTranslate();
  const [startedAt, setStartedAt] = useState(() => toLocal(record.startedAt ?? new Date(Date.now() - 4 * 60_000).toISOString()));
  const [completedAt, setCompletedAt] = useState(() => toLocal(new Date().toISOString()));
  const walkIn = workOrderClass(record.type) === 'walk-in';
  const times = { startedAt: toIso(startedAt), completedAt: toIso(completedAt) };
  const problem = completeProblem({ type: record.type, status: record.status, authorizedAt: record.authorizedAt ?? null, scheduledAt: record.scheduledAt }, times);
  const minutes = durationMinutes(times.startedAt, times.completedAt);
  return (
    <Dialog open onClose={onClose} aria-labelledby="complete-title">
      <DialogTitle id="complete-title">{translate('resources.work-orders.complete.title', { number: record.number })}</DialogTitle>
      <DialogContent>
        <DialogContentText>{translate('resources.work-orders.complete.intro')}</DialogContentText>
        {walkIn && <DialogContentText sx={{ mt: 1 }}>{translate('resources.work-orders.complete.walkInTimes')}</DialogContentText>}
        <Box sx={{ display: 'flex', gap: 2, mt: 2 }}>
          <TextField
            type="datetime-local"
            label={translate('resources.work-orders.fields.startedAt')}
            value={startedAt}
            onChange={(e) => setStartedAt(e.target.value)}
            required={walkIn}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
          />
          <TextField
            type="datetime-local"
            label={translate('resources.work-orders.fields.completedAt')}
            value={completedAt}
            onChange={(e) => setCompletedAt(e.target.value)}
            required={walkIn}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { step: 1 } }}
          />
        </Box>
        {problem && <Alert severity="error" sx={{ mt: 2 }}>{problem.message}</Alert>}
        {!problem && minutes !== null && overWalkInTarget(record.type, times.startedAt, times.completedAt) && (
          <Alert severity="warning" sx={{ mt: 2 }}>
            {translate('resources.work-orders.complete.overTarget', { minutes: minutes.toFixed(1) })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" onClick={() => onComplete(times)} disabled={problem !== null || busy}>
          {translate('resources.work-orders.complete.button')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
