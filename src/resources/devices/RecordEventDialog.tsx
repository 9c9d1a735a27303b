import { useState } from 'react';
import ReportIcon from '@mui/icons-material/Report';
import { Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { Button, useTranslate } from 'react-admin';
import type { Device } from '../../../server/resources/types.ts';
import { choicesOf } from '../../components/choices.ts';

export interface DeviceEvent {
  kind: 'tampering' | 'violation';
  at: string;
  notes: string | null;
}

/** `datetime-local` value of an instant, in the browser's zone. */
const localValue = (date: Date) => new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** Asks what happened to the device, when (the browser's clock) and what was seen. */
export const RecordEventDialog = ({ device, busy, onRecord, onClose }: { device: Device; busy: boolean; onRecord: (event: DeviceEvent) => void; onClose: () => void }) => {
  const translate = useTranslate();
  const [kind, setKind] = useState<DeviceEvent['kind']>('tampering');
  const [at, setAt] = useState(localValue(new Date()));
  const [notes, setNotes] = useState('');
  return (
    <Dialog open onClose={() => !busy && onClose()} aria-labelledby="record-event-title" maxWidth="sm" fullWidth>
      <DialogTitle id="record-event-title">{translate('resources.devices.event.title', { serial: device.serial })}</DialogTitle>
      <DialogContent>
        <TextField select label={translate('resources.devices.event.kind')} value={kind} onChange={(e) => setKind(e.target.value as DeviceEvent['kind'])} fullWidth sx={{ mt: 1 }}>
          {choicesOf('deviceEventKind').map((choice) => (
            <MenuItem key={choice.id} value={choice.id}>
              {translate(choice.name)}
            </MenuItem>
          ))}
        </TextField>
        <TextField type="datetime-local" label={translate('resources.devices.event.at')} value={at} onChange={(e) => setAt(e.target.value)} fullWidth sx={{ mt: 2 }} slotProps={{ inputLabel: { shrink: true } }} />
        <TextField label={translate('resources.devices.event.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} multiline minRows={2} fullWidth sx={{ mt: 2 }} slotProps={{ htmlInput: { maxLength: 2000 } }} />
      </DialogContent>
      <DialogActions>
        <Button label="ra.action.cancel" onClick={onClose} disabled={busy} />
        <Button label="resources.devices.event.confirm" onClick={() => onRecord({ kind, at: new Date(at).toISOString(), notes: notes.trim() || null })} disabled={busy || !at} variant="contained">
          <ReportIcon />
        </Button>
      </DialogActions>
    </Dialog>
  );
};
