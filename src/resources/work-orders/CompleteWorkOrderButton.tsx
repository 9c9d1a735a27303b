import { useState } from 'react';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField, Typography } from '@mui/material';
import TaskAltIcon from '@mui/icons-material/TaskAlt';
import { useGetIdentity, useRecordContext, useTranslate } from 'react-admin';
import type { WorkOrder } from '../../../server/resources/types.ts';
import { completeBlocker, completeProblem, durationMinutes, overWalkInTarget, workOrderClass } from '../../../server/rules/work-orders/rules.ts';
import { useCommand } from '../../components/useCommand.ts';

const COMPLETERS: readonly string[] = ['admin', 'compliance'];

/** A datetime-local value (the browser's time zone) from an ISO instant, and back. */
const toLocal = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};
const toIso = (local: string) => (local ? new Date(local).toISOString() : null);

/**
 * "Complete": admin and compliance; disabled with the reason for a closed order or a removal or
 * exchange compliance has not authorised. The dialog asks for start and end (required for walk-ins)
 * and flags a walk-in over the five-minute target before it is sent.
 */
export const CompleteWorkOrderButton = () => {
  const record = useRecordContext<WorkOrder>();
  const { identity } = useGetIdentity();
  const translate = useTranslate();
  const { busy, run } = useCommand();
  const [open, setOpen] = useState(false);
  const [startedAt, setStartedAt] = useState('');
  const [completedAt, setCompletedAt] = useState('');
  if (!record) return null;
  const order = { type: record.type, status: record.status, authorizedAt: record.authorizedAt ?? null };
  const reason = !COMPLETERS.includes(String(identity?.role))
    ? translate('resources.work-orders.complete.onlyRoles')
    : (completeBlocker(order)?.message ?? null);
  const walkIn = workOrderClass(record.type) === 'walk-in';
  const times = { startedAt: toIso(startedAt), completedAt: toIso(completedAt) };
  const problem = completeProblem(order, times);
  const minutes = durationMinutes(times.startedAt, times.completedAt);

  const openDialog = () => {
    const now = new Date();
    setStartedAt(toLocal(record.startedAt ?? new Date(now.getTime() - 4 * 60_000).toISOString()));
    setCompletedAt(toLocal(now.toISOString()));
    setOpen(true);
  };
  const complete = async () => {
    if (await run(`work-orders/${String(record.id)}/complete`, 'resources.work-orders.complete.done', times)) setOpen(false);
  };

  return (
    <Box>
      <Button variant="contained" color="success" startIcon={<TaskAltIcon />} disabled={reason !== null || busy} onClick={openDialog}>
        {translate('resources.work-orders.complete.button')}
      </Button>
      {reason && (
        <Typography variant="body2" color="text.secondary" data-testid="complete-reason">
          {reason}
        </Typography>
      )}
      <Dialog open={open} onClose={() => setOpen(false)} aria-labelledby="complete-title">
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
          <Button onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</Button>
          <Button variant="contained" onClick={complete} disabled={problem !== null || busy}>
            {translate('resources.work-orders.complete.button')}
          </Button>
        </DialogActions>
      </Dialog>
    </Box>
  );
};
