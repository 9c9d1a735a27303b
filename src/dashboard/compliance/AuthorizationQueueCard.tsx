import { useTranslate } from 'react-admin';
import type { AuthorizationQueueRow } from '../../../server/stats/types.ts';
import { ChartCard } from '../ChartCard.tsx';
import type { Column } from '../columns.ts';
import { timeLabel } from '../format.ts';
import { showUrl } from '../links.ts';
import { useStats } from '../useStats.ts';

const T = 'resources.dashboard.compliance.queue';

/** Removals and exchanges waiting for compliance's authorisation, oldest first; a row opens the work order. */
export const AuthorizationQueueCard = () => {
  const translate = useTranslate();
  const query = useStats('authorization-queue');
  const data = query.data;
  const columns: Column<AuthorizationQueueRow>[] = [
    { label: `${T}.number`, value: (row) => row.number ?? `#${row.workOrderId}` },
    { label: `${T}.type`, value: (row) => translate(`choices.workOrderType.${row.type}`, { _: row.type }) },
    { label: `${T}.center`, value: (row) => row.centerName },
    { label: `${T}.scheduledAt`, value: (row) => row.scheduledAt, render: (row) => timeLabel(row.scheduledAt), nowrap: true },
    { label: `${T}.waiting`, value: (row) => row.waitingDays, numeric: true },
  ];
  return (
    <ChartCard
      id="authorization-queue"
      title={translate(`${T}.title`)}
      subtitle={data && translate(`${T}.help`, { total: data.total })}
      empty={translate(`${T}.empty`)}
      loading={query.isLoading}
      error={query.error}
      rows={data?.rows}
      columns={columns}
      linkOf={(row) => showUrl('work-orders', row.workOrderId)}
    />
  );
};
