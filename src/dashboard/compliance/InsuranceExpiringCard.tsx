import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { InsuranceExpiringRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import type { Column } from '../columns.ts';
import { dayLabel } from '../format.ts';
import { showUrl } from '../links.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.compliance.insurance';

/** Insurance binders expired or expiring within the server's window, soonest first; a row opens the center's onboarding paperwork. */
export const InsuranceExpiringCard = () => {
  const translate = useTranslate();
  const query = useStats('insurance-expiring');
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
  ];
  return (
    <ChartCard
      id="insurance-expiring"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { expired: data.expired, expiring: data.expiring, days: data.days })}
      empty={translate(`${T}.empty`)}
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows}
      columns={columns}
      linkOf={(row) => showUrl('service-centers', row.serviceCenterId, 'onboarding')}
    />
  );
};
