import { useState } from 'react';
import { Box, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useGetList, useGetOne, useTranslate } from 'react-admin';
import type { AppointmentRequest, ServiceCenter, Vehicle } from '../../../server/resources/types.ts';
import { timeZoneOf } from '../../../server/rules/availability/time-zones.ts';
import { instantAt } from '../../../server/rules/availability/wall-clock.ts';
import type { Booking } from '../../providers/dataProvider.ts';

const T = 'resources.appointment-requests.accept';

/**
 * The booking of a request: the day and time on the center's wall clock (the customer's preference
 * to start from), the customer's vehicle (an installation, removal or switch names one) and notes
 * for the center (the customer's to start from). The server checks the rest as for any work order.
 */
export const AcceptRequestDialog = ({ request, busy, onAccept, onClose }: { request: AppointmentRequest; busy: boolean; onAccept: (booking: Booking) => void; onClose: () => void }) => {
  const translate = useTranslate();
  const [day, setDay] = useState(request.preferredDate);
  const [time, setTime] = useState(request.preferredTime);
  const [vehicleId, setVehicleId] = useState<number | ''>(request.vehicleId ?? '');
  const [notes, setNotes] = useState(request.notes ?? '');
  const { data: center } = useGetOne<ServiceCenter>('service-centers', { id: request.serviceCenterId });
  const { data: vehicles = [] } = useGetList<Vehicle>('vehicles', { filter: { customerId: request.customerId }, sort: { field: 'year', order: 'DESC' }, pagination: { page: 1, perPage: 50 } });
  const zone = center ? timeZoneOf(center.state) : null;
  const submit = () => {
    if (!zone) return;
    onAccept({ scheduledAt: instantAt(day, time, zone).toISOString(), vehicleId: vehicleId === '' ? null : vehicleId, notes: notes.trim() || null, version: request.version });
  };
  return (
    <Dialog open onClose={onClose} aria-labelledby="accept-request-title" fullWidth maxWidth="sm">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <DialogTitle id="accept-request-title">{translate(`${T}.title`)}</DialogTitle>
        <DialogContent>
          <DialogContentText>{translate(`${T}.intro`)}</DialogContentText>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 2 }}>
            <TextField type="date" label={translate(`${T}.date`)} value={day} onChange={(e) => setDay(e.target.value)} required slotProps={{ inputLabel: { shrink: true } }} />
            <TextField
              type="time"
              label={translate(`${T}.time`, { zone: zone ?? '…' })}
              value={time}
              onChange={(e) => setTime(e.target.value)}
              required
              slotProps={{ inputLabel: { shrink: true } }}
            />
          </Box>
          <TextField select fullWidth margin="normal" label={translate(`${T}.vehicle`)} value={vehicleId} onChange={(e) => setVehicleId(e.target.value === '' ? '' : Number(e.target.value))}>
            <MenuItem value="">{translate(`${T}.noVehicle`)}</MenuItem>
            {vehicles.map((vehicle) => (
              <MenuItem key={vehicle.id} value={vehicle.id}>
                {`${vehicle.year} ${vehicle.make} ${vehicle.model} (${vehicle.vin})`}
              </MenuItem>
            ))}
          </TextField>
          <TextField fullWidth multiline minRows={2} margin="normal" label={translate(`${T}.notes`)} value={notes} onChange={(e) => setNotes(e.target.value)} slotProps={{ htmlInput: { maxLength: 2000 } }} />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
          <Button type="submit" variant="contained" disabled={!zone || !day || !time || busy}>
            {translate(`${T}.button`)}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
