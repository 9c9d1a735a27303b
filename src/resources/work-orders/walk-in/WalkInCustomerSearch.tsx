import { useState, type FormEvent } from 'react';
import SearchIcon from '@mui/icons-material/Search';
import { Alert, Box, Button, Card, CardActionArea, CardContent, Stack, TextField, ToggleButton, ToggleButtonGroup, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import type { WalkInCustomer } from '../../../../server/rules/work-orders/walk-in-lookup.ts';
import { errorMessage } from '../../../components/errorMessage.ts';
import { useAppDataProvider } from '../../../providers/dataProvider.ts';

type By = 'serial' | 'name';
const t = (key: string) => `resources.work-orders.walkIn.${key}`;

/** One customer found: name, phone, vehicles and installed devices (serial, next calibration); choosing it moves on. */
const CustomerCard = ({ customer, onChoose }: { customer: WalkInCustomer; onChoose: () => void }) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined">
      <CardActionArea onClick={onChoose} aria-label={translate(t('choose'), { name: `${customer.firstName} ${customer.lastName}` })}>
        <CardContent>
          <Typography variant="subtitle1">
            {customer.firstName} {customer.lastName}
          </Typography>
          {customer.phone && <Typography variant="body2">{customer.phone}</Typography>}
          {customer.vehicles.map((v) => (
            <Typography key={v.id} variant="body2" color="text.secondary">
              {v.year} {v.make} {v.model}
            </Typography>
          ))}
          {customer.devices.map((d) => (
            <Typography key={d.id} variant="body2" color="text.secondary" sx={{ overflowWrap: 'anywhere' }}>
              {d.kind} {d.serial} · {translate(t('nextDue'), { date: d.nextCalibrationDue ?? '—' })}
            </Typography>
          ))}
        </CardContent>
      </CardActionArea>
    </Card>
  );
};

/**
 * Finds the customer at the counter by a device's serial (a scanner types it and presses Enter)
 * or by name, and lists who was found as cards to choose from.
 */
export const WalkInCustomerSearch = ({ onChoose }: { onChoose: (customer: WalkInCustomer, serial: string | null) => void }) => {
  const translate = useTranslate();
  const dataProvider = useAppDataProvider();
  const [by, setBy] = useState<By>('serial');
  const [term, setTerm] = useState('');
  const search = useMutation({
    mutationFn: async (query: { serial: string } | { name: string }) => (await dataProvider.findWalkInCustomers(query)).data,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = term.trim();
    if (value) search.mutate(by === 'serial' ? { serial: value } : { name: value });
  };
  const found = search.data;
  return (
    <Stack spacing={2}>
      <Box component="form" onSubmit={submit} role="search" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
        <ToggleButtonGroup exclusive size="small" value={by} onChange={(_e, value: By | null) => value && setBy(value)} aria-label={translate(t('searchBy'))}>
          <ToggleButton value="serial">{translate(t('bySerial'))}</ToggleButton>
          <ToggleButton value="name">{translate(t('byName'))}</ToggleButton>
        </ToggleButtonGroup>
        <TextField
          autoFocus
          fullWidth
          label={translate(by === 'serial' ? t('serial') : t('name'))}
          helperText={translate(by === 'serial' ? t('serialHint') : t('nameHint'))}
          value={term}
          onChange={(e) => setTerm(e.target.value)}
          slotProps={{ htmlInput: { maxLength: by === 'serial' ? 40 : 60, 'data-testid': 'walk-in-search' } }}
        />
        <Button type="submit" variant="contained" startIcon={<SearchIcon />} disabled={search.isPending || term.trim() === ''}>
          {translate(t('find'))}
        </Button>
      </Box>
      {search.error && <Alert severity="error">{errorMessage(search.error)}</Alert>}
      {found && found.length === 0 && <Alert severity="info">{translate(t('noneFound'))}</Alert>}
      {found?.map((customer) => (
        <CustomerCard key={customer.id} customer={customer} onChoose={() => onChoose(customer, 'serial' in (search.variables ?? {}) ? term.trim() : null)} />
      ))}
    </Stack>
  );
};
