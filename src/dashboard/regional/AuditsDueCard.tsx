import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { AuditDueRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import type { Column } from '../columns.ts';
import { dayLabel } from '../format.ts';
import { showUrl } from '../links.ts';
import { usePeriod } from '../usePeriod.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.regional.auditsDue';

/** Centers whose next audit is due in the period or overdue, earliest first; a row opens the center's audits. */
export const AuditsDueCard = () => {
  const translate = useTranslate();
  const [period, setPeriod] = usePeriod('regional', 'audits-due', 'this-quarter');
  const query = useStats('audits-due', { period });
  const data = query.data;
  const columns: Column<AuditDueRow>[] = [
    { label: `${T}.center`, value: (row) => row.name },
    { label: `${T}.region`, value: (row) => row.regionName },
    { label: `${T}.lastAudit`, value: (row) => row.lastAuditDate, render: (row) => dayLabel(row.lastAuditDate), nowrap: true },
    { label: `${T}.band`, value: (row) => row.band, render: (row) => (row.band ? translate(`choices.auditBand.${row.band}`, { _: row.band }) : '—') },
    { label: `${T}.due`, value: (row) => row.nextAuditDue, render: (row) => dayLabel(row.nextAuditDue), nowrap: true },
    {
      label: `${T}.state`,
      value: (row) => translate(`${T}.states.${row.state}`),
      render: (row) => <Chip size="small" variant={row.state === 'overdue' ? 'filled' : 'outlined'} color={row.state === 'overdue' ? 'error' : 'default'} label={translate(`${T}.states.${row.state}`)} />,
    },
  ];
  return (
    <ChartCard
      id="audits-due"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { due: data.due, overdue: data.overdue })}
      empty={translate(`${T}.empty`)}
      period={{ value: period, onChange: setPeriod }}
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows}
      columns={columns}
      linkOf={(row) => showUrl('service-centers', row.serviceCenterId, 'audits')}
    />
  );
};
