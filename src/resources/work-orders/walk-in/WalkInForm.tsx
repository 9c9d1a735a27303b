import { useState, type FormEvent } from 'react';
import { Alert, Box, Button, Checkbox, FormControlLabel, FormHelperText, MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useGetList, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { ServiceCenter, WorkOrder } from '../../../../server/resources/types.ts';
import { WALK_IN_TYPES } from '../../../../server/resources/choices.ts';
import type { WalkInCustomer } from '../../../../server/rules/work-orders/walk-in-lookup.ts';
import { errorMessage } from '../../../components/errorMessage.ts';
import { toLocalDateTime } from '../../../dates.ts';
import { TimeField } from '../TimeField.tsx';
import { fieldReasons, walkInBody, type WalkInDraft } from './walkInBody.ts';

const t = (key: string) => `resources.work-orders.walkIn.${key}`;
const field = (name: string) => `resources.work-orders.fields.${name}`;
const READINGS = ['referenceStandard', 'asFoundReading', 'asLeftReading'] as const;

const minutesAgo = (minutes: number) => toLocalDateTime(new Date(Date.now() - minutes * 60_000).toISOString());

/** The draft a chosen customer starts: their center (when it is the only one), the vehicle of the serial found, a calibration from 5 minutes ago to now. */
function initialDraft(customer: WalkInCustomer, serial: string | null): WalkInDraft {
  const matched = customer.devices.find((d) => serial !== null && d.serial.toLowerCase() === serial.toLowerCase());
  return {
    serviceCenterId: null,
    customerId: customer.id,
    vehicleId: matched?.vehicleId ?? customer.vehicles[0]?.id ?? null,
    type: 'calibration',
    startedAt: minutesAgo(5),
    completedAt: minutesAgo(0),
    referenceStandard: '',
    asFoundReading: '',
    asLeftReading: '',
    referenceWithinCertificate: false,
  };
}

/**
 * The walk-in for the chosen customer: center, vehicle, type, start and end, and for a
 * calibration its readings; recorded done in one request. The server's reasons show under the
 * fields they concern, anything else above the button.
 */
export const WalkInForm = ({ customer, serial, onRecorded, onBack }: { customer: WalkInCustomer; serial: string | null; onRecorded: (order: WorkOrder) => void; onBack: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider();
  const [draft, setDraft] = useState(() => initialDraft(customer, serial));
  const { data: centers = [], isPending: centersPending } = useGetList<ServiceCenter>('service-centers', { filter: { onboardingStatus: 'live' }, pagination: { page: 1, perPage: 100 }, sort: { field: 'name', order: 'ASC' } });
  const serviceCenterId = draft.serviceCenterId ?? (centers.length === 1 ? centers[0].id : null);
  const record = useMutation({
    mutationFn: async (body: ReturnType<typeof walkInBody>) => (await dataProvider.create<WorkOrder>('work-orders', { data: body })).data,
    onSuccess: onRecorded,
  });
  const errors = fieldReasons(record.error);
  const set = <K extends keyof WalkInDraft>(key: K) => (value: WalkInDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate(walkInBody({ ...draft, serviceCenterId }));
  };
  return (
    <Box component="form" onSubmit={submit} noValidate>
      <Stack spacing={2}>
        <Typography variant="h6">
          {customer.firstName} {customer.lastName}
        </Typography>
        {centers.length !== 1 && (
          <TextField select fullWidth required label={translate(field('serviceCenterId'))} value={serviceCenterId ?? ''} onChange={(e) => set('serviceCenterId')(Number(e.target.value))} error={Boolean(errors.serviceCenterId)} helperText={errors.serviceCenterId}>
            {centers.map((c) => (
              <MenuItem key={c.id} value={c.id}>
                {c.name}
              </MenuItem>
            ))}
          </TextField>
        )}
        <TextField select fullWidth autoFocus label={translate(field('vehicleId'))} value={draft.vehicleId ?? ''} onChange={(e) => set('vehicleId')(e.target.value === '' ? null : Number(e.target.value))} error={Boolean(errors.vehicleId)} helperText={errors.vehicleId ?? translate(t('anyVehicle'))}>
          <MenuItem value="">{translate(t('allVehicles'))}</MenuItem>
          {customer.vehicles.map((v) => (
            <MenuItem key={v.id} value={v.id}>
              {v.year} {v.make} {v.model}
            </MenuItem>
          ))}
        </TextField>
        <TextField select fullWidth required label={translate(field('type'))} value={draft.type} onChange={(e) => set('type')(e.target.value)} error={Boolean(errors.type)} helperText={errors.type}>
          {WALK_IN_TYPES.map((type) => (
            <MenuItem key={type} value={type}>
              {translate(`choices.workOrderType.${type}`)}
            </MenuItem>
          ))}
        </TextField>
        <TimeField required label={translate(field('startedAt'))} value={draft.startedAt} onChange={set('startedAt')} error={errors.startedAt ?? errors.scheduledAt} />
        <TimeField required label={translate(field('completedAt'))} value={draft.completedAt} onChange={set('completedAt')} error={errors.completedAt} />
        {draft.type === 'calibration' && (
          <>
            <Typography variant="subtitle2">{translate(t('readings'))}</Typography>
            {READINGS.map((name) => (
              <TextField
                key={name}
                fullWidth
                required
                label={translate(field(name))}
                value={draft[name]}
                onChange={(e) => set(name)(e.target.value)}
                error={Boolean(errors[name])}
                helperText={errors[name] ?? translate(t(`${name}Hint`))}
                slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': name } }}
              />
            ))}
            <Box>
              <FormControlLabel
                control={<Checkbox checked={draft.referenceWithinCertificate} onChange={(e) => set('referenceWithinCertificate')(e.target.checked)} />}
                label={translate(field('referenceWithinCertificate'))}
              />
              {errors.referenceWithinCertificate && <FormHelperText error>{errors.referenceWithinCertificate}</FormHelperText>}
            </Box>
          </>
        )}
        {record.error !== null && <Alert severity="error">{errorMessage(record.error)}</Alert>}
        <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
          <Button type="submit" variant="contained" disabled={record.isPending || centersPending}>
            {translate(t('record'))}
          </Button>
          <Button onClick={onBack}>{translate(t('otherCustomer'))}</Button>
        </Box>
      </Stack>
    </Box>
  );
};
