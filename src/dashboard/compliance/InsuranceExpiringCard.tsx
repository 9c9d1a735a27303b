import { Chip, MenuItem, TextField } from '@mui/material';
import { useStore, useTranslate } from 'react-admin';
import type { InsuranceExpiringRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import type { Column } from '../columns.ts';
import { dayLabel } from '../format.ts';
import { showUrl } from '../links.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.compliance.insurance';

/** How far ahead a binder counts as expiring. */
const WINDOWS = [30, 60, 90];

/**
 * Insurance binders expired or expiring within the window chosen (30, 60 or 90 days), soonest
 * first; an expired binder stands out as blocking new work orders (the server refuses them). A
 * row opens the center's onboarding paperwork.
 */
export const InsuranceExpiringCard = () => {
  const translate = useTranslate();
  const [days, setDays] = useStore('dashboard.compliance.insurance-expiring.days', 30);
  const query = useStats('insurance-expiring', { params: { days } });
  const data = query.data;
  const columns: Column<InsuranceExpiringRow>[] = [
    { label: `${T}.center`, value: (row) => row.name },
    { label: `${T}.status`, value: (row) => translate(`choices.onboardingStatus.${row.onboardingStatus}`, { _: row.onboardingStatus }) },
    { label: `${T}.expiresOn`, value: (row) => row.insuranceExpiresOn, render: (row) => dayLabel(row.insuranceExpiresOn), nowrap: true },
    {
      label: `${T}.daysLeft`,
      value: (row) => row.daysLeft,
      render: (row) => (row.expired ? <Chip size="small" color="error" label={translate(`${T}.expired`)} /> : row.daysLeft),
      numeric: true,
    },
    {
      label: `${T}.newWorkOrders`,
      value: (row) => translate(`${T}.${row.expired ? 'refused' : 'taken'}`),
      render: (row) => (row.expired ? <Chip size="small" color="error" variant="outlined" label={translate(`${T}.refused`)} /> : translate(`${T}.taken`)),
    },
  ];
  return (
    <ChartCard
      id="insurance-expiring"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { expired: data.expired, expiring: data.expiring, days: data.days })}
      empty={translate(`${T}.empty`)}
      controls={
        <TextField select size="small" id="insurance-expiring-days" label={translate(`${T}.window`)} value={days} onChange={(e) => setDays(Number(e.target.value))} sx={{ width: 160 }}>
          {WINDOWS.map((window) => (
            <MenuItem key={window} value={window}>
              {translate(`${T}.within`, { days: window })}
            </MenuItem>
          ))}
        </TextField>
      }
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows}
      columns={columns}
      linkOf={(row) => showUrl('service-centers', row.serviceCenterId, 'onboarding')}
    />
  );
};
