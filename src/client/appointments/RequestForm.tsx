import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { useCreate, useGetList, useRefresh, useTranslate } from 'ra-core';
import type { Customer, Vehicle } from '../../../server/resources/types.ts';
import type { PublicCenter } from '../../../server/rules/appointment-requests/centers.ts';
import { APPOINTMENT_REQUEST_KINDS } from '../../../server/resources/choices.ts';
import { refusalOf } from '../errors.ts';
import { CenterFacts } from './CenterFacts.tsx';
import { openAt } from './hours.ts';
import { todayIn } from './today.ts';

const T = 'client.appointments.form';

type Errors = Record<string, string>;

/**
 * The request of an appointment: what for, where (a live center of a state, with its address and
 * hours), the preferred day and time on the center's clock (checked against its hours before it
 * is sent; the server checks closures too), the vehicle and notes.
 */
export const RequestForm = ({ centers }: { centers: readonly PublicCenter[] }) => {
  const translate = useTranslate();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  const { data: own = [] } = useGetList<Customer>('customers', { pagination: { page: 1, perPage: 1 } });
  const { data: vehicles = [] } = useGetList<Vehicle>('vehicles', { sort: { field: 'year', order: 'DESC' }, pagination: { page: 1, perPage: 20 } });
  const states = [...new Set(centers.map((c) => c.state))];
  const [kind, setKind] = useState<string>(APPOINTMENT_REQUEST_KINDS[0]);
  const [chosenState, setState] = useState<string | null>(null);
  const [centerId, setCenterId] = useState('');
  const [day, setDay] = useState('');
  const [time, setTime] = useState('');
  const [vehicleId, setVehicleId] = useState('');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [outcome, setOutcome] = useState<{ sent: true } | { sent: false; message: string } | null>(null);
  // the customer's own state first, where it has centers
  const state = chosenState ?? (states.includes(String(own[0]?.state)) ? String(own[0]?.state) : (states[0] ?? ''));
  const inState = centers.filter((c) => c.state === state);
  const center = inState.find((c) => String(c.id) === centerId);

  const problems = (): Errors => {
    const found: Errors = {};
    if (center && day && day <= todayIn(center.timeZone)) found.preferredDate = translate(`${T}.notAfterToday`);
    else if (center && day && time && !openAt(center.openingHours, day, time)) found.preferredTime = translate(`${T}.closedThen`);
    return found;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setOutcome(null);
    const found = problems();
    setErrors(found);
    if (Object.keys(found).length) return;
    const data = { kind, serviceCenterId: Number(centerId), preferredDate: day, preferredTime: time, vehicleId: vehicleId ? Number(vehicleId) : null, notes: notes.trim() || null };
    create(
      'appointment-requests',
      { data },
      {
        onSuccess: () => {
          setOutcome({ sent: true });
          setDay('');
          setTime('');
          setNotes('');
          refresh();
        },
        onError: (error) => {
          const refusal = refusalOf(error);
          setErrors(refusal.errors);
          setOutcome({ sent: false, message: refusal.message });
        },
      },
    );
  };

  const field = (name: string) => ({ error: Boolean(errors[name]), helperText: errors[name] });
  const select = { select: true, fullWidth: true, slotProps: { select: { native: true }, inputLabel: { shrink: true } } } as const;
  return (
    <Card component="section" aria-labelledby="request-title">
      <CardContent>
        <Typography id="request-title" variant="h6" component="h2">
          {translate(`${T}.title`)}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          {translate(`${T}.intro`)}
        </Typography>
        {centers.length === 0 ? (
          <Alert severity="info">{translate(`${T}.noCenters`)}</Alert>
        ) : (
          <Box component="form" onSubmit={submit}>
            <Stack spacing={2}>
              <TextField {...select} label={translate(`${T}.kind`)} value={kind} onChange={(e) => setKind(e.target.value)} {...field('kind')}>
                {APPOINTMENT_REQUEST_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {translate(`client.appointments.kinds.${value}`)}
                  </option>
                ))}
              </TextField>
              <TextField
                {...select}
                label={translate(`${T}.state`)}
                value={state}
                onChange={(e) => {
                  setState(e.target.value);
                  setCenterId('');
                }}
              >
                {states.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </TextField>
              <TextField {...select} required label={translate(`${T}.center`)} value={centerId} onChange={(e) => setCenterId(e.target.value)} {...field('serviceCenterId')}>
                <option value="" disabled>
                  {translate(`${T}.chooseCenter`)}
                </option>
                {inState.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {`${c.name} — ${c.city}`}
                  </option>
                ))}
              </TextField>
              {center && <CenterFacts center={center} />}
              <TextField type="date" required fullWidth label={translate(`${T}.date`)} value={day} onChange={(e) => setDay(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} {...field('preferredDate')} />
              <TextField type="time" required fullWidth label={translate(`${T}.time`)} value={time} onChange={(e) => setTime(e.target.value)} slotProps={{ inputLabel: { shrink: true } }} {...field('preferredTime')} />
              <TextField {...select} label={translate(`${T}.vehicle`)} value={vehicleId} onChange={(e) => setVehicleId(e.target.value)} {...field('vehicleId')}>
                <option value="">{translate(`${T}.noVehicle`)}</option>
                {vehicles.map((v) => (
                  <option key={v.id} value={String(v.id)}>
                    {`${v.year} ${v.make} ${v.model}`}
                  </option>
                ))}
              </TextField>
              <TextField
                multiline
                minRows={2}
                fullWidth
                label={translate(`${T}.notes`)}
                value={notes}
                onChange={(e) => setNotes(e.target.value)}
                slotProps={{ htmlInput: { maxLength: 2000 } }}
                {...field('notes')}
              />
              {outcome?.sent === true && <Alert severity="success">{translate(`${T}.sent`)}</Alert>}
              {outcome?.sent === false && <Alert severity="error">{translate(`${T}.failed`, { reason: outcome.message })}</Alert>}
              <Button type="submit" variant="contained" size="large" disabled={isPending}>
                {translate(`${T}.submit`)}
              </Button>
            </Stack>
          </Box>
        )}
      </CardContent>
    </Card>
  );
};
